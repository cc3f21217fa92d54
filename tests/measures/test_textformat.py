"""The seed's text layout: parse it, render it back, and explain bad files by line."""

import pickle
from pathlib import Path

import pytest

from prongsai.measures.document import COLUMN_HEADINGS, Cell, Numbering
from prongsai.measures.problems import ImportProblem
from prongsai.measures.textformat import (
    normalise,
    parse_text,
    render_text,
    split_cell,
    split_inline,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "measures-report-2566.txt"
SEED = Path("/work/shared/seed/measures-report-2566.txt")

NAMES = [
    "มาตรการด้านการปฏิบัติหน้าที่",
    "มาตรการด้านการใช้งบประมาณ",
    "มาตรการด้านการใช้อำนาจ",
    "มาตรการด้านการใช้ทรัพย์สินของราชการ",
    "มาตรการด้านการแก้ไขปัญหาคาทุจริต",
    "มาตรการด้านคุณภาพการดำเนินงาน",
    "มาตรการด้านประสิทธิภาพในการสื่อสาร",
    "มาตรการด้านการปรับปรุงระบบการทำงาน",
    "มาตรการด้านการเปิดเผยข้อมูล",
    "มาตรการด้านการป้องกันการทุจริต",
]

RESPONSIBLE = [
    "บุคลากร โรงเรียน ำเมือง วิทยาคม ทุกคน",
    "ฝ่ายบริหาร งบประมาณและบุคลากรโรงเรียน จำเมืองวิทยาคม ทุกคน",
    "ผู้อำนวยการโรงเรียน และ หัวหน้าฝ่ายงาน",
    "งานธุรการ",
    "งานธุรการ และ ประชาสัมพันธ์",
    "บุคลากร โรงเรียน จำเมืองวิทยาคม ทุกคน",
    "งาน ประชาสัมพันธ์ โรงเรียน จำเมือง วิทยาคม",
    "งานเทคโนโลยีสารสนเทศ โรงเรียนจ่าเมือง วิทยาคม",
    "งานเทคโนโลยีสารสนเทศ โรงเรียนนำเมืองวิทยาคม",
    "บุคลากร โรงเรียน จำเมือง วิทยาคม ทุกคน",
]


@pytest.fixture(scope="module")
def seed() -> str:
    return FIXTURE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(seed):
    return parse_text(seed)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _problem(text: str) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        parse_text(text)
    return caught.value


# --- the fixture ------------------------------------------------------------------------------


def test_fixture_is_the_seed_byte_for_byte():
    if not SEED.exists():
        pytest.skip("the shared seed is not available here")
    assert FIXTURE.read_bytes() == SEED.read_bytes()
    assert not FIXTURE.read_bytes().endswith(b"\n")


# --- parsing the seed -------------------------------------------------------------------------


def test_ten_measures_numbered_one_to_ten_with_the_seed_names(doc):
    assert [m.number for m in doc.measures] == list(range(1, 11))
    assert [m.name for m in doc.measures] == NAMES


def test_typos_are_kept(doc):
    assert doc.measures[4].name == "มาตรการด้านการแก้ไขปัญหาคาทุจริต"
    assert "ความ โปร่งใส" in doc.measures[0].heading_tail
    assert doc.introduction.startswith("โรงเรียนำเมืองได้ดำเนินการ")


def test_heading_tails(doc):
    assert doc.measures[0].heading_tail == (
        "มีผลการดำเนินงานตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความ โปร่งใส ดังนี้"
    )
    assert doc.measures[3].heading_tail.startswith("โดยมีผลการดำเนินงาน")
    assert all(m.heading_tail.endswith("ดังนี้") for m in doc.measures)
    assert doc.measures[9].heading.startswith("๑๐. มาตรการด้านการป้องกันการทุจริต มีผล")


def test_each_measure_has_one_row(doc):
    assert [len(m.rows) for m in doc.measures] == [1] * 10


def test_measure_2_steps_are_four_paren_items(doc):
    steps = doc.measures[1].rows[0].steps
    assert steps.numbering is Numbering.PAREN
    assert steps.items == [
        "มีการจัดทำแผนงบประมาณที่สอดคล้องกับเป้าหมายที่ สำนักงานเขตพื้นที่การศึกษากำหนด และพันธกิจของโรงเรียน",
        "มีการเผยแพร่แผนงบประมาณผ่านทางเว็บไซต์ของ โรงเรียน",
        "มีการดำเนินงานตามแผนงบประมาณ ควบคุมติดตาม และรายงานทุกไตรมาส",
        "มีช่องทางรายงานและติดตามการรายงานแจ้งการใช้ งบประมาณไม่ถูกต้องตามกฎหมายระเบียบ"
        " หรือมีการทุจริตในการ ใช้จ่ายงบประมาณ",
    ]


def test_measure_3_summary_splits_dot_items(doc):
    row = doc.measures[2].rows[0]
    assert row.summary.numbering is Numbering.DOT
    assert row.summary.items == [
        "มีการจัดกิจกรรมเพื่อให้แต่ละงานชี้แจงแนวทางการประเมินผลการปฏิบัติงานประจำปี",
        "มีการประเมินผลการปฏิบัติงานประจำปีตามเกณฑ์การประเมินของสำนักงานเขตพื้นที่"
        "และรายงานผลการประเมินตามระบบขั้นตอนที่สำนักงานเขตพื้นที่กำหนด",
    ]
    assert row.steps.numbering is Numbering.NONE
    assert len(row.steps.items) == 1
    assert row.steps.items[0].endswith("(Pay for Performance)")


def test_measure_1_inline_items(doc):
    row = doc.measures[0].rows[0]
    assert row.steps.numbering is Numbering.PAREN
    assert row.steps.items == [
        "สร้างวัฒนธรรมการปฏิบัติหน้าที่อย่างมีคุณธรรม เท่าเทียม ไม่เรียกรับผลประโยชน์ และให้บริการอย่างมีคุณภาพ",
        "มีการติดตามวัดผลสถิติการให้บริการทุกไตรมาส",
        "มีการติดตามรายงานการเรียกได้รับผลประโยชน์ที่มาจาก การปฏิบัติหน้าที่ และมีการดำเนินการตอบสนองอย่างเหมาะสม",
    ]
    assert row.outcome.numbering is Numbering.PAREN
    assert row.outcome.items[0] == "มี คู่มือการปฏิบัติงานที่เป็นมาตรฐาน"


def test_numbered_paragraphs_in_measure_8_summary(doc):
    summary = doc.measures[7].rows[0].summary
    assert summary.numbering is Numbering.PAREN
    assert len(summary.items) == 2
    assert not any("<p>" in item or "</p>" in item for item in summary.items)


def test_responsible_as_written(doc):
    assert [m.rows[0].responsible for m in doc.measures] == RESPONSIBLE


def test_due(doc):
    assert {m.rows[0].due for m in doc.measures} == {"กันยายน ๒๕๖๖"}


def test_cover_title_period_and_introduction(doc):
    assert doc.cover_lines[0] == (
        "รายงานผลการดำเนินการ เพื่อส่งเสริมคุณธรรมและความโปร่งใส ภายในหน่วยงาน ปีพุทธศักราช 2566"
    )
    assert "ตัวชี้วัดย่อย 10.2" in doc.cover_lines
    assert "โรงเรียนกำแพงวิฑยาคม" in doc.cover_lines
    assert doc.cover_lines[-1] == "กระทรวงศึกษาธิการ"
    assert len(doc.cover_lines) == 8
    assert doc.title == ("รายงานผลการดำเนินการตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใส")
    assert doc.period_line == "ปีงบประมาณ ๒๕๖๖ (๑ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖)"
    assert doc.introduction.endswith("โดยแบ่งออกเป็น ๑๐ มาตรการ ตามตัวชี้วัด ดังตารางแนบ")
    assert doc.fiscal_year == 2566
    assert doc.column_headings == COLUMN_HEADINGS


def test_bom_and_crlf_read_the_same(seed, doc):
    assert parse_text("\ufeff" + seed.replace("\n", "\r\n")) == doc


# --- rendering --------------------------------------------------------------------------------


def test_round_trip_keeps_every_word(seed, doc):
    assert normalise(render_text(doc)) == normalise(seed)


def test_render_is_stable(doc):
    once = render_text(doc)
    assert render_text(parse_text(once)) == once


def test_render_layout(doc):
    text = render_text(doc)
    lines = text.split("\n")
    assert lines[0] == doc.cover_lines[0]
    assert "<p>" not in text
    assert "\n\n๑. มาตรการด้านการปฏิบัติหน้าที่ มีผล" in text
    assert "\n\n๑๐. มาตรการด้านการป้องกันการทุจริต มีผล" in text
    header = "\t".join(COLUMN_HEADINGS)
    assert text.count(header + "\n") == 10
    assert "๑) มีการจัดทำแผนงบประมาณที่สอดคล้อง" in text
    assert "\t๑. มีการจัดกิจกรรมเพื่อให้แต่ละงาน" in text
    rows = [line for line in lines if "\t" in line and line != header]
    assert len(rows) == 10
    assert all(line.count("\t") == 4 for line in rows)


def test_normalise():
    assert normalise("\n  <p>ก  ข</p>\t<p>ค</p>  \n\n\nง ") == "ก ข\tค\nง"


def test_stacked_thai_marks_survive():
    text = (
        "๑. มาตรการด้านน้ำปี่ มีผลการดำเนินงาน ดังนี้\n\n"
        + "\t".join(COLUMN_HEADINGS)
        + "\n๑) ตักน้ำ ๒) เป่าปี่\tครูญี่ปุ่น\t<p>น้ำใจ</p> <p>ปี่พาทย์</p>\tญี่ปุ่น  น้ำ\tกันยายน ๒๕๖๖"
    )
    doc = parse_text(text)
    row = doc.measures[0].rows[0]
    assert doc.measures[0].name == "มาตรการด้านน้ำปี่"
    assert row.steps.items == ["ตักน้ำ", "เป่าปี่"]
    assert row.responsible == "ครูญี่ปุ่น"
    assert row.summary.items == ["น้ำใจ", "ปี่พาทย์"]
    assert row.outcome.items == ["ญี่ปุ่น น้ำ"]
    rendered = render_text(doc)
    for word in ("น้ำปี่", "ตักน้ำ", "เป่าปี่", "ครูญี่ปุ่น", "ปี่พาทย์", "ญี่ปุ่น น้ำ"):
        assert word in rendered
    assert parse_text(rendered).measures[0].rows[0].steps == row.steps


# --- cells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items", "numbering"),
    [
        ("๑) ก ๒) ข ๓) ค", ["ก", "ข", "ค"], Numbering.PAREN),
        ("๑. ก ๒. ข", ["ก", "ข"], Numbering.DOT),
        ("1) a 2) b", ["a", "b"], Numbering.PAREN),
        ("๑) ก\n  ๒)   ข", ["ก", "ข"], Numbering.PAREN),
        # a number that does not continue the count stays in the item
        ("๑. ก ตามข้อ ๓. ของระเบียบ ๒. ข", ["ก ตามข้อ ๓. ของระเบียบ", "ข"], Numbering.DOT),
        # a marker not preceded by whitespace does not split
        ("๑) ก๒) ข", ["ก๒) ข"], Numbering.PAREN),
        # the other mark does not continue the sequence
        ("๑) ก ๒. ข", ["ก ๒. ข"], Numbering.PAREN),
        ("ตัวชี้วัดย่อย 10.2 ข้อ ๒. ก", ["ตัวชี้วัดย่อย 10.2 ข้อ ๒. ก"], Numbering.NONE),
        ("1.5 ล้านบาท", ["1.5 ล้านบาท"], Numbering.NONE),
        ("", [], Numbering.NONE),
    ],
)
def test_split_inline(text, items, numbering):
    assert split_inline(text) == Cell(items, numbering)


