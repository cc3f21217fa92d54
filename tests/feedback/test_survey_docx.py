"""The satisfaction report as DOCX beside its PDF: Thai, Sarabun, the report's structure and
the improvement plan; only once the survey closed."""

import io
from datetime import date

import pytest
from django.urls import reverse

from prongsai.feedback import plan_actions
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def test_the_report_as_docx(client, school):
    survey = make_survey(
        school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28), population=120
    )
    for score in (5, 4, 4):
        respond(survey, score=score, text="ขอที่จอดรถเพิ่ม", paper=True)
    plan_actions.save_action(
        survey=survey,
        action=None,
        title="จัดที่จอดรถผู้ปกครอง",
        detail="",
        themes=[],
        unit=None,
        owner="ครูเวร",
        due_on=date(2024, 3, 31),
    )
    kwargs = {"agency": school.slug, "pk": survey.pk}
    report = client.get(reverse("feedback:survey_results", kwargs=kwargs))
    assert reverse("feedback:survey_report_docx", kwargs=kwargs) in report.text
    response = client.get(reverse("feedback:survey_report_docx", kwargs=kwargs))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    from docx import Document

    document = Document(io.BytesIO(response.content))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts[0] == "รายงานผลการสำรวจความพึงพอใจ"
    for heading in ("๑. วัตถุประสงค์", "๒. ประชากรและกลุ่มตัวอย่าง", "๕. ผลการสำรวจ", "๗. สรุปผล"):
        assert heading in texts
    assert any("ประชากร ๑๒๐ คน" in text and "มีผู้ตอบ ๓ คน" in text for text in texts)
    assert any("ปีงบประมาณ พ.ศ. ๒๕๖๗" in text for text in texts)  # the plan follows
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "จัดที่จอดรถผู้ปกครอง" in cells
    assert "๔.๓๓" in cells  # the overall part mean, in Thai digits
    run = document.paragraphs[0].runs[0]._r
    assert 'w:cs="TH Sarabun New"' in run.xml


def test_no_docx_before_the_survey_closes(client, school):
    survey = make_survey(school)
    url = reverse("feedback:survey_report_docx", kwargs={"agency": school.slug, "pk": survey.pk})
    assert client.get(url).status_code == 404
