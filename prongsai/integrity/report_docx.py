"""The published No Gift report as a Word document, in the declaration's style
(`declaration_docx`: A4, TH Sarabun New 16 pt, Thai digits), the figures in bordered tables."""

import io
from typing import Any

from prongsai.integrity import report
from prongsai.integrity.declaration_docx import para, set_up_page, thai_run
from prongsai.integrity.declaration_print import official_date
from prongsai.integrity.models import GiftReport
from prongsai.lib.thai import thai_date, to_thai_digits

GIFT_ROWS = (
    ("kept", "จากญาติ หรือที่ให้แก่บุคคลทั่วไป (รับไว้ได้ บันทึกไว้)"),
    ("allowed", "จากบุคคลอื่น มูลค่าไม่เกิน ๓,๐๐๐ บาท (รับได้ บันทึกไว้)"),
    ("report", "มูลค่าเกินกำหนด ต้องรายงานผู้บังคับบัญชา"),
    ("band_up_to_limit", "มูลค่าไม่เกิน ๓,๐๐๐ บาท"),
    ("band_to_10000", "มูลค่า ๓,๐๐๐.๐๑ – ๑๐,๐๐๐ บาท"),
    ("band_above_10000", "มูลค่าเกิน ๑๐,๐๐๐ บาท"),
    ("decided_keep", "ผู้บังคับบัญชาวินิจฉัยให้รับไว้ได้"),
    ("decided_return", "ผู้บังคับบัญชาวินิจฉัยให้คืนผู้ให้"),
    ("decided_hand_over", "ผู้บังคับบัญชาวินิจฉัยให้ส่งมอบเป็นของหน่วยงาน"),
    ("awaiting", "รอผู้บังคับบัญชาวินิจฉัย"),
    ("not_reported", "เกินกำหนดและยังไม่ได้รายงาน"),
    ("reported_late", "รายงานเกินกำหนดเวลา"),
)


def _table(
    document: Any, rows: list[list[str]], *, header: bool, widths_cm: tuple[float, ...]
) -> None:
    """A bordered table whose columns have the given widths (set on every cell: Word reads
    those, LibreOffice the grid)."""
    from docx.shared import Cm

    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_index, column)
            cell.width = Cm(widths_cm[column])
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            thai_run(run._r.get_or_add_rPr(), bold=header and row_index == 0)


def report_docx(found: GiftReport) -> bytes:
    from docx import Document

    assert found.published_at is not None
    data = report.for_display(found.figures)
    year = to_thai_digits(found.year)
    document = Document()
    set_up_page(document)
    para(
        document,
        "รายงานผลการดำเนินการตามนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
        align="center",
        bold=True,
    )
    para(
        document,
        f"และการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ประจำปีงบประมาณ พ.ศ. {year}",
        align="center",
        bold=True,
    )
    para(document, found.agency.name_th, align="center", bold=True)
    para(document, "๑. ผลการดำเนินการ", bold=True, space_before=12)
    for line in found.notes.splitlines():
        if line.strip():
            para(document, to_thai_digits(line.strip()), align="justify", first_line_indent=2.5)
    para(document, "๒. การประกาศเจตนารมณ์", bold=True, space_before=12)
    declaration = data["declaration"]
    if declaration:
        when = thai_date(declaration["declared_on"], thai_digits=True)
        text = f"ผู้อำนวยการประกาศเจตนารมณ์ เรื่อง {declaration['title']} เมื่อวันที่ {when}"
    else:
        text = "ไม่มีประกาศเจตนารมณ์ที่ได้รับอนุมัติในปีงบประมาณนี้"
    para(document, text, align="justify", first_line_indent=2.5)
    para(document, "๓. กิจกรรมการสร้างวัฒนธรรม No Gift Policy", bold=True, space_before=12)
    if data["activities"]:
        rows = [["ที่", "วันที่", "กิจกรรม", "กลุ่มเป้าหมาย", "ผู้เข้าร่วม (คน)"]]
        for number, activity in enumerate(data["activities"], start=1):
            rows.append(
                [
                    to_thai_digits(number),
                    thai_date(activity["held_on"], thai_digits=True),
                    activity["title"],
                    activity["audience"],
                    to_thai_digits(activity["attendance"]),
                ]
            )
        rows.append(["", "", "รวม", "", to_thai_digits(data["attendance"])])
        _table(document, rows, header=True, widths_cm=(1.0, 3.2, 5.3, 4.0, 2.5))
    else:
        para(document, "ไม่มีกิจกรรมที่เผยแพร่ในปีงบประมาณนี้", first_line_indent=2.5)
    para(document, "๔. การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", bold=True, space_before=12)
    gifts = data["gifts"]
    if gifts.get("total"):
        value = to_thai_digits(f"{data['value']:,.2f}")
        para(
            document,
            f"มีการแจ้งการรับทรัพย์สินหรือประโยชน์อื่นใดจำนวน {to_thai_digits(gifts['total'])} "
            f"รายการ มูลค่ารวม {value} บาท",
            align="justify",
            first_line_indent=2.5,
        )
        _table(
            document,
            [[label, to_thai_digits(gifts.get(key, 0))] for key, label in GIFT_ROWS],
            header=False,
            widths_cm=(13.0, 3.0),
        )
    else:
        para(
            document,
            f"ในปีงบประมาณ พ.ศ. {year} ไม่มีการแจ้งการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
            bold=True,
            first_line_indent=2.5,
        )
    para(
        document,
        f"รายงาน ณ วันที่ {official_date(found.published_at.date())}",
        left_indent=5.0,
        space_before=12,
    )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