def test_split_cell_paragraphs():
    assert split_cell("<p>๑) ก</p> <p>๒) ข</p>") == Cell(["ก", "ข"], Numbering.PAREN)
    assert split_cell("<p>ก</p><p>ข</p>") == Cell(["ก", "ข"], Numbering.NONE)
    assert split_cell("<P class='x'>ก  ข</P>") == Cell(["ก ข"], Numbering.NONE)
    # numbers out of sequence are kept in the text
    assert split_cell("<p>๑) ก</p><p>๓) ข</p>") == Cell(["๑) ก", "๓) ข"], Numbering.NONE)
    # one paragraph with inline numbers is split inline
    assert split_cell("<p>๑. ก ๒. ข</p>") == Cell(["ก", "ข"], Numbering.DOT)


# --- layout variations --------------------------------------------------------------------------


def test_measure_without_data_rows_is_allowed(seed):
    lines = _lines(seed)
    del lines[39]  # measure 3's data row
    doc = parse_text("\n".join(lines))
    assert doc.measures[2].rows == []
    assert len(doc.measures[3].rows) == 1


def test_several_rows_and_a_different_five_cell_header(seed):
    lines = _lines(seed)
    lines[28] = "ขั้นตอน\tคนรับผิดชอบ\tสรุปผล\tผลลัพธ์\tกำหนดเสร็จ"
    lines.insert(30, "๑) ก ๒) ข\tครู\tทำแล้ว\tดี\tมีนาคม ๒๕๖๖")
    doc = parse_text("\n".join(lines))
    rows = doc.measures[0].rows
    assert len(rows) == 2
    assert rows[1].steps == Cell(["ก", "ข"], Numbering.PAREN)
    assert rows[1].due == "มีนาคม ๒๕๖๖"


