"""The plain-text layout of a measures report: read it into a ReportDocument and write it back.

The layout is the seed's (../shared/seed/measures-report-2566.txt): a cover block of lines,
the report title, a "ปีงบประมาณ …" period line and an introduction; then per measure a
heading "๑. มาตรการด้าน… มีผลการดำเนินงาน… ดังนี้", a tab-separated header row of the five
column headings and one or more tab-separated data rows of five cells.  Cells hold one text,
inline numbered items ("๑) … ๒) …" or "๑. … ๒. …") or ``<p>…</p>`` paragraphs.

Words are kept exactly as written (typos included); only runs of whitespace become one space.
No Django here: the HTML/Word importers (tableformat) and the management commands reuse the
helpers below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from prongsai.lib.thai import parse_thai_month_year, to_arabic_digits, to_thai_digits
from prongsai.measures.document import (
    COLUMN_HEADINGS,
    Cell,
    Measure,
    Numbering,
    ReportDocument,
    Row,
)
from prongsai.measures.problems import ImportProblem

__all__ = [
    "COLUMN_NAMES",
    "cell_from_chunks",
    "collapse",
    "duplicate_measure",
    "fiscal_year",
    "front_matter",
    "is_header_row",
    "make_row",
    "normalise",
    "not_a_report",
    "parse_heading",
    "parse_text",
    "render_text",
    "split_cell",
    "split_inline",
    "wrong_cell_count",
]

COLUMN_NAMES = (
    "ขั้นตอน/วิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการ",
    "ผลลัพธ์",
    "กำหนดการแล้วเสร็จ",
)
"""Short names of the five columns, for messages."""

_DIGITS = "0-9๐-๙"
_HEADING_RE = re.compile(rf"^([{_DIGITS}]+)\.\s*(มาตรการ.*)$")
_TAIL_MARKERS = (" มีผล", " โดยมีผล")
# An item number: at the start or after whitespace, 1-3 digits, ")" or ".", not a decimal.
_MARKER_RE = re.compile(rf"(?<!\S)([{_DIGITS}]{{1,3}})([.)])(?![{_DIGITS}])")
_LEADING_RE = re.compile(rf"([{_DIGITS}]{{1,3}})([.)])(?![{_DIGITS}])\s*")
_P_TAG_RE = re.compile(r"</?p\b[^>]*>", re.IGNORECASE)
_SPACES_RE = re.compile(r" {2,}")
_PERIOD_PREFIX = "ปีงบประมาณ"
_FISCAL_YEAR_RE = re.compile(rf"^ปีงบประมาณ\s*(?:พ\.\s*ศ\.\s*)?([{_DIGITS}]{{4}})")
_MARKS = {")": Numbering.PAREN, ".": Numbering.DOT}
# Words that identify each column in a header row written differently from COLUMN_HEADINGS.
_HEADER_WORDS = (
    ("ขั้นตอน", "วิธีการ", "กิจกรรม"),
    ("รับผิดชอบ",),
    ("สรุป", "ผลการดำเนิน"),
    ("ผลลัพธ์", "ความสำเร็จ"),
    ("กำหนด", "แล้วเสร็จ", "ระยะเวลา"),
)


# --- text helpers ------------------------------------------------------------------------


def collapse(text: str) -> str:
    """Every run of whitespace (spaces, tabs, newlines) becomes one space; ends are stripped.

    Nothing else changes: no typo fixing, no Unicode normalisation, so stacked Thai marks
    (น้ำ, ปี่) and stray spaces inside words ("ความ โปร่งใส") stay as written.
    """
    return " ".join(text.split())


def normalise(text: str) -> str:
    """The comparison form of a report text: what must survive a parse/render round trip.

    Removes ``<p>``/``</p>`` tags, collapses every run of spaces (not tabs or newlines) to
    one space, strips each line and drops empty lines.  A BOM and CRLF line ends are ignored.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _P_TAG_RE.sub("", text)
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _number(digits: str) -> int:
    return int(to_arabic_digits(digits))


def _quote(text: str, limit: int = 40) -> str:
    text = collapse(text)
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


# --- cells ---------------------------------------------------------------------------------


