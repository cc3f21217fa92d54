"""The item page's forms post to one URL each: the answer, publishing, a link, a file. Each URL
lets in exactly the roles that may do it; a refused form comes back with what was typed."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.models import Answer, Evidence
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(school, name, code="O2"):
    return reverse(name, kwargs={"agency": school.slug, "year": 2566, "code": code})


def owned_by(school, user, code="O2"):
    item = default_checklist(school, 2566).items.get(code=code)
    answer = actions.answer_for(agency=school, item=item)
    Answer.objects.filter(pk=answer.pk).update(owner_user=user)
    return answer


def test_the_page_posts_each_form_to_its_own_url(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    html = client.get(url(school, "oit:staff_item")).content.decode()
    for name in ("oit:staff_item_answer", "oit:staff_item_link", "oit:staff_item_file"):
        assert f'action="{url(school, name)}"' in html
    assert 'name="action"' not in html
    assert client.post(url(school, "oit:staff_item"), {"status": "draft"}).status_code == 405


def test_an_item_owner_adds_evidence_and_ticks_but_does_not_publish(client, school):
    teacher = member(school, Role.STAFF)
    answer = owned_by(school, teacher)
    actions.add_link(answer=answer, title="ผู้บริหาร", url="https://example.com/x", dated_on=None)
    login(client, teacher)
    # Status is the officer's: a disabled field keeps the stored draft whatever is posted.
    saved = client.post(
        url(school, "oit:staff_item_answer"), {"status": "published", "explanation": "ดูได้"}
    )
    assert saved.status_code == 302
    answer.refresh_from_db()
    assert (answer.status, answer.explanation) == ("draft", "ดูได้")
    assert client.post(url(school, "oit:staff_item_publish")).status_code == 403
    answer.refresh_from_db()
    assert answer.status == "draft"


def test_who_may_not_act_is_refused_on_every_action(client, school, office):
    actions_urls = [
        url(school, f"oit:staff_item_{name}") for name in ("answer", "publish", "link", "file")
    ]
    for person in (member(school, Role.STAFF), member(office, Role.SUPERVISOR)):
        login(client, person)  # a teacher who owns nothing; the area office's supervisor
        for action_url in actions_urls:
            response = client.post(action_url, {"link-title": "x", "link-url": "https://x.org"})
            assert response.status_code == 403, (person, action_url)
        client.logout()
    assert not Evidence.objects.exists()


def test_a_refused_link_keeps_what_was_typed(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url(school, "oit:staff_item_link"),
        {"link-title": "รายงานผลการดำเนินงาน", "link-url": "not an address"},
    )
    assert response.status_code == 200
    assert response.context["link_form"].errors["url"]
    html = response.content.decode()
    assert 'value="รายงานผลการดำเนินงาน"' in html
    assert not Evidence.objects.exists()


def test_publishing_without_evidence_says_why_on_the_item_page(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(url(school, "oit:staff_item_publish"), follow=True)
    assert response.redirect_chain[-1][0] == url(school, "oit:staff_item")
    assert "ยังเผยแพร่ O2 ไม่ได้" in response.content.decode()


def test_an_action_url_opened_shows_the_item_page(client, school):
    """After a refused form the address is the action's; reloading it (or switching the
    language) opens the page rather than an error."""
    login(client, member(school, Role.STAFF))
    response = client.get(url(school, "oit:staff_item_link"))
    assert response.status_code == 200
    assert response.templates[0].name == "oit/staff_item.html"
