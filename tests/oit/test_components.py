"""Required components are Thai, in a school's words, for every shipped year; English with the
English switch; existing databases get the Thai text when the shipped lists are re-loaded."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.catalogue import load_checklists
from prongsai.oit.models import Answer, Checklist, Item
from prongsai.oit.queries import default_checklist, item_states
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
THAI = re.compile(r"[\u0E00-\u0E7F]")
LATIN = re.compile(r"[A-Za-z]")
INTERNAL = re.compile(r"\.txt|\.ya?ml|seed/|\(name [A-Z]|unknown|not verified|successor of", re.I)


def mostly_latin(text: str) -> bool:
    return len(LATIN.findall(text)) >= len(THAI.findall(text))


def school_lists(school: Agency) -> list[Checklist]:
    years = sorted(set(Checklist.objects.filter(owner=None).values_list("year", flat=True)))
    return [default_checklist(school, year) for year in years]


def test_every_component_a_school_sees_is_thai_for_every_shipped_year(school):
    lists = school_lists(school)
    assert [checklist.year for checklist in lists] == [2565, 2566, 2567, 2568, 2569]
    shown = 0
    with translation.override("th"):
        for checklist in lists:
            for item in checklist.items.all():
                assert not INTERNAL.search(item.title), (checklist, item.code, item.title)
                assert not INTERNAL.search(item.title_en), (checklist, item.code, item.title_en)
                assert not INTERNAL.search(item.subindicator_name), (checklist, item.code)
                for _index, text in item.components_for(school.kind):
                    shown += 1
                    assert not mostly_latin(text), (checklist, item.code, text)
                    assert not INTERNAL.search(text), (checklist, item.code, text)
                    assert "องค์กรปกครองส่วนท้องถิ่น" not in text  # a note for other agencies
    assert shown > 60


def test_every_shipped_list_has_thai_and_english_components_side_by_side():
    for item in Item.objects.filter(checklist__owner=None).exclude(requirements=[]):
        assert len(item.requirements_en) == len(item.requirements) == len(item.requirements_for)
        for thai, english in zip(item.requirements, item.requirements_en, strict=True):
            assert not mostly_latin(thai), (item.checklist, item.code, thai)
            assert english, (item.checklist, item.code)
    ovec = Item.objects.get(checklist__year=2569, checklist__scheme="ovec", code="O6")
    assert len(ovec.requirements) == 4


def test_a_school_ticks_only_its_own_components_in_thai(client, school):
    item = default_checklist(school, 2566).items.get(code="O1")
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("oit:staff_item", kwargs={"agency": school.slug, "year": 2566, "code": "O1"})
    html = client.get(url).content.decode()
    labels = re.findall(r'name="ticks" value="\d+"[^>]*>\s*([^<]+)<', html)
    assert len(labels) == 3, html
    assert all(not mostly_latin(label) for label in labels)
    assert "การบริหาร 4 ฝ่าย" in html
    assert "องค์กรปกครองส่วนท้องถิ่น" not in html
    assert "Local governments" not in html
    # Every component a school must show ticked: nothing is missing although the note for
    # local governments (position 2) is not ticked.
    answer = actions.answer_for(agency=school, item=item)
    ticks = [index != 2 for index in range(len(item.requirements))]
    actions.save_answer(
        answer=answer,
        status="draft",
        explanation="",
        ticks=ticks,
        owner_user=None,
        owner_unit=None,
        due_date=None,
    )
    state = next(s for s in item_states(school, 2566, answer.updated_at.date()) if s.item == item)
    assert not [problem for problem in state.problems if problem.kind == "ticks"]


def test_the_english_switch_shows_english_titles_and_components(client, school, settings):
    url = reverse("oit:public_item", kwargs={"agency": school.slug, "year": 2566, "code": "O2"})
    assert "ข้อมูลผู้บริหาร" in client.get(url).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(url).content.decode()
    assert '<h1><span class="oit-code">O2</span> Executives</h1>' in html
    assert "name-surname" in html


def test_reloading_restamps_installed_items_and_keeps_ticks(school, office):
    """A database loaded before the Thai text: English components, a tick on each."""
    item = default_checklist(school, 2566).items.get(code="O1")
    english = list(item.requirements_en)
    Item.objects.filter(pk=item.pk).update(
        requirements=english, requirements_en=[], requirements_for=[]
    )
    answer = actions.answer_for(agency=school, item=item)
    Answer.objects.filter(pk=answer.pk).update(ticks=[True, False, False, True])
    own = actions.copy_checklist(source=default_checklist(school, 2566), owner=office, year=2567)
    own_item = own.items.get(code="O1")
    Item.objects.filter(pk=own_item.pk).update(requirements=english, requirements_for=[])

    load_checklists(Checklist, Item, Answer)

    item.refresh_from_db()
    assert item.requirements[0].startswith("แผนผังโครงสร้าง")
    assert item.requirements_en == english
    assert item.requirements_for == ["", "", "other", "school"]
    answer.refresh_from_db()
    assert answer.ticks == [True, False, False, True]
    own_item.refresh_from_db()
    assert own_item.requirements == item.requirements
