from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.measures.actions import RowData, add_row, save_row, start_standard_plan
from prongsai.measures.models import MeasureRow, Plan
from prongsai.oit import actions, campaign
from prongsai.oit.actions import add_link, answer_for
from prongsai.oit.models import Answer, ItaResult
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import AgencyFactory, UnitFactory, member

pytestmark = pytest.mark.django_db

GOOD = {str(number): 90 for number in range(1, 11)}


def result(agency, year, *, total="88.00", iit="90", eit="84", oit="89.5", **weak):
    scores = dict(GOOD)
    scores.update({key.removeprefix("i"): value for key, value in weak.items()})
    return ItaResult.objects.create(
        agency=agency,
        year=year,
        total=Decimal(total),
        iit=Decimal(iit),
        eit=Decimal(eit),
        oit=Decimal(oit),
        indicators=scores,
    )


def answer(school, code, *, status, ticks=True, link=True, **owner):
    item = default_checklist(school, 2566).items.get(code=code)
    found = actions.answer_for(agency=school, item=item)
    if link:
        actions.add_link(answer=found, title=code, url=f"https://example.com/{code}", dated_on=None)
    actions.save_answer(
        answer=found,
        status=status,
        explanation="",
        ticks=[ticks] * len(item.requirements),
        owner_user=owner.get("user"),
        owner_unit=owner.get("unit"),
        due_date=owner.get("due"),
    )
    return found


# --- The dashboard ----------------------------------------------------------------------------


def test_the_dashboard_counts_ready_items_scores_and_lists_problems(client, school):
    teacher = member(school, Role.STAFF)
    unit = UnitFactory(agency=school, name_th="งานสารบรรณ")
    answer(school, "O1", status=Answer.Status.READY)
    answer(school, "O2", status=Answer.Status.PUBLISHED)
    o3 = answer(school, "O3", status=Answer.Status.DRAFT, ticks=False, user=teacher)
    Answer.objects.filter(pk=o3.pk).update(due_date=timezone.localdate() - timedelta(days=3))
    answer(school, "O4", status=Answer.Status.DRAFT, link=False, unit=unit)
    result(school, 2565, i3="78.50")

    login(client, member(school, Role.ITA_OFFICER))
    response = client.get(
        reverse("oit:staff_readiness", kwargs={"agency": school.slug, "year": 2566})
    )

    assert response.status_code == 200
    state = response.context["state"]
    assert (state.ready, state.total) == (2, 43)
    assert sum(group.total for group in state.groups) == 43
    first = state.groups[0]
    assert (first.ready, first.total) == (2, len(first_group_codes(school)))
    assert state.score == round(100 / 43, 2)  # only the published O2 scores today
    problems = {row.code: row for row in state.problems}
    assert problems["O3"].owner == teacher.display_name
    assert problems["O3"].kinds == {"overdue", "ticks"}
    assert (problems["O4"].owner, problems["O4"].kinds) == ("งานสารบรรณ", {"no_evidence"})
    assert "O1" not in problems
    assert "O2" not in problems
    assert state.overdue == 1
    last = response.context["last"]
    assert last["rating"] == "A"  # 2565: the letter scale
    assert last["weak"] == [(3, "การใช้อำนาจ", 78.5)]
    html = response.content.decode()
    assert teacher.display_name in html
    assert "การใช้อำนาจ" in html


def first_group_codes(school):
    items = default_checklist(school, 2566).items.order_by("order")
    first = (items.first().subindicator, items.first().subindicator_name)
    return [item.code for item in items if (item.subindicator, item.subindicator_name) == first]


def test_the_dashboard_without_a_checklist_still_shows_last_years_result(client, school):
    result(school, 2579, total="96.10", iit="95.5", eit="96", oit="96.5")
    login(client, member(school, Role.STAFF))
    response = client.get(
        reverse("oit:staff_readiness", kwargs={"agency": school.slug, "year": 2580})
    )
    assert response.status_code == 200
    assert not response.context["state"].has_checklist
    assert response.context["last"]["rating"] == "ผ่านดีเยี่ยม"


# --- Results ----------------------------------------------------------------------------------


def result_form(**changes):
    data = {"year": "2568", "iit": "90", "eit": "80", "oit": "100", "total": ""}
    data.update({f"indicator_{number}": "90" for number in range(1, 11)})
    data.update(changes)
    return data


def results_url(agency: Agency) -> str:
    return reverse("oit:staff_results", kwargs={"agency": agency.slug})


