"""Documents for the exporter tests: the seed report and a small hand-made one.

`seed_document()` uses the real importer (`prongsai.measures.textformat.parse_text`) when it
exists and returns a ReportDocument, and otherwise a small local reading of the seed text that
is just enough for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

from prongsai.lib.thai import to_thai_digits
from prongsai.measures.document import Cell, Measure, Numbering, ReportDocument, Row

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_NAME = "measures-report-2566.txt"


def seed_path() -> Path:
    path = FIXTURES / SEED_NAME
    if path.exists():
        return path
    return Path(__file__).resolve().parents[3] / "shared" / "seed" / SEED_NAME


def seed_document() -> ReportDocument:
    text = seed_path().read_text(encoding="utf-8")
    try:
        from prongsai.measures.textformat import parse_text  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        result = parse_text(text)
        doc = getattr(result, "document", result)
        if isinstance(doc, ReportDocument) and doc.measures:
            return doc
    return parse_seed(text)


_HEADING = re.compile(r"^([๐-๙]+)\.\s+(.+?)\s+((?:โดย)?มีผลการดำเนินงาน.*)$")
_PARA = re.compile(r"<p>(.*?)</p>", re.S)
_LABEL = {
    Numbering.PAREN: re.compile(r"(?:^|\s)[๐-๙]+\)\s*"),
    Numbering.DOT: re.compile(r"(?:^|\s)[๐-๙]+\.\s+"),
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cell(raw: str) -> Cell:
    parts = [_squash(p) for p in _PARA.findall(raw)] or [_squash(raw)]
    text = " ".join(p for p in parts if p)
    for numbering in (Numbering.PAREN, Numbering.DOT):
        mark = ")" if numbering is Numbering.PAREN else "."
        if text.startswith(f"๑{mark}"):
            items = [_squash(i) for i in _LABEL[numbering].split(text) if _squash(i)]
            return Cell(items=items, numbering=numbering)
    return Cell(items=[text] if text else [], numbering=Numbering.NONE)


def _plain(raw: str) -> str:
    return _squash(" ".join(_PARA.findall(raw)) or raw)


def parse_seed(text: str) -> ReportDocument:
    """The seed's layout: cover lines, title, period, introduction, headings and TSV rows."""
    lines = [line.rstrip() for line in text.splitlines()]
    title_at = next(i for i, line in enumerate(lines) if line.startswith("รายงานผลการดำเนินการตาม"))
    cover: list[str] = []
    for line in lines[:title_at]:
        if line.strip():
            cover.append(line.strip())
        elif cover and cover[-1]:
            cover.append("")
    while cover and not cover[-1]:
        cover.pop()
    rest = [line for line in lines[title_at + 1 :] if line.strip()]
    period = rest.pop(0)
    intro = rest.pop(0)
    measures: list[Measure] = []
    for line in rest:
        match = _HEADING.match(line)
        if match:
            number = int(match.group(1).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
            measures.append(Measure(number, match.group(2), _squash(match.group(3))))
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[0].startswith("ขั้นตอน"):
            continue
        steps, responsible, summary, outcome, due = fields
        measures[-1].rows.append(
            Row(_cell(steps), _plain(responsible), _cell(summary), _cell(outcome), _plain(due))
        )
    return ReportDocument(
        cover_lines=cover,
        title=lines[title_at].strip(),
        period_line=period.strip(),
        introduction=intro.strip(),
        measures=measures,
        agency_slug="kamphaeng-wittayakhom",
        fiscal_year=2566,
    )


LONG_CELL = " ".join(
    f"งานประชาสัมพันธ์ครั้งที่ {to_thai_digits(i)} ได้เผยแพร่ข่าวสารผ่านเว็บไซต์และสื่อออนไลน์" for i in range(1, 9)
)


def small_document() -> ReportDocument:
    """Two measures by hand: stacked marks (น้ำ ปี่ ญี่ปุ่น), a long word, a long cell."""
    return ReportDocument(
        cover_lines=["รายงานทดสอบ", "", "โรงเรียนทดสอบ", "", "กระทรวงศึกษาธิการ"],
        title="รายงานผลการดำเนินการตามมาตรการทดสอบ",
        period_line="ปีงบประมาณ ๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖)",
        introduction="โรงเรียนทดสอบได้ดำเนินการตามมาตรการ ดังตารางแนบ",
        measures=[
            Measure(
                1,
                "มาตรการด้านน้ำดื่ม",
                "มีผลการดำเนินงาน ดังนี้",
                [
                    Row(
                        Cell(["ตรวจคุณภาพน้ำ", "ซ่อมปี่พาทย์"], Numbering.PAREN),
                        "งานประชาสัมพันธ์",
                        Cell(["ศึกษาดูงานที่ญี่ปุ่น"]),
                        Cell(["น้ำสะอาด", "ปี่ใช้ได้"], Numbering.DOT),
                        "กันยายน ๒๕๖๖",
                    )
                ],
            ),
            Measure(
                2,
                "มาตรการด้านการสื่อสาร",
                "มีผลการดำเนินงาน ดังนี้",
                [
                    Row(
                        Cell([LONG_CELL]),
                        "ประชาสัมพันธ์",
                        Cell(["เผยแพร่ข่าว E-Service", "รายงาน ITA"], Numbering.PAREN),
                        Cell(["ผู้รับบริการพึงพอใจ"]),
                        "กันยายน ๒๕๖๖",
                    )
                ]
                * 3,
            ),
        ],
        agency_slug="test-school",
        fiscal_year=2566,
    )


def big_document(factor: int = 10) -> ReportDocument:
    """The seed with every measure's rows repeated `factor` times (benchmarks)."""
    doc = seed_document()
    for measure in doc.measures:
        measure.rows = measure.rows * factor
    return doc
