"""An area office edits its own checklist's items from the back office, not from Django admin."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.models import Answer
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(office, school):
    return actions.copy_checklist(source=default_checklist(school, 2566), owner=office, year=2567)


def page(office, own):
    return reverse("oit:staff_own_checklist", kwargs={"agency": office.slug, "pk": own.pk})


def test_the_office_lists_page_links_its_lists_and_never_sends_people_to_django_admin(
    client, office, own
):
    login(client, member(office, Role.ITA_OFFICER))
    html = client.get(reverse("oit:staff_checklists", kwargs={"agency": office.slug})).content
    assert f'href="{page(office, own)}"'.encode() in html
    assert b"Django" not in html


def test_the_officer_edits_an_item_and_ticks_follow(client, office, school, own):
    item = own.items.get(code="O2")
    actions.publish_checklist(checklist=own)
    answer = actions.answer_for(agency=school, item=item)
    Answer.objects.filter(pk=answer.pk).update(ticks=[False, True])
    login(client, member(office, Role.ITA_OFFICER))
    form = client.get(page(office, own) + "?item=O2").content.decode()
    assert item.requirements[1] in form
    new_first = "ผู้อำนวยการและรองผู้อำนวยการทุกคน"
    response = client.post(
        page(office, own) + "?item=O2",
        {
            "code": "O2",
            "item-title": "ข้อมูลผู้บริหารโรงเรียน",
            "item-title_en": "School executives",
            "item-requirements": f"{new_first}\n{item.requirements[1]}\n",
            "item-window": "any",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "ข้อมูลผู้บริหารโรงเรียน"
    assert item.requirements == [new_first, answer.item.requirements[1]]
    assert item.requirements_en[0] == ""  # new text: no English yet
    answer.refresh_from_db()
    assert answer.ticks == [False, True]


def test_too_many_components_get_a_thai_message(client, office, own):
    login(client, member(office, Role.ITA_OFFICER))
    response = client.post(
        page(office, own) + "?item=O2",
        {
            "code": "O2",
            "item-title": "ข้อมูลผู้บริหาร",
            "item-requirements": "\n".join(f"ข้อ {n}" for n in range(31)),
            "item-window": "any",
        },
    )
    assert response.status_code == 200
    assert "ไม่เกิน 30" in response.content.decode()


def test_the_supervisor_reads_but_does_not_edit(client, office, own):
    login(client, member(office, Role.SUPERVISOR))
    assert client.get(page(office, own) + "?item=O2").status_code == 200
    response = client.post(page(office, own), {"code": "O2", "item-title": "x"})
    assert response.status_code == 403