def split_inline(text: str) -> Cell:
    """Split one text into items at inline numbers "๑) … ๒) …" or "๑. … ๒. …".

    The text must start with item 1; later items split only at a number that continues the
    count (2, 3, …) with the same mark and stands at the start of a word, so "ข้อ ๕." or a
    "๒." inside running text that does not continue the sequence stays in the item.  Thai
    or Arabic digits are accepted.  Text without a leading "๑)"/"๑." is one unnumbered item.
    """
    text = collapse(text)
    if not text:
        return Cell()
    first = _MARKER_RE.match(text)
    if first is None or _number(first[1]) != 1:
        return Cell([text], Numbering.NONE)
    mark = first[2]
    starts = [first]
    expected = 2
    for match in _MARKER_RE.finditer(text, first.end()):
        if match[2] == mark and _number(match[1]) == expected:
            starts.append(match)
            expected += 1
    ends = [match.start() for match in starts[1:]] + [len(text)]
    items = [text[start.end() : end].strip() for start, end in zip(starts, ends, strict=True)]
    return Cell(items, _MARKS[mark])


def cell_from_chunks(chunks: Iterable[str], *, list_numbering: Numbering = Numbering.NONE) -> Cell:
    """Build a cell from its paragraphs (``<p>``, ``<li>``, lines, Word paragraphs).

    One paragraph is split at inline numbers (:func:`split_inline`).  Several paragraphs are
    one item each; when they are numbered "๑) ", "๒) ", … (or "๑. ", …) in sequence the
    numbers are removed from the items and kept as the cell's numbering.  ``list_numbering``
    is the numbering of a list whose numbers are not in the text (an HTML ``<ol>``, a Word
    numbered list); it applies when the paragraphs carry no numbers of their own.
    """
    texts = [text for text in (collapse(chunk) for chunk in chunks) if text]
    if not texts:
        return Cell()
    if len(texts) == 1:
        cell = split_inline(texts[0])
        if cell.numbering is Numbering.NONE:
            cell.numbering = list_numbering
        return cell
    matches = [_LEADING_RE.match(text) for text in texts]
    numbered = [match for match in matches if match is not None]
    if len(numbered) == len(texts):
        marks = {match[2] for match in numbered}
        numbers = [_number(match[1]) for match in numbered]
        if len(marks) == 1 and numbers == list(range(1, len(texts) + 1)):
            items = [
                text[match.end() :].strip() for text, match in zip(texts, numbered, strict=True)
            ]
            return Cell(items, _MARKS[marks.pop()])
    return Cell(texts, Numbering.NONE if numbered else list_numbering)


def split_cell(raw: str) -> Cell:
    """Read one cell of the text layout: ``<p>`` paragraphs, or one text with inline numbers."""
    if _P_TAG_RE.search(raw):
        return cell_from_chunks(_P_TAG_RE.split(raw))
    return cell_from_chunks([raw])


def make_row(cells: Sequence[Cell]) -> Row:
    """A plan row from its five cells; responsible and due are kept as one line of text."""
    steps, responsible, summary, outcome, due = cells
    return Row(
        steps=steps, responsible=responsible.text, summary=summary, outcome=outcome, due=due.text
    )


def is_header_row(texts: Sequence[str]) -> bool:
    """Whether the first row of a table is its header rather than data.

    True for the five COLUMN_HEADINGS (spacing ignored) and for a header worded differently
    that still names at least three of the columns; a first row of data stays data.
    """
    if len(texts) != len(COLUMN_HEADINGS):
        return False
    squeezed = ["".join(text.split()) for text in texts]
    if squeezed == ["".join(heading.split()) for heading in COLUMN_HEADINGS]:
        return True
    if parse_thai_month_year(texts[-1]) is not None:
        return False  # the last cell is a due date: this is data
    named = sum(
        any(word in text for word in words)
        for text, words in zip(squeezed, _HEADER_WORDS, strict=True)
    )
    return named >= 3


