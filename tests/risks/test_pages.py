"""The assessment's pages as people use them: the officer adds risks and measures, the director
approves, the officer publishes; unit heads, staff and the supervisor read; the public page
shows the matrix as a chart with the table, the follow-up reports, the PDF and Word."""

import io
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.lib.fiscal import fiscal_year
from prongsai.risks import actions, queries
from prongsai.risks.models import Assessment, Risk
from tests.conftest import login
from tests.factories import member
from tests.risks.helpers import YEAR, assessment_with_risk, published, start

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"risks:{name}", kwargs={"agency": agency.slug, **kwargs})


RISK = {
    "process": "การรับนักเรียน",
    "description": "รับเงินบริจาคแลกกับที่นั่งเรียน",
    "involved_roles": "คณะกรรมการรับนักเรียน",
    "likelihood": "4",
    "impact": "5",
    "existing_controls": "ประกาศผลการคัดเลือกต่อสาธารณะ",
    "plan_measure": "มาตรการที่ ๕",
}


def test_the_officer_starts_a_year_and_adds_a_risk(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    page = client.get(url("assessments", school))
    assert "novalidate" in page.content.decode()
    now = fiscal_year(timezone.localdate())
    response = client.post(url("assessment_start", school), {"year": now}, follow=True)
    assert response.redirect_chain[-1][0] == url("assessment", school, year=now)
    response = client.post(url("risk_new", school, year=now), RISK, follow=True)
    text = response.content.decode()
    assert "รับเงินบริจาคแลกกับที่นั่งเรียน" in text
    assert "<svg" in text
    risk = Risk.objects.get()
    assert (risk.number, risk.score, risk.level(risk.assessment.bands)) == (1, 20, "very_high")


def test_a_refused_risk_names_the_fields_in_thai_and_keeps_what_was_typed(client, school):
    start(school)
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url("risk_new", school, year=YEAR), {**RISK, "involved_roles": "", "likelihood": "7"}
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "ระบุตำแหน่งที่อาจเกี่ยวข้อง" in text or "field-invalid" in text
    assert "รับเงินบริจาคแลกกับที่นั่งเรียน" in text
    assert not Risk.objects.exists()


def test_a_measure_due_outside_the_year_is_refused_by_the_date(client, school):
    _assessment, risk, _measure = assessment_with_risk(school)
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url("measure_new", school, year=YEAR, pk=risk.pk),
        {"action": "ตรวจสอบ", "owner": "งานพัสดุ", "due_on": "1/10/2568"},
    )
    assert response.status_code == 200
    assert "due_on_error" in response.content.decode()
    assert risk.measures.count() == 1
    response = client.post(
        url("measure_new", school, year=YEAR, pk=risk.pk),
        {"action": "ตรวจสอบ", "owner": "งานพัสดุ", "due_on": "๓๐/๙/๒๕๖๘"},
    )
    assert response.status_code == 302
    assert risk.measures.count() == 2


def test_only_the_director_approves_then_the_officer_publishes(client, school):
    assessment_with_risk(school)
    officer, director = member(school, Role.ITA_OFFICER), member(school, Role.DIRECTOR)
    login(client, officer)
    page = client.get(url("assessment", school, year=YEAR)).content.decode()
    assert url("assessment_approve", school, year=YEAR) not in page
    assert client.post(url("assessment_approve", school, year=YEAR)).status_code == 403
    login(client, director)
    client.post(url("assessment_approve", school, year=YEAR))
    assert queries.assessment_of(school, YEAR).status == Assessment.Status.APPROVED
    login(client, officer)
    client.post(url("assessment_publish", school, year=YEAR))
    assert queries.published_assessment(school, YEAR) is not None


@pytest.mark.parametrize("role", [Role.STAFF, Role.UNIT_HEAD])
def test_staff_and_unit_heads_read_without_edit_links(client, school, role):
    assessment_with_risk(school)
    login(client, member(school, role))
    page = client.get(url("assessment", school, year=YEAR))
    text = page.content.decode()
    assert page.status_code == 200
    assert "กำหนดคุณลักษณะเฉพาะ" in text
    assert url("risk_new", school, year=YEAR) not in text
    assert "follow-ups/new" not in text
    assert client.get(url("risk_new", school, year=YEAR)).status_code == 403


def test_the_supervisor_reads_and_another_school_gets_404(client, school, other_school):
    assessment_with_risk(school)
    supervisor = member(school.parent, Role.SUPERVISOR)
    login(client, supervisor)
    assert client.get(url("assessment", school, year=YEAR)).status_code == 200
    login(client, member(other_school, Role.ITA_OFFICER))
    assert client.get(url("assessment", school, year=YEAR)).status_code == 404
    _other, risk, _measure = assessment_with_risk(other_school)
    login(client, member(school, Role.ITA_OFFICER))
    assert client.get(url("risk_edit", school, year=YEAR, pk=risk.pk)).status_code == 404


def test_a_follow_up_in_the_future_is_refused_by_its_date(client, school):
    _assessment, _risk, measure = assessment_with_risk(school)
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url("follow_up_new", school, year=YEAR, pk=measure.pk),
        {"recorded_on": "1/1/2600", "round": "annual", "progress": "done", "done": "ทำแล้ว"},
    )
    assert response.status_code == 200
    assert "recorded_on_error" in response.content.decode()
    assert not measure.follow_ups.exists()


