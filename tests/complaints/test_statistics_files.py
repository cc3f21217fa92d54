"""Public complaint statistics as files: the XLSX and the PDF read back (Thai text, figures)."""

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from prongsai.complaints.models import Complaint
from prongsai.complaints.statistics import (
    CATEGORY_LABELS,
    OUTCOME_LABELS,
)
from tests.complaints.test_statistics import (  # the same cases and keys as the page's tests
    YEAR,
    _keys,  # noqa: F401 -- autouse fixture
    file_url,
    make,
    statistics_url,
)

C = Complaint.Category
S = Complaint.Status
O = Complaint.Outcome  # noqa: E741 -- the model's name for it

pytestmark = pytest.mark.django_db


# --- XLSX -----------------------------------------------------------------------------------


def test_xlsx_reads_back(client, school):
    from openpyxl import load_workbook

    make(school, date(2022, 12, 31), category=C.BRIBE, acknowledged_on=date(2023, 1, 4))
    make(school, date(2023, 1, 1), category=C.BRIBE)
    make(
        school,
        date(2023, 5, 1),
        category=C.BUDGET,
        status=S.CLOSED,
        closed_on=date(2023, 5, 11),
        outcome=O.SUBSTANTIATED,
    )
    response = client.get(file_url(school, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == (
        f'attachment; filename="complaint-statistics-{school.slug}-{YEAR}.xlsx"'
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "สรุป",
        "ตามประเภท",
        "ตามสถานะ",
        "รายไตรมาส",
        "ประเภทรายไตรมาส",
        "ผลการพิจารณา",
    ]
    summary = {row[0]: row[1] for row in workbook["สรุป"].iter_rows(values_only=True) if row[0]}
    assert summary["หน่วยงาน"] == school.name_th
    assert summary["สังกัด"] == school.parent.name_th
    assert summary["จำนวนเรื่องทั้งหมด"] == 3
    assert summary["ค่ามัธยฐานจำนวนวันถึงการแจ้งรับเรื่อง"] == 4
    assert summary["ค่ามัธยฐานจำนวนวันถึงการดำเนินการแล้วเสร็จ"] == 10

    by_category = workbook["ตามประเภท"]
    assert [c.value for c in by_category[1]] == ["ประเภทเรื่องร้องเรียน", "จำนวนเรื่อง"]
    assert all(c.font.bold for c in by_category[1])
    rows = list(by_category.iter_rows(min_row=2, values_only=True))
    assert rows[: len(C.values)] == [
        (CATEGORY_LABELS[code], n) for code, n in zip(C.values, (0, 2, 1, 0, 0, 0), strict=True)
    ]
    assert rows[-1] == ("รวม", 3)

    matrix = list(workbook["ประเภทรายไตรมาส"].iter_rows(values_only=True))
    assert matrix[0] == (
        "ประเภทเรื่องร้องเรียน",
        "ไตรมาส 1 (ต.ค.–ธ.ค. 2565)",
        "ไตรมาส 2 (ม.ค.–มี.ค. 2566)",
        "ไตรมาส 3 (เม.ย.–มิ.ย. 2566)",
        "ไตรมาส 4 (ก.ค.–ก.ย. 2566)",
        "รวม",
    )
    assert (CATEGORY_LABELS[C.BRIBE], 1, 1, 0, 0, 2) in matrix
    assert matrix[-1] == ("รวม", 1, 1, 1, 0, 3)
    outcomes = list(workbook["ผลการพิจารณา"].iter_rows(min_row=2, values_only=True))
    assert (OUTCOME_LABELS[O.SUBSTANTIATED], 1) in outcomes
    assert outcomes[-1] == ("รวม", 1)


# --- PDF (Chromium + poppler) ---------------------------------------------------------------


def test_showing_the_page_prints_the_pdf_so_the_first_click_gets_it(
    client, school, django_capture_on_commit_callbacks
):
    from tests.conftest import FAKE_PDF

    make(school, date(2022, 11, 1), category=C.CORRUPTION)
    with django_capture_on_commit_callbacks(execute=True):  # the print job, inline in tests
        assert client.get(statistics_url(school)).status_code == 200
    response = client.get(file_url(school, "pdf"))
    assert response.status_code == 200
    assert response.getvalue() == FAKE_PDF


def test_a_new_case_prints_the_new_figures_when_the_page_is_shown(
    client, school, django_capture_on_commit_callbacks
):
    from prongsai.printing.models import PrintedDocument

    make(school, date(2022, 11, 1))
    with django_capture_on_commit_callbacks(execute=True):
        client.get(statistics_url(school))
    make(school, date(2022, 11, 2))
    with django_capture_on_commit_callbacks(execute=True):
        client.get(statistics_url(school))
    newest = PrintedDocument.objects.get()  # the print of the older figures was pruned
    assert newest.status == PrintedDocument.Status.READY
    assert client.get(file_url(school, "pdf")).status_code == 200
    assert list(PrintedDocument.objects.all()) == [newest]  # the link served the page's print


def test_a_year_the_page_does_not_offer_queues_no_print(client, school):
    from prongsai.printing.models import PrintedDocument

    assert client.get(statistics_url(school, 2530)).status_code == 200
    assert not PrintedDocument.objects.exists()


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
    for day in range(1, 13):  # twelve cases in Q1: ๑๒
        make(school, date(2022, 11, day), category=C.CORRUPTION)
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job, not here
        assert client.get(file_url(school, "pdf")).status_code == 503
    response = client.get(file_url(school, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'inline; filename="complaint-statistics-{school.slug}-{YEAR}.pdf"'
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
    assert "สถิติเรื่องร้องเรียนปีงบประมาณ๒๕๖๖" in squashed
    assert _squash(school.name_th) in squashed
    assert _squash(school.parent.name_th) in squashed
    assert "ข้อมูลณวันที่" in squashed
    assert "๑๒" in squashed
    # The quarter headings wrap inside their cells: check their lines one by one.
    for part in ("ไตรมาส ๑", "ต.ค.–ธ.ค.", "๒๕๖๕", "ไตรมาส ๔", "ก.ค.–ก.ย.", "๒๕๖๖"):
        assert part in text, part
    assert "12" not in text  # every number in Thai numerals
    fonts = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdffonts") or "pdffonts", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts
    assert all("Sarabun" in line for line in fonts)
