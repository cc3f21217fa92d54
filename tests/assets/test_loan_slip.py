"""The loan slip (ใบยืมพัสดุ): the standard layout's parts in Thai numerals and B.E. dates, the
kind's tick box, a QR code to the loan; as a PDF and as a DOCX."""

import io
import zipfile
from datetime import date

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.assets import slip
from prongsai.assets.slip_docx import slip_docx
from tests.assets.helpers import make_asset, make_loan
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_slip_dates_are_buddhist_era_in_thai_numerals():
    assert slip.slip_date(date(2026, 12, 5)) == "๕ ธันวาคม พ.ศ. ๒๕๖๙"


def test_the_slip_ticks_the_kind_and_fills_the_steps(school):
    loan = make_loan(
        school,
        status="handed_over",
        kind="off_site",
        starts_on=date(2026, 12, 1),
        due_on=date(2026, 12, 4),
        asset=make_asset(school, number="7440-001-0001/2567"),
    )
    data = slip.slip_context(loan, "https://example.test/x/")
    assert [box.ticked for box in data["boxes"]] == [False, True, False]
    assert data["days"] == "๔"
    assert data["rows"][0].asset_number == "๗๔๔๐-๐๐๑-๐๐๐๑/๒๕๖๗"
    assert data["handed_over"].ticked
    assert not data["returned"].ticked
    assert data["decision"] == "อนุมัติ"


def test_the_docx_has_the_standard_parts(school):
    loan = make_loan(
        school, status="approved", starts_on=date(2026, 12, 1), due_on=date(2026, 12, 4)
    )
    content = slip_docx(loan, "https://example.test/x/")
    from docx import Document

    document = Document(io.BytesIO(content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "ใบยืมพัสดุ" in cells
    assert "ชดใช้เป็นเงินตามราคาที่เป็นอยู่ในขณะยืม" in text  # ข้อ 209
    assert "๔ ธันวาคม พ.ศ. ๒๕๖๙" in text
    assert "ภายใน ๗ วัน" in text  # ข้อ 211 footnote
    assert "ผู้อนุมัติ" in cells
    assert any(
        name.startswith("word/media/") for name in zipfile.ZipFile(io.BytesIO(content)).namelist()
    )


def test_the_pdf_and_docx_download_for_staff(client, school):
    loan = make_loan(school, status="requested")
    login(client, member(school, Role.STAFF))
    base = {"agency": school.slug, "pk": loan.pk}
    pdf = client.get(reverse("assets:loan_slip_pdf", kwargs=base))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    docx = client.get(reverse("assets:loan_slip_docx", kwargs=base))
    assert docx.content.startswith(b"PK")


def test_the_public_page_offers_the_blank_form(client, school):
    response = client.get(reverse("assets:public_loan_form", kwargs={"agency": school.slug}))
    assert response.content.startswith(b"PK")
    from docx import Document

    document = Document(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "ชดใช้เป็นเงินตามราคาที่เป็นอยู่ในขณะยืม" in text
    assert "☐ ยืมใช้นอกสถานที่" in text