def test_the_public_page_shows_the_matrix_and_the_table_only_once_published(client, school):
    assessment_with_risk(school)
    page = client.get(url("public", school, year=YEAR))
    assert page.status_code == 200
    assert "กำหนดคุณลักษณะเฉพาะ" not in page.content.decode()
    home = client.get(reverse("agencies:home", kwargs={"agency": school.slug}))
    assert url("latest", school) not in home.content.decode()
    actions.approve_assessment(
        assessment=queries.assessment_of(school, YEAR), by=member(school, Role.DIRECTOR)
    )
    actions.publish_assessment(assessment=queries.assessment_of(school, YEAR))
    text = client.get(url("public", school, year=YEAR)).content.decode()
    assert "<svg" in text
    assert "กำหนดคุณลักษณะเฉพาะ" in text
    assert "3 × 4 = 12" in text
    # a screen writes the source of the bands in Arabic digits, as its legend does
    assert "พ.ศ. 2561" in text
    assert "ต่ำ 1–3" in text
    assert "๒๕๖๑" not in text
    assert "๑–๓" not in text
    assert client.get(url("latest", school)).url == url("public", school, year=YEAR)
    home = client.get(reverse("agencies:home", kwargs={"agency": school.slug}))
    assert url("latest", school) in home.content.decode()


def test_the_follow_up_reports_show_the_latest_of_each_round(client, school):
    published(school)
    text = client.get(url("public_follow_up", school, year=YEAR, round="six-month")).content
    assert "เผยแพร่ร่างขอบเขตงาน ๓ โครงการ" in text.decode()
    text = client.get(url("public_follow_up", school, year=YEAR, round="annual")).content
    assert "เผยแพร่ร่างขอบเขตงาน ๓ โครงการ" not in text.decode()
    assert client.get(url("public_follow_up", school, year=YEAR, round="weekly")).status_code == 404


@pytest.mark.parametrize("kind", ["assessment", "six-month", "annual"])
def test_pdf_and_word_of_each_document(client, school, kind, django_capture_on_commit_callbacks):
    from docx import Document

    published(school)
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job after commit
        pdf = client.get(url("public_pdf", school, year=YEAR, kind=kind))
    assert pdf.status_code == 503  # "being prepared", then the file
    pdf = client.get(url("public_pdf", school, year=YEAR, kind=kind))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    word = client.get(url("public_docx", school, year=YEAR, kind=kind))
    text = "\n".join(
        cell.text
        for table in Document(io.BytesIO(word.content)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "๒๕๖๘" in Document(io.BytesIO(word.content)).paragraphs[1].text
    assert "กำหนดคุณลักษณะเฉพาะ" in text


def test_the_documents_are_not_served_before_publication(client, school):
    assessment_with_risk(school)
    assert client.get(url("public_pdf", school, year=YEAR, kind="assessment")).status_code == 404
    assert client.get(url("public_docx", school, year=YEAR, kind="annual")).status_code == 404


def test_the_printed_document_is_thai_with_the_matrix(school):
    from prongsai.risks import document

    assessment, _risk, _measure = published(school)
    html = document.document_html(assessment, "assessment")
    assert "ปีงบประมาณ พ.ศ.&nbsp;๒๕๖๘" in html
    assert "<svg" in html
    assert "ป.ป.ท." in html
    report = document.document_html(assessment, "six-month")
    assert "เผยแพร่ร่างขอบเขตงาน ๓ โครงการ" in report


def test_csv_and_xlsx_of_the_risk_table_neutralise_formulas(client, school):
    from openpyxl import load_workbook

    assessment, _risk, _measure = assessment_with_risk(school)
    actions.add_risk(
        assessment=assessment,
        data=actions.RiskData(
            process="=HYPERLINK(1)", description="x", involved_roles="y", likelihood=1, impact=1
        ),
    )
    login(client, member(school, Role.UNIT_HEAD))
    csv = client.get(url("risks_csv", school, year=YEAR))
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content if csv.streaming else [csv.content]).decode("utf-8-sig")
    assert "กำหนดคุณลักษณะเฉพาะ" in text
    assert "\n2,=HYPERLINK" not in text
    xlsx = client.get(url("risks_xlsx", school, year=YEAR))
    book = load_workbook(io.BytesIO(xlsx.content))
    cells = [cell for row in book.worksheets[1].iter_rows() for cell in row]
    assert "เผยแพร่ร่างขอบเขตงานให้วิจารณ์ก่อนประกาศ" in " ".join(str(c.value) for c in cells)
    assert all(cell.data_type != "f" for cell in cells)


def test_the_staff_page_reads_in_a_bounded_number_of_queries(
    client, school, django_assert_max_num_queries
):
    assessment, _risk, _measure = assessment_with_risk(school)
    for _ in range(5):
        actions.add_risk(assessment=assessment, data=actions.RiskData("ก", "ข", "ค", 2, 2))
    login(client, member(school, Role.ITA_OFFICER))
    with django_assert_max_num_queries(20):
        assert client.get(url("assessment", school, year=YEAR)).status_code == 200


def test_dates_are_buddhist_era_on_the_forms(client, school):
    _assessment, _risk, measure = assessment_with_risk(school)
    login(client, member(school, Role.ITA_OFFICER))
    text = client.get(url("measure_edit", school, year=YEAR, pk=measure.pk)).content.decode()
    assert "31/03/2568" in text
    assert measure.due_on == date(2025, 3, 31)


def test_the_printed_assessment_keeps_the_source_in_thai_digits(school):
    from prongsai.risks import document

    assessment, _risk, _measure = published(school)
    html = document.document_html(assessment, "assessment")
    assert "พ.ศ. ๒๕๖๑" in html