def test_a_table_without_header_row_keeps_its_first_row(seed):
    lines = _lines(seed)
    del lines[28]  # measure 1's header row
    doc = parse_text("\n".join(lines))
    assert len(doc.measures[0].rows) == 1
    assert doc.measures[0].rows[0].due == "กันยายน ๒๕๖๖"


def test_arabic_digit_heading_and_no_tail():
    doc = parse_text("12. มาตรการด้านอื่นๆ\n" + "\t".join(COLUMN_HEADINGS))
    assert (doc.measures[0].number, doc.measures[0].name) == (12, "มาตรการด้านอื่นๆ")
    assert doc.measures[0].heading_tail == ""
    assert doc.measures[0].rows == []
    assert doc.cover_lines == []
    assert doc.title == ""


# --- errors -----------------------------------------------------------------------------------


def test_a_row_with_four_cells_names_its_line(seed):
    lines = _lines(seed)
    cells = lines[39].split("\t")
    lines[39] = "\t".join([cells[0], cells[1] + " " + cells[2], *cells[3:]])
    problem = _problem("\n".join(lines))
    assert problem.line == 40
    assert (problem.table, problem.row, problem.cell) == (None, None, None)
    assert str(problem).startswith(
        "บรรทัดที่ 40: แถวนี้มี 4 ช่อง ต้องมี 5 ช่อง (ขั้นตอน/วิธีการปฏิบัติ, ผู้รับผิดชอบ, "
        "สรุปผลการดำเนินการ, ผลลัพธ์, กำหนดการแล้วเสร็จ) คั่นด้วยแท็บ"
    )
    assert isinstance(problem, ValueError)


