"""A measures report as plain data: what importers produce and exporters consume.

No Django here. The database models hold the same information; `queries.report_document()`
builds one of these from them, and the import actions save one into them.

The seed report (../shared/seed/measures-report-2566.txt) is the reference layout:
a cover block of lines, an introduction, then per measure a heading
"๑. มาตรการด้าน… มีผลการดำเนินงาน… ดังนี้" and a five-column table
(steps/method, responsible, summary of what was done, outcome, due).
"""

from dataclasses import dataclass, field
from enum import StrEnum


class Numbering(StrEnum):
    """How the items of a cell are numbered in the source document."""

    NONE = "none"  # one item, or items without numbers
    PAREN = "paren"  # ๑) … ๒) …
    DOT = "dot"  # ๑. … ๒. …


@dataclass
class Cell:
    """A table cell holding a list of items (steps, results, outcomes)."""

    items: list[str] = field(default_factory=list)
    numbering: Numbering = Numbering.NONE

    @property
    def lines(self) -> list[str]:
        """Each item with its number, the way the source numbered it: ["๑) …", "๒) …"]."""
        from prongsai.lib.thai import to_thai_digits

        if self.numbering is Numbering.NONE:
            return list(self.items)
        mark = ")" if self.numbering is Numbering.PAREN else "."
        return [f"{to_thai_digits(index)}{mark} {item}" for index, item in enumerate(self.items, 1)]

    @property
    def text(self) -> str:
        """The cell as one line of text, numbered the way the source numbered it."""
        return " ".join(self.lines)


@dataclass
class Row:
    steps: Cell
    responsible: str
    summary: Cell
    outcome: Cell
    due: str  # as written, e.g. "กันยายน ๒๕๖๖"
    # Filled by progress tracking in the system; not part of the imported text layout.
    progress: list[str] = field(default_factory=list)


@dataclass
class Measure:
    number: int
    name: str  # "มาตรการด้านการปฏิบัติหน้าที่"
    heading_tail: str  # "มีผลการดำเนินงานตามมาตรการ… ดังนี้"
    rows: list[Row] = field(default_factory=list)

    @property
    def heading(self) -> str:
        from prongsai.lib.thai import to_thai_digits

        tail = f" {self.heading_tail}" if self.heading_tail else ""
        return f"{to_thai_digits(self.number)}. {self.name}{tail}"


COLUMN_HEADINGS = (
    "ขั้นตอน / วิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการ",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินงาน",
    "กำหนดการแล้วเสร็จ",
)


@dataclass
class ReportDocument:
    """One report of one agency and fiscal year."""

    cover_lines: list[str]  # title, sub-indicator lines, agency, area office, OBEC, ministry
    title: str  # "รายงานผลการดำเนินการตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใส"
    period_line: str  # "ปีงบประมาณ ๒๕๖๖ (๑ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖)"
    introduction: str
    measures: list[Measure] = field(default_factory=list)
    column_headings: tuple[str, ...] = COLUMN_HEADINGS
    # For file names and metadata; not printed as such.
    agency_slug: str = ""
    fiscal_year: int = 0
    kind: str = "full"  # plan | half | full
    version: int = 0


def to_dict(doc: ReportDocument) -> dict[str, object]:
    """A JSON-ready copy, for freezing published versions."""
    from dataclasses import asdict

    data = asdict(doc)
    data["column_headings"] = list(doc.column_headings)
    return data


def from_dict(data: dict[str, object]) -> ReportDocument:
    def cell(raw: object) -> Cell:
        assert isinstance(raw, dict)
        return Cell(
            items=list(raw.get("items", [])), numbering=Numbering(str(raw.get("numbering", "none")))
        )

    measures = []
    for raw_measure in data.get("measures", []):  # type: ignore[attr-defined]
        rows = [
            Row(
                steps=cell(raw["steps"]),
                responsible=raw["responsible"],
                summary=cell(raw["summary"]),
                outcome=cell(raw["outcome"]),
                due=raw["due"],
                progress=list(raw.get("progress", [])),
            )
            for raw in raw_measure["rows"]
        ]
        measures.append(
            Measure(
                number=raw_measure["number"],
                name=raw_measure["name"],
                heading_tail=raw_measure["heading_tail"],
                rows=rows,
            )
        )
    return ReportDocument(
        cover_lines=list(data.get("cover_lines", [])),  # type: ignore[call-overload]
        title=str(data.get("title", "")),
        period_line=str(data.get("period_line", "")),
        introduction=str(data.get("introduction", "")),
        measures=measures,
        column_headings=tuple(data.get("column_headings", COLUMN_HEADINGS)),  # type: ignore[arg-type]
        agency_slug=str(data.get("agency_slug", "")),
        fiscal_year=int(data.get("fiscal_year", 0)),  # type: ignore[call-overload]
        kind=str(data.get("kind", "full")),
        version=int(data.get("version", 0)),  # type: ignore[call-overload]
    )


# --- Lengths the forms and importers enforce (finding 3 of issue 10) ----------------------------
# A cell of 100,000 Thai characters without a space kept Chromium busy for minutes; these are
# far above any real report (the seed's longest item has about 400 characters).
MAX_ITEM_CHARACTERS = 2_000
"""One step, result, outcome or progress note."""
MAX_CELL_CHARACTERS = 6_000
"""All the items of one cell together."""

CELL_NAMES = {
    "steps": "ขั้นตอน/วิธีการปฏิบัติ",
    "summary": "สรุปผลการดำเนินการ",
    "outcome": "ผลลัพธ์",
}


def cell_length_problem(items: list[str]) -> str | None:
    """What is too long in a cell's items, in Thai (None when it fits)."""
    for number, item in enumerate(items, start=1):
        if len(item) > MAX_ITEM_CHARACTERS:
            return (
                f"ข้อที่ {number} ยาว {len(item):,} ตัวอักษร "
                f"เกินกำหนด {MAX_ITEM_CHARACTERS:,} ตัวอักษรต่อข้อ กรุณาแบ่งเป็นหลายข้อหรือย่อให้สั้นลง"
            )
    total = sum(len(item) for item in items)
    if total > MAX_CELL_CHARACTERS:
        return (
            f"ข้อความทั้งช่องยาว {total:,} ตัวอักษร เกินกำหนด {MAX_CELL_CHARACTERS:,} ตัวอักษรต่อช่อง "
            f"กรุณาย่อให้สั้นลง"
        )
    return None


def length_problems(doc: ReportDocument) -> list[str]:
    """Every cell of `doc` that is too long, named by measure, row and column (Thai)."""
    from prongsai.lib.thai import to_thai_digits

    problems = []
    for measure in doc.measures:
        for index, row in enumerate(measure.rows, start=1):
            for field_name, label in CELL_NAMES.items():
                cell: Cell = getattr(row, field_name)
                problem = cell_length_problem(cell.items)
                if problem:
                    problems.append(
                        f"มาตรการที่ {to_thai_digits(measure.number)} แถวที่ {to_thai_digits(index)} "
                        f"ช่อง “{label}”: {problem}"
                    )
    return problems
