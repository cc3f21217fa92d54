"""The annual report (O13) and the anti-corruption action plan with its reports (O36–O38):
figures against hand totals and the fiscal year's edges, the officer's narrative, the director's
publication, the public pages and their files, and the OIT evidence."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.evidence import key_for_title
from prongsai.agencies.roles import Role
from prongsai.budget import actions, oit_evidence, report_actions, report_queries
from prongsai.budget.models import YearReport
from tests.budget.helpers import YEAR, make_activity, make_plan, make_project
from tests.budget.test_oit_and_demo import _titles
from tests.conftest import login
from tests.factories import AgencyFactory, member

pytestmark = pytest.mark.django_db
ANNUAL, ANTI = report_queries.ANNUAL, report_queries.ANTI
AFTER_THE_YEAR = date(2024, 10, 1)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("รายงานผลการดำเนินงานประจำปี", "budget_annual"),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี", "budget_annual"),
        ("แผนปฏิบัติการป้องกันการทุจริต", "budget_anti_plan"),
        ("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน", "budget_anti_half_year"),
        ("รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "budget_anti_annual"),
        ("รายงานผลการดำเนินการป้องกันการทุจริต", "budget_anti_annual"),
    ],
)
def test_the_shipped_titles_map_to_the_reports(title, key):
    assert title in _titles()
    assert key_for_title(title) == key


@pytest.mark.parametrize(
    "title",
    [
        "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
        "การประเมินความเสี่ยงการทุจริตประจำปี",
        "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
    ],
)
def test_other_modules_items_are_not_taken(title):
    assert not key_for_title(title).startswith("budget_")


def _plan_with_spending(school):
    """Two projects (one marked corruption prevention), payments on the year's first and last
    days and one the day after the year (which never counts)."""
    plan = make_plan(school)
    first = make_project(plan, name="โครงการห้องสมุด")
    clean = make_project(plan, name="โครงการโรงเรียนสุจริต", anti_corruption=True)
    a = make_activity(first, amount="10000")
    b = make_activity(clean, amount="2500.50")
    for activity, day, amount in (
        (a, date(2023, 10, 1), "1200.25"),  # the first day of FY 2567
        (a, date(2024, 9, 30), "800.00"),  # the last day
        (b, date(2024, 3, 31), "3000.00"),  # over budget
    ):
        actions.record_spending(plan=plan, activity=activity, paid_on=day, amount=Decimal(amount))
    director = member(school, Role.DIRECTOR)
    actions.approve_plan(plan=plan, by=director)
    plan.refresh_from_db()
    return plan, first, clean, director


def test_the_annual_figures_match_hand_totals(school):
    plan, first, clean, _director = _plan_with_spending(school)
    data = report_queries.report_data(plan, ANNUAL)
    by_project = {item.project.pk: item.row for item in data.rows}
    assert by_project[first.pk].spent == Decimal("2000.25")  # 1 Oct and 30 Sep both count
    assert by_project[first.pk].remaining == Decimal("7999.75")
    assert by_project[clean.pk].over_budget
    assert data.total.planned == Decimal("12500.50")
    assert data.total.spent == Decimal("5000.25")
    assert data.total.spent == sum(item.row.spent for item in data.rows)
    anti = report_queries.report_data(plan, ANTI)
    assert [item.project.pk for item in anti.rows] == [clean.pk]
    assert anti.total.spent == Decimal("3000.00")
    assert data.title == "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗"


def _write(client, school, kind="annual", **extra):
    url = reverse(f"budget:staff_{'anti_annual' if kind == 'anti' else 'annual'}",
                  kwargs={"agency": school.slug, "year": YEAR})  # fmt: skip
    data = {"summary": "สรุป", "problems": "ราคาวัสดุสูงขึ้น", "suggestions": "วางแผนล่วงหน้า"}
    data.update(extra)
    return url, client.post(url, data)


def test_the_officer_writes_and_the_director_publishes(
    client, school, django_capture_on_commit_callbacks
):
    plan, first, _clean, director = _plan_with_spending(school)
    public = reverse("budget:public_annual", kwargs={"agency": school.slug, "year": YEAR})
    pending = client.get(public)
    assert pending.status_code == 200
    assert "ยังไม่ได้เผยแพร่" in pending.content.decode()
    login(client, member(school, Role.ITA_OFFICER))
    _url, response = _write(client, school, **{f"result_{first.pk}": "นักเรียนยืมหนังสือเพิ่มขึ้น"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.result == "นักเรียนยืมหนังสือเพิ่มขึ้น"
    publish = reverse("budget:staff_annual_publish", kwargs={"agency": school.slug, "year": YEAR})
    assert client.post(publish).status_code == 403  # the director's act
    login(client, director)
    client.post(publish)
    report = YearReport.objects.get(plan=plan, kind=ANNUAL)
    assert report.is_published
    assert report.published_by == director
    page = client.get(public).content.decode()
    assert "นักเรียนยืมหนังสือเพิ่มขึ้น" in page
    assert "ราคาวัสดุสูงขึ้น" in page
    assert "5,000.25" in page
    docx = client.get(public + "report.docx")
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in text
    assert "นักเรียนยืมหนังสือเพิ่มขึ้น" in text
    assert "ราคาวัสดุสูงขึ้น" in text
    assert client.get(public + "report.xlsx").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):  # the print job, inline
        assert client.get(public + "report.pdf").status_code in (200, 503)
    pdf = client.get(public + "report.pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    # a change takes it back to a draft: the public reads nothing the director has not published
    _url, _response = _write(client, school, problems="แก้ไข")
    report.refresh_from_db()
    assert not report.is_published


def test_publishing_is_refused_before_the_year_is_over_or_without_problems(school):
    plan, _first, _clean, director = _plan_with_spending(school)
    with pytest.raises(Exception, match="ยังไม่สิ้นสุด"):
        report_actions.publish_year_report(
            plan=plan, kind=ANNUAL, by=director, today=date(2024, 9, 30)
        )
    with pytest.raises(Exception, match="ปัญหาและอุปสรรค"):
        report_actions.publish_year_report(
            plan=plan, kind=ANNUAL, by=director, today=AFTER_THE_YEAR
        )
    assert not YearReport.objects.filter(published_at__isnull=False).exists()


def test_the_anti_corruption_plan_and_its_reports(client, school):
    _plan, _first, _clean, _director = _plan_with_spending(school)
    kwargs = {"agency": school.slug, "year": YEAR}
    page = client.get(reverse("budget:public_anti_plan", kwargs=kwargs)).content.decode()
    assert "โครงการโรงเรียนสุจริต" in page
    assert "โครงการห้องสมุด" not in page
    half = client.get(reverse("budget:public_anti_half", kwargs=kwargs)).content.decode()
    assert "3,000.00" in half
    assert "โครงการห้องสมุด" not in half
    xlsx = client.get(reverse("budget:public_anti_half_xlsx", kwargs=kwargs))
    assert xlsx.status_code == 200
    docx = client.get(reverse("budget:public_anti_plan_docx", kwargs=kwargs))
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" in text
    assert "รวมงบประมาณทั้งสิ้น ๒,๕๐๐.๕๐ บาท" in text  # the marked project's activity only
    assert client.get(reverse("budget:public_anti_plan_xlsx", kwargs=kwargs)).status_code == 200
    plan_page = client.get(reverse("budget:public_plan", kwargs=kwargs)).content.decode()
    assert reverse("budget:public_anti_plan", kwargs=kwargs) in plan_page
    assert reverse("budget:public_anti_annual", kwargs=kwargs) not in plan_page  # not yet


def test_evidence_for_many_agencies(school, other_school, django_assert_num_queries):
    plan, _first, _clean, director = _plan_with_spending(school)
    quiet = AgencyFactory(slug="quiet-school")
    agencies = [school, other_school, quiet]
    with django_assert_num_queries(1):
        assert set(oit_evidence.anti_corruption_plan(agencies, YEAR)) == {school.pk}
    assert oit_evidence.anti_corruption_half_year(agencies, YEAR, today=date(2024, 3, 31)) == {}
    assert oit_evidence.anti_corruption_half_year(agencies, YEAR, today=date(2024, 4, 1))
    assert oit_evidence.annual_report(agencies, YEAR) == {}
    for kind in (ANNUAL, ANTI):
        report_actions.save_year_report(
            plan=plan, kind=kind, summary="", problems="ก", suggestions="ข", results={}
        )
        report_actions.publish_year_report(plan=plan, kind=kind, by=director, today=AFTER_THE_YEAR)
    with django_assert_num_queries(1):
        found = oit_evidence.annual_report(agencies, YEAR)
    assert set(found) == {school.pk}
    assert found[school.pk].dated_on == date(2024, 9, 30)  # inside the year it reports on
    assert oit_evidence.anti_corruption_annual(agencies, YEAR)[school.pk].url.endswith(
        "/anti-corruption/annual/"
    )


def test_the_print_source_renders_the_published_report(school):
    from prongsai.budget import report_document

    plan, _first, _clean, director = _plan_with_spending(school)
    report_actions.save_year_report(
        plan=plan, kind=ANNUAL, summary="", problems="ก", suggestions="ข", results={}
    )
    report = report_actions.publish_year_report(
        plan=plan, kind=ANNUAL, by=director, today=AFTER_THE_YEAR
    )
    html = report_document.report_source({"pk": report.pk})
    assert html is not None
    assert "๕,๐๐๐.๒๕" in html
    assert "ปัญหาและอุปสรรค" in html
    assert report_document.report_source({"pk": 0}) is None