def test_the_officer_enters_a_result_and_the_total_is_computed(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(results_url(school), result_form(indicator_3="78.5"))
    assert response.status_code == 302
    saved = ItaResult.objects.get(agency=school, year=2568)
    assert saved.total == Decimal("91.00")
    assert saved.indicators["3"] == 78.5
    listing = client.get(results_url(school))
    assert listing.context["rows"][0]["rating"] == "ผ่าน"  # EIT 80 < 85
    # Entering the year again corrects it.
    client.post(results_url(school), result_form(eit="90", total="94.00"))
    saved.refresh_from_db()
    assert (saved.eit, saved.total) == (Decimal("90.00"), Decimal("94.00"))
    assert ItaResult.objects.filter(agency=school).count() == 1
    edit = client.get(results_url(school) + "?year=2568")
    assert edit.context["form"].initial["eit"] == Decimal("90.00")


def test_the_results_form_explains_errors_and_keeps_what_was_typed(client, school):
    login(client, member(school, Role.DIRECTOR))
    response = client.post(
        results_url(school),
        result_form(
            year="68", iit="abc", eit="120", oit="", indicator_3="-1", indicator_4="85.555"
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"year", "iit", "eit", "oit", "indicator_3", "indicator_4"}
    assert errors["eit"] == ["คะแนนต้องไม่เกิน 100"]
    assert errors["indicator_3"] == ["คะแนนต้องไม่ต่ำกว่า 0"]
    assert errors["oit"] == ["กรุณากรอกคะแนน ตั้งแต่ 0 ถึง 100"]
    html = response.content.decode()
    assert 'value="abc"' in html
    assert 'value="120"' in html
    assert not ItaResult.objects.exists()


def test_a_total_that_does_not_match_the_tools_is_refused(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(results_url(school), result_form(total="99.00"))
    assert response.status_code == 200
    assert "91.00" in response.context["form"].errors["total"][0]


def test_staff_read_the_results_but_cannot_post(client, school):
    result(school, 2567)
    login(client, member(school, Role.STAFF))
    page = client.get(results_url(school))
    assert page.status_code == 200
    assert b'id="result-form"' not in page.content
    assert client.post(results_url(school), result_form()).status_code == 403
    seed = reverse("oit:staff_seed_measures", kwargs={"agency": school.slug, "year": 2567})
    assert client.post(seed).status_code == 403
    assert not Plan.objects.exists()


# --- Seeding next year's measures -----------------------------------------------------------------


def seed(client, agency, year):
    url = reverse("oit:staff_seed_measures", kwargs={"agency": agency.slug, "year": year})
    response = client.post(url, follow=True)
    assert response.redirect_chain == [(results_url(agency), 302)]
    return [str(message) for message in response.context["messages"]]


def steps_of(plan, number):
    return [
        row.steps for row in MeasureRow.objects.filter(measure__plan=plan, measure__number=number)
    ]


def test_seeding_adds_weak_indicators_to_next_years_plan_once(client, school):
    result(school, 2568, i3="78.5", i7="84.99")
    login(client, member(school, Role.ITA_OFFICER))

    assert seed(client, school, 2568) == ["เพิ่ม 2 แถวในแผนมาตรการ ปีงบประมาณ 2569 เรียบร้อยแล้ว"]
    plan = Plan.objects.get(agency=school, fiscal_year=2569)
    assert plan.measures.count() == 10
    assert steps_of(plan, 3) == [["ปรับปรุงจุดอ่อนตัวชี้วัดที่ 3 การใช้อำนาจ (คะแนน 78.50 ปี 2568)"]]
    assert steps_of(plan, 7) == [["ปรับปรุงจุดอ่อนตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (คะแนน 84.99 ปี 2568)"]]
    assert steps_of(plan, 1) == [[]]  # not weak: its placeholder row stays empty

    assert seed(client, school, 2568) == ["เพิ่ม 0 แถวในแผนมาตรการ ปีงบประมาณ 2569 เรียบร้อยแล้ว"]
    assert MeasureRow.objects.filter(measure__plan=plan).count() == 10


def test_seeding_keeps_the_rows_already_in_the_plan(client, school):
    plan = start_standard_plan(agency=school, year=2569)
    measure = plan.measures.get(number=3)
    row = measure.rows.get()
    save_row(
        row=row,
        data=RowData(
            steps=["ประชุมชี้แจงการใช้อำนาจ"],
            responsible_units=[],
            responsible_text="ฝ่ายบริหารงานบุคคล",
            summary=[],
            outcome=[],
            due_text="มีนาคม ๒๕๖๙",
        ),
    )
    add_row(measure=plan.measures.get(number=5))
    result(school, 2568, i3="80")
    login(client, member(school, Role.DIRECTOR))
    assert seed(client, school, 2568) == ["เพิ่ม 1 แถวในแผนมาตรการ ปีงบประมาณ 2569 เรียบร้อยแล้ว"]
    assert steps_of(plan, 3) == [
        ["ประชุมชี้แจงการใช้อำนาจ"],
        ["ปรับปรุงจุดอ่อนตัวชี้วัดที่ 3 การใช้อำนาจ (คะแนน 80.00 ปี 2568)"],
    ]


def test_seeding_without_a_result_says_so(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    assert seed(client, school, 2560) == ["ยังไม่มีผลการประเมิน ITA ปีงบประมาณ 2560"]
    assert not Plan.objects.exists()


def test_seed_measures_directly_is_idempotent(school):
    weak = result(school, 2568, i1="60", i10="70")
    assert campaign.seed_measures(result=weak) == 2
    assert campaign.seed_measures(result=weak) == 0
    strong = result(school, 2567)
    assert campaign.seed_measures(result=strong) == 0
    assert not Plan.objects.filter(fiscal_year=2568).exists()


# --- The area office's overview -------------------------------------------------------------------


def schools_url(agency: Agency, year: int = 2566) -> str:
    return reverse("oit:staff_schools", kwargs={"agency": agency.slug, "year": year})


def test_the_office_sees_every_school_and_its_supervisor_opens_a_checklist(
    client, office, school, other_school
):
    answer(school, "O1", status=Answer.Status.PUBLISHED)
    late = answer(school, "O2", status=Answer.Status.DRAFT)
    Answer.objects.filter(pk=late.pk).update(due_date=timezone.localdate() - timedelta(days=1))
    running = campaign.save_campaign(
        agency=school, year=2566, eligible_staff=30, iit_url="", eit_url="", closes_on=None
    )
    for _ in range(3):
        campaign.tick_campaign(campaign=running, user=member(school, Role.STAFF))

    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    response = client.get(schools_url(office))
    assert response.status_code == 200
    rows = {row.agency.slug: row for row in response.context["rows"]}
    assert set(rows) == {"our-school", "other-school"}
    ours = rows["our-school"]
    assert (ours.readiness.ready, ours.readiness.total) == (1, 43)
    assert ours.readiness.score == round(100 / 43, 2)
    assert ours.readiness.overdue == 1
    assert (ours.ticked, ours.minimum) == (3, 25)
    assert (rows["other-school"].ticked, rows["other-school"].minimum) == (0, 0)
    assert len(ours.cells) == len(response.context["columns"])
    html = response.content.decode()
    checklist = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    assert "โรงเรียนของเรา" in html
    assert "โรงเรียนอื่น" in html
    assert f'href="{checklist}"' in html
    assert "3/25" in html

    # The office's supervisor reads the school's checklist (the supervisor role reaches it).
    opened = client.get(checklist)
    assert opened.status_code == 200
    assert b"O1" in opened.content


def test_an_office_director_sees_the_table_without_links(client, office, school):
    login(client, member(office, Role.DIRECTOR))
    response = client.get(schools_url(office))
    assert response.status_code == 200
    assert not response.context["may_open"]
    checklist = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    assert checklist not in response.content.decode()


def test_a_supervisor_of_another_office_gets_404(client, office, school):
    elsewhere = AgencyFactory(slug="far-office", kind=Agency.Kind.AREA_OFFICE)
    outsider = member(elsewhere, Role.SUPERVISOR)
    login(client, outsider)
    assert client.get(schools_url(office)).status_code == 404
    checklist = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    assert client.get(checklist).status_code == 404


def test_school_staff_cannot_open_the_overview(client, office, school):
    login(client, member(school, Role.STAFF))
    assert client.get(schools_url(school)).status_code == 403


def test_the_overview_costs_the_same_queries_whatever_the_number_of_schools(client, office, school):
    from prongsai.oit import activities

    def with_evidence(agency):
        item = default_checklist(agency, 2566).items.get(code="O1")
        add_link(
            answer=answer_for(agency=agency, item=item),
            title="โครงสร้าง",
            url="https://example.com/structure",
            dated_on=None,
        )
        activities.add_activity(
            agency=agency,
            held_on=date(2023, 1, 5),
            topic="อบรม",
            attendees=3,
            summary="",
            photos=[],
        )

    with_evidence(school)
    login(client, member(office, Role.SUPERVISOR))
    page = schools_url(office)
    with CaptureQueriesContext(connection) as one:
        client.get(page)
    for _ in range(4):
        with_evidence(AgencyFactory(parent=office))
    with CaptureQueriesContext(connection) as five:
        response = client.get(page)
    assert len(response.context["rows"]) == 5
    # The schools' lists, items and answers (with evidence and files) at once, one query per
    # generator in use for all of them, the campaigns in one: not one more for four schools.
    assert len(five) == len(one), [query["sql"][:120] for query in five.captured_queries]
