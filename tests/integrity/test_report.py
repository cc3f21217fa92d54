"""The annual No Gift report: generated from the year's declaration, published activities and
gifts (by outcome, value band and decision), or an explicit "no gifts were declared"; frozen
when published, public with its PDF, with no person's name on it."""

import shutil
import subprocess
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.integrity import actions, oit_evidence, report
from prongsai.integrity.models import Gift, GiftReport
from prongsai.integrity.report_actions import publish_report
from prongsai.lib.fiscal import fiscal_year
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import declare, record_activity

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


def this_year():
    return fiscal_year(timezone.localdate())


def test_the_figures_count_every_outcome_band_and_decision(school):
    director = member(school, Role.DIRECTOR)
    teacher = member(school, Role.STAFF)
    recent = timezone.localdate() - timedelta(days=2)
    declare(school, teacher, value=Decimal("500"), relationship=Gift.Relationship.RELATIVE)
    declare(school, teacher, value=Decimal("3000"))
    kept = declare(school, teacher, value=Decimal("3000.01"), report_now=True)
    actions.decide_gift(gift=kept, by=director, decision=Gift.Decision.KEEP, reason="เหตุผล")
    declare(school, teacher, value=Decimal("12000"), report_now=True)
    declare(school, teacher, value=Decimal("4000"), received_on=recent)
    figures = report.figures(school, this_year())["gifts"]
    assert figures["total"] == 5
    assert (figures["kept"], figures["allowed"], figures["report"]) == (1, 1, 3)
    assert figures["band_up_to_limit"] == 2
    assert figures["band_to_10000"] == 2
    assert figures["band_above_10000"] == 1
    assert figures["decided_keep"] == 1
    assert figures["awaiting"] == 1
    assert figures["not_reported"] == 1
    assert figures["value"] == "22500.01"


def test_a_year_without_gifts_says_so(client, school):
    officer = member(school, Role.ITA_OFFICER)
    publish_report(agency=school, year=2568, notes="ชี้แจงนโยบายแก่ครู", by=officer)
    page = client.get(url("report_public", school, year=2568)).content.decode()
    assert "2568" in page
    assert "ชี้แจงนโยบายแก่ครู" in page
    assert "No gifts were declared in fiscal year 2568" in page or ("ไม่มีการแจ้งการรับ" in page)


def test_the_officer_publishes_and_the_public_sees_no_names(client, school):
    teacher = member(school, Role.STAFF)
    teacher.first_name, teacher.last_name = "สมหญิง", "ผู้รับของ"
    teacher.save()
    declare(school, teacher, giver_name="นายวิรัช ใจบุญ", value=Decimal("5000"))
    record_activity(school, published=True, title="อบรมนโยบาย")
    officer = member(school, Role.ITA_OFFICER)
    login(client, officer)
    year = this_year()
    page = client.get(url("report_staff", school, year=year))
    assert page.status_code == 200
    response = client.post(url("report_staff", school, year=year), {"notes": ""})
    assert response.status_code == 200
    assert not GiftReport.objects.exists()
    response = client.post(url("report_staff", school, year=year), {"notes": "ทำตามนโยบาย"})
    assert response.status_code == 302
    client.logout()
    public = client.get(url("report_public", school, year=year)).content.decode()
    assert "อบรมนโยบาย" in public
    assert "สมหญิง" not in public
    assert "วิรัช" not in public
    assert (
        url("report_public", school, year=year)
        in client.get(url("no_gift", school, year=year)).content.decode()
    )


def test_the_published_figures_are_frozen_until_published_again(client, school):
    officer = member(school, Role.ITA_OFFICER)
    publish_report(agency=school, year=this_year(), notes="ผล", by=officer)
    declare(school, member(school, Role.STAFF))
    found = GiftReport.objects.get()
    assert found.figures["gifts"]["total"] == 0
    publish_report(agency=school, year=this_year(), notes="ผล", by=officer)
    found.refresh_from_db()
    assert found.figures["gifts"]["total"] == 1


def test_an_unpublished_report_is_a_friendly_page(client, school):
    response = client.get(url("report_public", school, year=2568))
    assert response.status_code == 200
    assert client.get(url("report_pdf", school, year=2568)).status_code == 404


def test_only_the_officer_and_the_director_reach_the_report(client, school, other_school):
    login(client, member(school, Role.STAFF))
    assert client.get(url("report_staff", school, year=2568)).status_code == 403
    login(client, member(other_school, Role.ITA_OFFICER))
    assert client.get(url("report_staff", school, year=2568)).status_code == 404
    login(client, member(school, Role.DIRECTOR))
    assert client.get(url("report_staff", school, year=2568)).status_code == 200


def test_the_report_answers_its_oit_items(school, other_school, django_assert_num_queries):
    from prongsai.agencies.evidence import key_for_title

    assert key_for_title("รายงานผลตามนโยบาย No Gift Policy") == "no_gift_report"
    assert key_for_title("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา") == ("no_gift_report")
    publish_report(agency=school, year=2568, notes="ผล", by=member(school, Role.ITA_OFFICER))
    with django_assert_num_queries(1):
        pages = oit_evidence.no_gift_report([school, other_school], 2568)
    assert set(pages) == {school.pk}
    assert pages[school.pk].url == "/our-school/no-gift/2568/report/"
    assert pages[school.pk].dated_on == timezone.localdate()


@pytest.mark.e2e
def test_the_pdf_is_thai_with_the_figures(
    client, school, tmp_path, django_capture_on_commit_callbacks
):
    if not shutil.which("pdftotext"):
        pytest.fail("The PDF test needs pdftotext (sudo apt-get install poppler-utils).")
    record_activity(school, published=True, title="อบรมนโยบาย", attendance=45)
    publish_report(
        agency=school, year=this_year(), notes="ทำตามนโยบาย", by=member(school, Role.ITA_OFFICER)
    )
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job after commit
        response = client.get(url("report_pdf", school, year=this_year()))
    if response.status_code == 503:
        response = client.get(url("report_pdf", school, year=this_year()))
    assert response.status_code == 200
    path = tmp_path / "report.pdf"
    path.write_bytes(response.getvalue())
    text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdftotext") or "pdftotext", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    squashed = "".join(text.split())
    assert "อบรมนโยบาย" in squashed
    assert "๔๕" in squashed
    assert "ไม่มีการแจ้งการรับทรัพย์สิน" in squashed


def test_the_word_file_carries_the_figures(client, school):
    import io

    from docx import Document

    record_activity(school, published=True, title="อบรมนโยบาย", attendance=45)
    teacher = member(school, Role.STAFF)
    declare(school, teacher, value=Decimal("12000"), giver_name="นายวิรัช ใจบุญ")
    publish_report(
        agency=school, year=this_year(), notes="ทำตามนโยบาย", by=member(school, Role.ITA_OFFICER)
    )
    response = client.get(url("report_docx", school, year=this_year()))
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "ทำตามนโยบาย" in text
    assert "มูลค่ารวม ๑๒,๐๐๐.๐๐ บาท" in text
    assert "อบรมนโยบาย" in cells
    assert "๔๕" in cells
    assert "วิรัช" not in text + "".join(cells)
