"""Read a report file of any supported kind into a plain document."""

import re

from prongsai.lib.thai import to_arabic_digits
from prongsai.measures.document import ReportDocument, length_problems
from prongsai.measures.problems import ImportProblem

EXTENSIONS = (".txt", ".html", ".htm", ".docx")


def read_report(name: str, content: bytes) -> ReportDocument:
    """Parse .txt (the seed's layout), .html or .docx; ImportProblem says what is wrong,
    also when a cell is longer than the report allows (document.MAX_ITEM_CHARACTERS)."""
    document = _read(name, content)
    problems = length_problems(document)
    if problems:
        raise ImportProblem(" ".join(problems[:3]))
    return document


def _read(name: str, content: bytes) -> ReportDocument:
    lowered = name.lower()
    if lowered.endswith(".txt"):
        from prongsai.measures.textformat import parse_text

        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportProblem(
                "ไฟล์ข้อความนี้ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกใหม่โดยเลือกการเข้ารหัส UTF-8"
            ) from exc
        return parse_text(text)
    if lowered.endswith((".html", ".htm")):
        from prongsai.measures.tableformat import parse_html

        return parse_html(content)
    if lowered.endswith(".docx"):
        from prongsai.measures.tableformat import parse_docx
        from prongsai.uploads.checks import ZipTooLarge, check_zip

        try:  # the package's directory only: a DOCX that unpacks to 600 MB is never inflated
            check_zip(content, name=name)
        except ZipTooLarge as error:
            raise ImportProblem(str(error)) from None
        return parse_docx(content)
    raise ImportProblem("รองรับเฉพาะไฟล์ .txt (รูปแบบรายงานเดิม), .html หรือ .docx กรุณาเลือกไฟล์ชนิดนี้")


def guess_year(document: ReportDocument) -> int | None:
    """The fiscal year the report names ("ปีงบประมาณ ๒๕๖๖"), if any."""
    for text in (document.period_line, *document.cover_lines, document.title):
        match = re.search(r"(?:ปีงบประมาณ|ปีพุทธศักราช|พ\.ศ\.)\s*(\d{4})", to_arabic_digits(text))
        if match:
            return int(match.group(1))
    return None
