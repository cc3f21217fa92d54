from datetime import date

import pytest
from django.core.exceptions import ValidationError

from prongsai.measures import actions
from prongsai.measures.document import Numbering
from prongsai.measures.models import Measure, MeasureRow, Plan, Publication
from prongsai.measures.queries import plan_with_rows, report_document, row_status
from prongsai.measures.textformat import normalise, render_text
from tests.factories import UnitFactory, member
from tests.measures.conftest import SEED

pytestmark = pytest.mark.django_db


def test_seed_import_then_export_gives_the_seed_back(seed_plan):
    plan = plan_with_rows(seed_plan.agency, 2566)
    text = render_text(report_document(plan, "full"))
    assert normalise(text) == normalise(SEED.read_text(encoding="utf-8"))


def test_import_links_units_named_in_the_responsible_text(school, seed_document):
    it = UnitFactory(agency=school, name_th="งานเทคโนโลยีสารสนเทศ")
    office = UnitFactory(agency=school, name_th="งานธุรการ")
    plan = actions.import_plan(agency=school, year=2566, document=seed_document, replace=False)
    rows = MeasureRow.objects.filter(measure__plan=plan)
    assert set(rows.get(measure__number=8).responsible_units.all()) == {it}
    assert set(rows.get(measure__number=4).responsible_units.all()) == {office}
    assert rows.get(measure__number=4).due_month == date(2023, 9, 1)


def test_import_refuses_an_existing_year_unless_replacing(seed_plan, seed_document):
    with pytest.raises(ValidationError):
        actions.import_plan(
            agency=seed_plan.agency, year=2566, document=seed_document, replace=False
        )
    replaced = actions.import_plan(
        agency=seed_plan.agency, year=2566, document=seed_document, replace=True
    )
    assert Plan.objects.filter(agency=seed_plan.agency).get() == replaced


def test_import_is_all_or_nothing(school, seed_document):
    seed_document.measures[5].number = seed_document.measures[4].number  # duplicate number
    with pytest.raises(Exception):  # noqa: B017, PT011 -- the database constraint fires
        actions.import_plan(agency=school, year=2566, document=seed_document, replace=False)
    assert not Plan.objects.filter(agency=school).exists()
    assert not Measure.objects.exists()


def test_standard_plan_has_the_ten_measures(school):
    plan = actions.start_standard_plan(agency=school, year=2570)
    names = list(plan.measures.values_list("name", flat=True))
    assert len(names) == 10
    assert names[0] == "มาตรการด้านการปฏิบัติหน้าที่"
    assert names[9] == "มาตรการด้านการป้องกันการทุจริต"
    with pytest.raises(ValidationError):
        actions.start_standard_plan(agency=school, year=2570)


def test_copy_moves_due_dates_and_drops_results(seed_plan):
    copy = actions.copy_plan(source=seed_plan, year=2567)
    row = MeasureRow.objects.get(measure__plan=copy, measure__number=1)
    assert row.due_text == "กันยายน ๒๕๖๗"
    assert row.due_month == date(2024, 9, 1)
    assert row.summary == []
    assert row.steps[0].startswith("สร้างวัฒนธรรมการปฏิบัติหน้าที่")


def test_a_late_row_has_no_progress_after_its_due_month(seed_plan, school):
    plan = plan_with_rows(school, 2566)
    row = plan.measures.all()[0].rows.all()[0]
    assert row_status(row, date(2023, 9, 30)).late is False
    assert row_status(row, date(2023, 10, 1)).late is True
    actions.record_progress(
        row=row, author=member(school, "staff"), happened_on=date(2023, 5, 1), text="ทำแล้ว"
    )
    plan = plan_with_rows(school, 2566)
    assert row_status(plan.measures.all()[0].rows.all()[0], date(2023, 10, 1)).late is False


def test_half_year_report_lists_progress_up_to_31_march(seed_plan, school):
    row = MeasureRow.objects.get(measure__plan=seed_plan, measure__number=2)
    author = member(school, "staff")
    actions.record_progress(row=row, author=author, happened_on=date(2023, 3, 31), text="ก่อนครึ่งปี")
    actions.record_progress(row=row, author=author, happened_on=date(2023, 4, 1), text="หลังครึ่งปี")
    half = report_document(plan_with_rows(school, 2566), "half")
    summary = half.measures[1].rows[0].summary.items
    assert summary == ["๓๑ มีนาคม ๒๕๖๖ ก่อนครึ่งปี"]
    assert "รอบ ๖ เดือน" in half.title
    assert "๓๑ มีนาคม ๒๕๖๖" in half.period_line


def test_save_row_numbers_several_items(seed_plan):
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    data = actions.RowData(
        steps=["หนึ่ง", "สอง"],
        responsible_units=[],
        responsible_text="งานธุรการ",
        summary=[],
        outcome=["ผลเดียว"],
        due_text="มีนาคม ๒๕๖๖",
    )
    actions.save_row(row=row, data=data)
    row.refresh_from_db()
    assert row.steps_numbering == Numbering.PAREN
    assert row.outcome_numbering == Numbering.NONE
    assert row.due_month == date(2023, 3, 1)


def test_save_row_refuses_units_of_another_agency(seed_plan, other_school):
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    data = actions.RowData(
        steps=[],
        responsible_units=[UnitFactory(agency=other_school)],
        responsible_text="",
        summary=[],
        outcome=[],
        due_text="",
    )
    with pytest.raises(ValidationError):
        actions.save_row(row=row, data=data)


def test_publishing_freezes_numbered_versions(seed_plan, school):
    first = actions.publish_report(plan=seed_plan, kind="full", actor=None)
    measure = seed_plan.measures.get(number=1)
    measure.name = "มาตรการที่แก้ไขภายหลัง"
    measure.save()
    second = actions.publish_report(plan=seed_plan, kind="full", actor=None)
    assert (first.version, second.version) == (1, 2)
    first.refresh_from_db()
    assert first.document["measures"][0]["name"] == "มาตรการด้านการปฏิบัติหน้าที่"
    assert second.document["measures"][0]["name"] == "มาตรการที่แก้ไขภายหลัง"
    assert Publication.objects.filter(plan=seed_plan).count() == 2