def wrong_cell_count(count: int, *, tabs: bool) -> str:
    """The message for a row that does not have five cells."""
    columns = ", ".join(COLUMN_NAMES)
    if tabs:
        return (
            f"แถวนี้มี {count} ช่อง ต้องมี 5 ช่อง ({columns}) คั่นด้วยแท็บ — "
            "กรุณาตรวจว่าช่องทั้งห้าอยู่ในบรรทัดเดียวกันและคั่นด้วยแท็บช่องละหนึ่งตัว "
            "ช่องที่ไม่มีข้อมูลให้เว้นว่างไว้ระหว่างแท็บ"
        )
    return (
        f"แถวนี้มี {count} ช่อง ต้องมี 5 ช่อง ({columns}) — "
        "กรุณาแยกหรือรวมช่องให้ครบห้าช่องตามหัวตาราง ช่องที่ไม่มีข้อมูลให้เว้นว่างไว้ "
        "และอย่าผสานช่อง (merge) ในแถวข้อมูล"
    )


# --- headings and front matter -------------------------------------------------------------


def parse_heading(line: str) -> tuple[int, str, str] | None:
    """``(number, name, tail)`` of a measure heading "๑. มาตรการด้าน… มีผลการดำเนินงาน…".

    The name runs from "มาตรการ" up to the first " มีผล" or " โดยมีผล"; the tail is the
    rest (empty when neither appears).  Returns None for any other line.
    """
    match = _HEADING_RE.match(collapse(line))
    if match is None:
        return None
    rest = match[2]
    cuts = [index for index in (rest.find(marker) for marker in _TAIL_MARKERS) if index >= 0]
    if not cuts:
        return _number(match[1]), rest, ""
    cut = min(cuts)
    return _number(match[1]), rest[:cut], rest[cut + 1 :]


def front_matter(lines: Iterable[str]) -> tuple[list[str], str, str, str]:
    """``(cover_lines, title, period_line, introduction)`` from the lines before the first heading.

    The period line is the first line starting with "ปีงบประมาณ"; the title is the line just
    before it, the cover lines are those before the title and the introduction is the lines
    after it (joined with newlines).  Without a period line every line is a cover line.
    """
    texts = [text for text in (collapse(line) for line in lines) if text]
    period_at = next(
        (index for index, text in enumerate(texts) if text.startswith(_PERIOD_PREFIX)), None
    )
    if period_at is None:
        return texts, "", "", ""
    title = texts[period_at - 1] if period_at else ""
    cover = texts[: max(period_at - 1, 0)]
    return cover, title, texts[period_at], "\n".join(texts[period_at + 1 :])


def fiscal_year(period_line: str) -> int:
    """The Buddhist-era fiscal year named by "ปีงบประมาณ ๒๕๖๖ (…)", or 0."""
    match = _FISCAL_YEAR_RE.match(period_line)
    return _number(match[1]) if match else 0


def not_a_report() -> ImportProblem:
    return ImportProblem(
        "ไฟล์นี้ดูไม่เหมือนรายงานผลการดำเนินการตามมาตรการ เพราะไม่พบหัวข้อมาตรการเลย — "
        "หัวข้อแต่ละมาตรการต้องขึ้นบรรทัดใหม่ด้วยเลขข้อ จุด และคำว่า “มาตรการ” เช่น "
        "“๑. มาตรการด้านการปฏิบัติหน้าที่ มีผลการดำเนินงาน… ดังนี้” แล้วตามด้วยตาราง"
    )


def duplicate_measure(number: int, first_seen: str) -> str:
    return (
        f"หัวข้อมาตรการที่ {to_thai_digits(number)} ซ้ำกับหัวข้อ{first_seen} — "
        "แต่ละมาตรการต้องมีเลขข้อไม่ซ้ำกัน กรุณาแก้เลขข้อให้ถูกต้อง "
        "หรือรวมตารางของมาตรการเดียวกันไว้ใต้หัวข้อเดียว"
    )


# --- parse and render ------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _is_row(line: str) -> bool:
    return "\t" in line.rstrip()


