"""The answers as CSV and XLSX: a row per response, a column per question, formulas neutralised,
two queries at one answer and at many."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from prongsai.feedback import survey_exports
from tests.conftest import login
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def test_csv_rows_and_formulas(school):
    survey = make_survey(school, template="service")
    respond(survey, score=5, text='=HYPERLINK("http://evil")')
    respond(survey, score=3, group="นักเรียน", paper=True)
    rows = list(csv.reader(io.StringIO(survey_exports.answers_csv(survey).decode("utf-8-sig"))))
    assert rows[0][:4] == ["ลำดับ", "วันเวลาที่ตอบ", "กลุ่มผู้ตอบ", "ที่มา"]
    assert rows[0][4].startswith("1. ขั้นตอนการให้บริการ")
    assert rows[1][2:5] == ["ผู้ปกครอง", "เว็บไซต์", "5"]
    assert rows[1][-1] == '\'=HYPERLINK("http://evil")'
    assert rows[2][2:5] == ["นักเรียน", "กระดาษ", "3"]
    assert len(rows) == 3


def test_xlsx_download_by_staff(client, school, officer, django_assert_max_num_queries):
    survey = make_survey(school)
    respond(survey, text="ดีมาก")
    login(client, officer)
    url = reverse(
        "feedback:survey_answers", kwargs={"agency": school.slug, "pk": survey.pk, "fmt": "xlsx"}
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(2, 5).value == 5
    assert sheet.cell(2, sheet.max_column).value == "ดีมาก"
    bad = url.replace("answers.xlsx", "answers.pdf")
    assert client.get(bad).status_code == 404
    for _ in range(30):
        respond(survey)
    with django_assert_max_num_queries(3):
        survey_exports.answers_xlsx(survey)
