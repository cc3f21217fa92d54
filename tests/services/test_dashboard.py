"""The public usage dashboard: the page (SVG charts beside tables, no inline style), its period
form and fallbacks, an area office's sum and ranking, one service's page, the CSV and XLSX
downloads, bounded queries, and the PDF (Chromium + poppler, marked e2e)."""

import csv
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prongsai.lib.fiscal import current_fiscal_year
from prongsai.printing.models import PrintedDocument
from prongsai.services import area_statistics
from prongsai.services.models import Service
from tests.factories import AgencyFactory
from tests.services.test_statistics import (
    COUNTER,
    YEAR,
    at,
    make_request,
    make_service,
    make_walk_in,
)

pytestmark = pytest.mark.django_db


def dashboard_url(agency, **params) -> str:
    url = reverse("services:dashboard", kwargs={"agency": agency.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def file_url(agency, fmt: str, **params) -> str:
    url = reverse("services:dashboard_file", kwargs={"agency": agency.slug, "fmt": fmt})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


@pytest.fixture
def served(school):
    """Two services of the school with a few requests in fiscal year 2567."""
    certificate = make_service(school, "ขอใบรับรองการเป็นนักเรียน", promised_days=1, order=1)
    venue = make_service(school, "ขอใช้สถานที่", promised_days=5, order=2)
    make_request(certificate, at(2023, 10, 2), hours=4, rating=5)  # within
    make_request(certificate, at(2023, 10, 3), hours=30, rating=3)  # late
    make_request(certificate, at(2024, 1, 3), channel=COUNTER)  # open
    make_request(venue, at(2024, 4, 1), hours=20, rating=4)
    make_walk_in(certificate, date(2024, 7, 1), 6)
    return certificate, venue


def body_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


# --- the page ------------------------------------------------------------------------------------


def test_page_shows_tables_and_svg_charts(client, school, served):
    certificate, venue = served
    response = client.get(dashboard_url(school, year=YEAR))
    body = body_of(response)
    assert [t.name for t in response.templates][:2] == ["services/dashboard.html", "base.html"]
    assert school.name_th in body
    assert school.parent.name_th in body
    # Two charts, each an image with a title and a description, beside its table.
    assert body.count("<svg") == 2
    assert body.count('role="img"') == 2
    assert '<title id="chart-volume-title">' in body
    assert '<desc id="chart-volume-desc">' in body
    assert 'aria-labelledby="chart-standard-title"' in body
    assert re.search(r'<rect class="bar-online" x="0" y="\d+" width="[\d.]+%"', body)
    assert 'class="bar-counter"' in body
    assert 'class="bar-standard"' in body
    # No inline style anywhere (the CSP forbids it), no script.
    assert "style=" not in body
    assert "<script>" not in body
    assert 'href="/static/css/dashboard.css"' in body
    # Tables: by month (October first), by service, by quarter.
    assert body.count("<caption") == 3
    months = re.findall(r'<tr><th scope="row">(\S+ \d{4})</th>', body)
    assert months[:3] == ["ต.ค. 2566", "พ.ย. 2566", "ธ.ค. 2566"]
    assert months[11] == "ก.ย. 2567"
    assert '<tr><th scope="row">ต.ค. 2566</th><td class="num">2</td>' in body
    detail = reverse(
        "services:service_detail_stats", kwargs={"agency": school.slug, "pk": certificate.pk}
    )
    assert f'href="{detail}?year={YEAR}"' in body
    assert venue.name in body
    # Totals: 4 requests + 6 walk-ins, 3 online, 1 of 3 timed late, ratings 5 3 4.
    figures = response.context["stats"].total
    assert (figures.received, figures.online, figures.completed) == (10, 3, 9)
    assert '<span class="dash-figure">10</span>' in body
    assert '<span class="dash-figure">66.7%</span>' in body  # within the standard
    assert '<span class="dash-figure">4.00</span>' in body  # mean satisfaction
    assert '<span class="dash-figure">20.0</span>' in body  # median hours: 4, 20, 30
    assert 'name="year"' in body
    assert 'name="quarter"' in body
    assert f'<option value="{YEAR}" selected>' in body
    for fmt in ("csv", "xlsx", "pdf"):
        assert f'href="{file_url(school, fmt, year=YEAR)}"' in body


def test_quarter_narrows_the_page(client, school, served):
    response = client.get(dashboard_url(school, year=YEAR, quarter=2))
    body = body_of(response)
    stats = response.context["stats"]
    assert stats.quarter == 2
    assert [row.month for row in stats.months] == [1, 2, 3]
    assert stats.total.received == 1
    assert '<option value="2" selected>' in body
    assert f'href="{file_url(school, "csv", year=YEAR, quarter=2).replace("&", "&amp;")}"' in body


@pytest.mark.parametrize(
    ("query", "year", "quarter"),
    [
        ("", None, None),
        ("year=abc", None, None),
        ("year=", None, None),
        ("year=99999", None, None),
        ("year=1", None, None),
        ("year=2567.5", None, None),
        ("year=-2567", None, None),
        ("year=" + "9" * 5000, None, None),
        ("year=%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%97", 2567, None),  # ๒๕๖๗ in Thai digits
        ("year=2567&quarter=7", 2567, None),
        ("year=2567&quarter=0", 2567, None),
        ("year=2567&quarter=x", 2567, None),
        ("year=2567&quarter=", 2567, None),
        ("year=2567&quarter=%00", 2567, None),
        ("year=2567&quarter=4", 2567, 4),
        ("year=2567&year=2566", 2566, None),
    ],
)
def test_bad_parameters_fall_back_to_the_default(client, school, served, query, year, quarter):
    response = client.get(dashboard_url(school) + "?" + query)
    assert response.status_code == 200
    stats = response.context["stats"]
    assert stats.fiscal_year == (year or current_fiscal_year())
    assert stats.quarter == quarter
    assert client.get(file_url(school, "csv") + "?" + query).status_code == 200


def test_unknown_agency_or_format_is_404(client, school, served):
    assert client.get("/no-such-school/dashboard/").status_code == 404
    for fmt in ("docx", "PDF", "html", "json"):
        assert client.get(file_url(school, fmt)).status_code == 404
    school.is_active = False
    school.save()
    assert client.get(dashboard_url(school)).status_code == 404


def test_page_without_services(client, school):
    body = body_of(client.get(dashboard_url(school)))
    assert body.count("<svg") == 1  # the months, all zero
    assert '<span class="dash-figure">0</span>' in body
    assert '<span class="dash-figure">—</span>' in body


def test_page_queries_do_not_grow_with_requests(client, school, django_assert_num_queries):
    service = make_service(school)
    make_request(service, at(2024, 1, 2), hours=3, rating=4)
    with CaptureQueriesContext(connection) as one:
        body_of(client.get(dashboard_url(school, year=YEAR)))
    other = make_service(school, "อีกงาน")
    for day in range(1, 50):
        make_request(other if day % 2 else service, at(2024, 1 + day % 9, 1 + day % 27), hours=day)
        make_walk_in(service, date(2024, 8, 1 + day % 28), 2)
    with django_assert_num_queries(len(one)):
        response = client.get(dashboard_url(school, year=YEAR))
    assert response.context["stats"].total.online == 50


# --- an area office ----------------------------------------------------------------------------


def test_office_sums_its_schools_and_ranks_them(client, office, school, other_school):
    mine = make_service(school, "บริการ ก", promised_days=1)
    theirs = make_service(other_school, "บริการ ข", promised_days=1)
    make_request(mine, at(2024, 2, 1), hours=2, rating=5)
    make_request(mine, at(2024, 2, 2), hours=50, rating=5)  # 50 % within
    make_request(theirs, at(2024, 3, 1), hours=3, rating=2)  # 100 % within: first
    make_walk_in(theirs, date(2024, 3, 2), 4)
    office_own = make_service(office, "งานของเขต")
    make_request(office_own, at(2024, 3, 1), hours=1)  # not in the sum
    response = client.get(dashboard_url(office, year=YEAR))
    body = body_of(response)
    assert response.context["is_office"] is True
    ranks = [(row["rank"], row["agency"].slug) for row in response.context["rank_rows"]]
    assert ranks == [(1, "other-school"), (2, "our-school")]
    assert response.context["stats"].total.received == 3 + 4
    assert body.count("<svg") == 2
    school_link = dashboard_url(other_school, year=YEAR)
    assert f'href="{school_link}"' in body
    assert body.index(other_school.name_th) < body.index(school.name_th)
    assert "บริการ ก" not in body  # no per-service table for an office
    rows = list(
        csv.reader(
            io.StringIO(client.get(file_url(office, "csv", year=YEAR)).content.decode("utf-8-sig"))
        )
    )
    schools = [row for row in rows if row[0] == "โรงเรียน"]
    assert [(row[1], row[2]) for row in schools] == [
        (other_school.name_th, "1"),
        (school.name_th, "2"),
    ]
    assert rows[-1][:5] == ["รวม", office.name_th, "", "", "7"]


def test_office_with_many_schools_keeps_its_queries(
    client, office, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(area_statistics, "OFFICE_CACHE_SECONDS", 0)  # compute every time
    first = AgencyFactory(parent=office)
    make_request(make_service(first), at(2024, 1, 5), hours=1)
    with CaptureQueriesContext(connection) as one:
        body_of(client.get(dashboard_url(office, year=YEAR)))
    for _ in range(6):
        school = AgencyFactory(parent=office)
        make_request(make_service(school), at(2024, 1, 5), hours=1)
    with django_assert_num_queries(len(one)):
        body_of(client.get(dashboard_url(office, year=YEAR)))


def test_office_figures_are_cached_for_a_while(client, office, school):
    service = make_service(school)
    make_request(service, at(2024, 1, 5), hours=1)
    assert client.get(dashboard_url(office, year=YEAR)).context["stats"].total.received == 1
    make_request(service, at(2024, 1, 6), hours=1)
    with CaptureQueriesContext(connection) as again:
        response = client.get(dashboard_url(office, year=YEAR))
    assert response.context["stats"].total.received == 1  # from the cache
    assert not any("services_request" in query["sql"] for query in again.captured_queries)
    other_period = client.get(dashboard_url(office, year=YEAR, quarter=2))
    assert other_period.context["stats"].total.received == 2
    csv_rows = client.get(file_url(office, "csv", year=YEAR)).content.decode("utf-8-sig")
    assert csv_rows.splitlines()[-1].split(",")[4] == "1"  # the same figures as the page
    # A school's own page is always fresh.
    assert client.get(dashboard_url(school, year=YEAR)).context["stats"].total.received == 2


# --- one service ------------------------------------------------------------------------------


def test_service_page(client, school, other_school, served):
    certificate, _venue = served
    url = reverse(
        "services:service_detail_stats", kwargs={"agency": school.slug, "pk": certificate.pk}
    )
    response = client.get(url + f"?year={YEAR}")
    body = body_of(response)
    assert certificate.name in body
    assert response.context["stats"].total.received == 3 + 6
    assert body.count("<svg") == 1
    assert "style=" not in body
    assert f'href="{dashboard_url(school, year=YEAR)}"' in body
    # Through another agency, or a staff-only service: no such page.
    elsewhere = reverse(
        "services:service_detail_stats", kwargs={"agency": other_school.slug, "pk": certificate.pk}
    )
    assert client.get(elsewhere).status_code == 404
    internal = make_service(school, "ภายใน", audience=Service.Audience.STAFF)
    hidden = reverse(
        "services:service_detail_stats", kwargs={"agency": school.slug, "pk": internal.pk}
    )
    assert client.get(hidden).status_code == 404
    assert client.get(url + "?year=x&quarter=9").status_code == 200


# --- downloads ---------------------------------------------------------------------------------


def test_csv_download(client, school, served):
    response = client.get(file_url(school, "csv", year=YEAR))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="service-statistics-{school.slug}-{YEAR}.csv"'
    )
    assert response.content.startswith("\ufeff".encode())  # spreadsheet programs read UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:5] == ["ตาราง", "รายการ", "อันดับ", "ระยะเวลามาตรฐาน (วัน)", "จำนวนผู้ขอรับบริการ"]
    by = {(row[0], row[1]): dict(zip(header, row, strict=True)) for row in rows[1:]}
    certificate = by["งานบริการ", "ขอใบรับรองการเป็นนักเรียน"]
    assert certificate["ระยะเวลามาตรฐาน (วัน)"] == "1"
    assert certificate["จำนวนผู้ขอรับบริการ"] == "9"
    assert certificate["ช่องทางออนไลน์"] == "2"
    assert certificate["ณ จุดบริการ"] == "7"
    assert certificate["ร้อยละที่แล้วเสร็จภายในระยะเวลามาตรฐาน"] == "50.0"
    assert certificate["ค่ามัธยฐานระยะเวลาดำเนินการ (ชั่วโมง)"] == "17.0"
    assert certificate["ความพึงพอใจเฉลี่ย (เต็ม 5)"] == "4.0"
    october = by["รายเดือน", "ต.ค. 2566"]
    assert october["จำนวนผู้ขอรับบริการ"] == "2"
    november = by["รายเดือน", "พ.ย. 2566"]
    assert november["ร้อยละช่องทางออนไลน์"] == ""  # nothing received: no share
    assert next(row[1] for row in rows if row[0] == "รายเดือน") == "ต.ค. 2566"
    assert len([row for row in rows if row[0] == "รายไตรมาส"]) == 4
    total = rows[-1]
    assert total[:5] == ["รวม", school.name_th, "", "", "10"]


def test_csv_of_a_quarter(client, school, served):
    response = client.get(file_url(school, "csv", year=YEAR, quarter=1))
    assert response["Content-Disposition"].endswith(f'-{YEAR}-q1.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1] for row in rows if row[0] == "รายเดือน"] == [
        "ต.ค. 2566",
        "พ.ย. 2566",
        "ธ.ค. 2566",
    ]
    assert rows[-1][4] == "2"


def test_xlsx_download(client, school, served):
    from openpyxl import load_workbook

    response = client.get(file_url(school, "xlsx", year=YEAR))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == (
        f'attachment; filename="service-statistics-{school.slug}-{YEAR}.xlsx"'
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["สรุป", "งานบริการ", "รายเดือน", "รายไตรมาส"]
    summary = {row[0]: row[1] for row in workbook["สรุป"].iter_rows(values_only=True) if row[0]}
    assert summary["หน่วยงาน"] == school.name_th
    assert summary["สังกัด"] == school.parent.name_th
    assert summary["จำนวนผู้ขอรับบริการ"] == 10
    assert summary["ร้อยละช่องทางออนไลน์"] == 30.0
    assert summary["ความพึงพอใจเฉลี่ย (เต็ม 5)"] == 4.0
    services = list(workbook["งานบริการ"].iter_rows(values_only=True))
    assert services[0][:3] == ("งานบริการ", "ระยะเวลามาตรฐาน (วัน)", "จำนวนผู้ขอรับบริการ")
    assert all(cell.font.bold for cell in workbook["งานบริการ"][1])
    assert services[1][:3] == ("ขอใบรับรองการเป็นนักเรียน", 1, 9)
    assert services[2][:3] == ("ขอใช้สถานที่", 5, 1)
    assert services[-1][:3] == ("รวม", None, 10)
    months = list(workbook["รายเดือน"].iter_rows(values_only=True))
    assert [row[0] for row in months[1:4]] == ["ต.ค. 2566", "พ.ย. 2566", "ธ.ค. 2566"]
    assert months[1][1] == 2
    assert months[2][4] is None  # no share without requests
    assert months[-1][:2] == ("รวม", 10)
    quarters = list(workbook["รายไตรมาส"].iter_rows(values_only=True))
    assert [row[1] for row in quarters[1:5]] == [2, 1, 1, 6]


def test_xlsx_of_an_office_ranks_the_schools(client, office, school, other_school):
    from openpyxl import load_workbook

    make_request(make_service(school), at(2024, 2, 1), hours=1)
    response = client.get(file_url(office, "xlsx", year=YEAR))
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["สรุป", "อันดับโรงเรียน", "รายเดือน", "รายไตรมาส"]
    rows = list(workbook["อันดับโรงเรียน"].iter_rows(values_only=True))
    assert rows[0][:3] == ("อันดับ", "โรงเรียน", "จำนวนผู้ขอรับบริการ")
    assert rows[1][:3] == (1, school.name_th, 1)
    assert rows[2][:3] == (2, other_school.name_th, 0)
    assert rows[-1][:3] == (None, "รวมทุกโรงเรียน", 1)


# --- PDF (Chromium + poppler) ------------------------------------------------------------------


def test_showing_the_page_prints_the_pdf_before_anyone_clicks(
    client, school, served, django_capture_on_commit_callbacks, monkeypatch
):
    """The first visitor after the figures change gets the PDF, not "being prepared" (#11)."""
    prints = iter([b"%PDF-1.4 first figures", b"%PDF-1.4 new figures"])
    monkeypatch.setattr("prongsai.printing.actions.print_pdf", lambda html: next(prints))
    with django_capture_on_commit_callbacks(execute=True):  # the print job, inline
        assert client.get(dashboard_url(school, year=YEAR)).status_code == 200
    first = client.get(file_url(school, "pdf", year=YEAR))
    assert first.status_code == 200
    assert first["Content-Type"] == "application/pdf"
    assert first.getvalue() == b"%PDF-1.4 first figures"
    # New figures: the page shown again queues their print, and the link serves that one.
    make_request(served[1], at(2024, 5, 2), hours=2, rating=5)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(dashboard_url(school, year=YEAR)).status_code == 200
    second = client.get(file_url(school, "pdf", year=YEAR))
    assert second.status_code == 200
    assert second.getvalue() == b"%PDF-1.4 new figures"  # not the earlier print
    # A year the switcher does not offer (a typed address, a crawler) prints nothing.
    printed = PrintedDocument.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(dashboard_url(school, year=2540)).status_code == 200
    assert PrintedDocument.objects.count() == printed


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.e2e
def test_pdf_reads_back_in_thai(client, school, tmp_path, django_capture_on_commit_callbacks):
    from prongsai.exports.pdf import chromium_path

    if not Path(chromium_path()).exists() or not shutil.which("pdftotext"):
        pytest.fail(
            "The PDF test needs Chromium (sudo apt-get install chromium, or set CHROMIUM) and "
            "pdftotext (sudo apt-get install poppler-utils); make test installs both."
        )
    service = make_service(school, "ขอใบรับรองผลการเรียน ปพ.1", promised_days=3)
    for day in range(1, 13):  # twelve requests in November: ๑๒
        make_request(service, at(2023, 11, day), hours=5, rating=4)
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job, not here
        assert client.get(file_url(school, "pdf", year=YEAR, quarter=1)).status_code == 503
    response = client.get(file_url(school, "pdf", year=YEAR, quarter=1))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'inline; filename="service-statistics-{school.slug}-{YEAR}-q1.pdf"'
    )
    content = response.getvalue()  # streamed from the printed file: read once
    assert content.startswith(b"%PDF")
    path = tmp_path / "statistics.pdf"
    path.write_bytes(content)
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    squashed = _squash(text)
    assert "ข้อมูลเชิงสถิติการให้บริการไตรมาส๑ปีงบประมาณ๒๕๖๗" in squashed
    assert _squash(school.name_th) in squashed
    assert _squash(school.parent.name_th) in squashed
    assert "ข้อมูลณวันที่" in squashed
    assert "ปพ.๑" in squashed
    assert "๑๒" in squashed
    assert "พ.ย.๒๕๖๖" in squashed
    assert not re.search(r"[0-9]", text)  # every number in Thai numerals
    fonts = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdffonts") or "pdffonts", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts
    assert all("Sarabun" in line for line in fonts)
