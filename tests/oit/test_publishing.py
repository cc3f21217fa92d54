"""Publishing: an item with no evidence is refused with a Thai reason and the form shows what
is true; a page this system generates is offered and, once accepted, published."""

import re

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.models import Answer
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def item_url(school, code, action=""):
    name = f"oit:staff_item_{action}" if action else "oit:staff_item"
    return reverse(name, kwargs={"agency": school.slug, "year": 2566, "code": code})


def selected_status(html: str) -> str:
    select = re.search(r'<select name="status"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.search(r'<option value="(\w+)"[^>]*selected', select).group(1)


def test_publishing_an_item_with_no_evidence_is_refused_and_the_form_tells_the_truth(
    client, school
):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        item_url(school, "O2", "answer"), {"status": "published", "explanation": "ดูที่หน้าเว็บ"}
    )
    assert response.status_code == 200  # not a redirect with a green "saved"
    html = response.content.decode()
    assert "ยังเผยแพร่ O2 ไม่ได้ เพราะยังไม่มีหลักฐาน" in html
    assert "บันทึกแล้ว" not in html
    assert selected_status(html) == "draft"
    answer = Answer.objects.get(agency=school, item__code="O2", item__checklist__year=2566)
    assert answer.status == "draft"
    assert answer.explanation == ""  # nothing half-saved


def test_publishing_with_a_link_works(client, school):
    item = default_checklist(school, 2566).items.get(code="O2")
    answer = actions.answer_for(agency=school, item=item)
    actions.add_link(answer=answer, title="ผู้บริหาร", url="https://example.com/x", dated_on=None)
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(item_url(school, "O2", "answer"), {"status": "published"})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == "published"


def test_a_generated_page_is_offered_and_published_once_accepted(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    checklist = client.get(
        reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    ).content.decode()
    assert f'href="{item_url(school, "O28")}"' in checklist.split('id="offered-title"')[1]
    page = client.get(item_url(school, "O28")).content.decode()
    assert f'action="{item_url(school, "O28", "publish")}"' in page
    response = client.post(item_url(school, "O28", "publish"), follow=True)
    assert response.status_code == 200
    answer = Answer.objects.get(agency=school, item__code="O28", item__checklist__year=2566)
    assert answer.status == "published"
    public = client.get(
        reverse("oit:public_item", kwargs={"agency": school.slug, "year": 2566, "code": "O28"})
    ).content.decode()
    assert reverse("complaints:new", kwargs={"agency": school.slug}) in public


def test_removing_the_last_evidence_takes_the_item_off_the_public_page(client, school):
    item = default_checklist(school, 2566).items.get(code="O2")
    answer = actions.answer_for(agency=school, item=item)
    link = actions.add_link(
        answer=answer, title="ผู้บริหาร", url="https://example.com/x", dated_on=None
    )
    actions.publish_answer(answer=answer)
    assert actions.remove_evidence(evidence=link) is True
    answer.refresh_from_db()
    assert answer.status == "draft"


def test_staff_cannot_accept_for_the_officer(client, school):
    login(client, member(school, Role.STAFF))
    assert 'value="publish"' not in client.get(item_url(school, "O28")).content.decode()
