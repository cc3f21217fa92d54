"""The measures plan and its results report answer the OIT items by their titles, in the lists
of every year and kind of agency (schools say สถานศึกษา where others say หน่วยงาน)."""

from prongsai.oit.generators import generator_for_title


def test_the_plan_answers_the_school_wording_too():
    assert generator_for_title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") == "measures_plan"
    assert generator_for_title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา") == "measures_plan"


def test_the_report_keeps_its_items():
    title = "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert generator_for_title(title) == "measures_report"