def test_a_header_row_with_four_cells_names_its_line(seed):
    lines = _lines(seed)
    lines[73] = lines[73].replace("\t", " ", 1)
    assert _problem("\n".join(lines)).line == 74


def test_a_row_with_six_cells_names_its_line(seed):
    lines = _lines(seed)
    lines[29] = lines[29].replace("\t", "\tเพิ่ม\t", 1)
    problem = _problem("\n".join(lines))
    assert problem.line == 30
    assert "มี 6 ช่อง" in problem.message


def test_trailing_empty_cells_are_tolerated(seed):
    lines = _lines(seed)
    lines[29] += "\t\t"
    assert parse_text("\n".join(lines)) == parse_text(seed)


def test_stray_text_between_tables_names_its_line(seed):
    lines = _lines(seed)
    lines.insert(40, "หมายเหตุ: ข้อความที่หลุดออกมานอกตาราง")
    problem = _problem("\n".join(lines))
    assert problem.line == 41
    assert "หมายเหตุ: ข้อความที่หลุดออกมานอกตาราง" in problem.message
    assert "นอกตาราง" in problem.message


def test_no_heading_means_not_a_report(seed):
    lines = [line for line in _lines(seed) if "มาตรการด้าน" not in line or "\t" in line]
    problem = _problem("\n".join(lines))
    assert problem.line is None
    assert "ไม่พบหัวข้อมาตรการ" in str(problem)
    assert "๑. มาตรการด้านการปฏิบัติหน้าที่" in str(problem)


def test_empty_text_is_not_a_report():
    assert "ไม่พบหัวข้อมาตรการ" in _problem("").message


def test_duplicate_measure_number_names_both_lines(seed):
    problem = _problem(seed.replace("๓. มาตรการด้านการใช้อำนาจ", "๒. มาตรการด้านการใช้อำนาจ"))
    assert problem.line == 37
    assert "บรรทัดที่ 32" in problem.message
    assert "ซ้ำ" in problem.message


def test_a_table_before_the_first_heading_names_its_line(seed):
    lines = _lines(seed)
    lines.insert(25, "\t".join(COLUMN_HEADINGS))
    problem = _problem("\n".join(lines))
    assert problem.line == 26
    assert "ก่อนหัวข้อมาตรการแรก" in problem.message


# --- ImportProblem ------------------------------------------------------------------------------


def test_import_problem_locations():
    assert str(ImportProblem("ผิด", line=3)) == "บรรทัดที่ 3: ผิด"
    assert str(ImportProblem("ผิด", table=3, row=2, cell=5)) == "ตารางที่ 3 แถวที่ 2 ช่องที่ 5: ผิด"
    assert str(ImportProblem("ผิด")) == "ผิด"
    copy = pickle.loads(pickle.dumps(ImportProblem("ผิด", table=1, row=2)))  # noqa: S301
    assert (copy.message, copy.table, copy.row, str(copy)) == ("ผิด", 1, 2, "ตารางที่ 1 แถวที่ 2: ผิด")