def parse_text(text: str) -> ReportDocument:
    """Read a report in the seed's text layout; raise ImportProblem naming the line if it is not.

    Accepts a leading BOM and CRLF line ends.  Table rows are lines with tabs; every row
    must have five cells.  A measure may have no data row.  Text outside the tables after
    the first heading, a table before any heading and repeated measure numbers are errors.
    """
    lines = _lines(text)
    first = next(
        (i for i, line in enumerate(lines) if not _is_row(line) and parse_heading(line)), None
    )
    if first is None:
        raise not_a_report()
    for index, line in enumerate(lines[:first]):
        if _is_row(line):
            raise ImportProblem(
                "พบแถวตาราง (ข้อความคั่นด้วยแท็บ) ก่อนหัวข้อมาตรการแรก — ตารางทุกตารางต้องอยู่ใต้"
                "หัวข้อมาตรการของตน เช่น “๑. มาตรการด้าน… มีผลการดำเนินงาน… ดังนี้” "
                "กรุณาย้ายตารางไปไว้ใต้หัวข้อ หรือลบแท็บออกถ้าบรรทัดนี้ไม่ใช่ตาราง",
                line=index + 1,
            )
    cover, title, period, introduction = front_matter(lines[:first])
    measures: list[Measure] = []
    seen: dict[int, int] = {}
    current: Measure | None = None
    first_row = False
    for index in range(first, len(lines)):
        number = index + 1
        line = lines[index]
        if not line.strip():
            continue
        if not _is_row(line):
            heading = parse_heading(line)
            if heading is None:
                raise ImportProblem(
                    f"ข้อความ {_quote(line)} อยู่นอกตาราง — หลังหัวข้อมาตรการแรก ทุกบรรทัดต้องเป็น"
                    "หัวข้อมาตรการหรือแถวตารางที่คั่นช่องด้วยแท็บ กรุณาย้ายข้อความนี้เข้าไปในช่อง"
                    "ของตาราง หรือลบบรรทัดนี้",
                    line=number,
                )
            if heading[0] in seen:
                raise ImportProblem(
                    duplicate_measure(heading[0], f"ในบรรทัดที่ {seen[heading[0]]}"), line=number
                )
            seen[heading[0]] = number
            current = Measure(number=heading[0], name=heading[1], heading_tail=heading[2])
            measures.append(current)
            first_row = True
            continue
        assert current is not None  # the first line from `first` on is a heading
        raw_cells = line.split("\t")
        while len(raw_cells) > len(COLUMN_HEADINGS) and not raw_cells[-1].strip():
            raw_cells.pop()
        if len(raw_cells) != len(COLUMN_HEADINGS):
            raise ImportProblem(wrong_cell_count(len(raw_cells), tabs=True), line=number)
        was_first, first_row = first_row, False
        if was_first and is_header_row([collapse(_P_TAG_RE.sub(" ", c)) for c in raw_cells]):
            continue
        if not any(cell.strip() for cell in raw_cells):
            continue
        current.rows.append(make_row([split_cell(cell) for cell in raw_cells]))
    return ReportDocument(
        cover_lines=cover,
        title=title,
        period_line=period,
        introduction=introduction,
        measures=measures,
        fiscal_year=fiscal_year(period),
    )


def _row_line(texts: Iterable[str]) -> str:
    return "\t".join(collapse(text) for text in texts)


def render_text(doc: ReportDocument) -> str:
    """Write a report in the seed's text layout; :func:`parse_text` reads it back.

    Blocks are separated by one blank line: the cover lines, the title, the period line,
    the introduction, then per measure its heading and its table (header row and data rows,
    cells separated by tabs, numbered items inline as "๑) … ๒) …").
    """
    blocks: list[str] = []
    cover = [text for text in (collapse(line) for line in doc.cover_lines) if text]
    if cover:
        blocks.append("\n".join(cover))
    for part in (doc.title, doc.period_line):
        if collapse(part):
            blocks.append(collapse(part))
    introduction = [
        text for text in (collapse(line) for line in doc.introduction.split("\n")) if text
    ]
    if introduction:
        blocks.append("\n".join(introduction))
    headings = doc.column_headings
    if len(headings) != len(COLUMN_HEADINGS):
        headings = COLUMN_HEADINGS
    for measure in doc.measures:
        blocks.append(collapse(measure.heading))
        table = [_row_line(headings)]
        table.extend(
            _row_line(
                (row.steps.text, row.responsible, row.summary.text, row.outcome.text, row.due)
            )
            for row in measure.rows
        )
        blocks.append("\n".join(table))
    return "\n\n".join(blocks) + "\n"
