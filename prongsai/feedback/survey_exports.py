"""A survey's answers as CSV or XLSX: one row per response (when, group, from paper), one column
per question (the score, the choices chosen, the text). Every text goes through
`exports.cells` (formulas neutralised). Two queries whatever the number of answers; the answers
are read in chunks."""

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.utils import timezone

from prongsai.exports.cells import csv_row, safe_xlsx_append
from prongsai.feedback import survey_queries
from prongsai.feedback.models import Survey, SurveyAnswer, SurveyQuestion

Kind = SurveyQuestion.Kind
FORMATS = ("csv", "xlsx")


def _headings(questions: list[SurveyQuestion]) -> list[str]:
    fixed = ["ลำดับ", "วันเวลาที่ตอบ", "กลุ่มผู้ตอบ", "ที่มา"]
    return fixed + [f"{index}. {question.text}" for index, question in enumerate(questions, 1)]


def _rows(survey: Survey, questions: list[SurveyQuestion]) -> Iterator[list[Any]]:
    column = {question.pk: index for index, question in enumerate(questions)}
    labels = {question.pk: question.choice_list for question in questions}
    answers = (
        SurveyAnswer.objects.filter(response__survey=survey)
        .order_by("response_id", "pk")
        .values_list(
            "response_id",
            "response__created_at",
            "response__group",
            "response__paper",
            "question_id",
            "rating",
            "choice",
            "text",
        )
        .iterator(chunk_size=2000)
    )
    current: int | None = None
    row: list[Any] = []
    number = 0
    for response_id, created, group, paper, question_id, rating, choice, text in answers:
        if response_id != current:
            if current is not None:
                yield row
            number += 1
            current = response_id
            when = timezone.localtime(created).strftime("%Y-%m-%d %H:%M")
            row = [number, when, group, "กระดาษ" if paper else "เว็บไซต์"] + [""] * len(questions)
        at = 4 + column[question_id]
        if rating is not None:
            row[at] = rating
        elif choice is not None:
            options = labels[question_id]
            label = options[choice] if choice < len(options) else str(choice)
            row[at] = f"{row[at]}; {label}" if row[at] else label
        else:
            row[at] = text
    if current is not None:
        yield row


def answers_csv(survey: Survey) -> bytes:
    questions = survey_queries.questions(survey_queries.sections(survey))
    out = io.StringIO()
    out.write("\ufeff")  # Excel reads UTF-8 Thai only with the byte-order mark
    writer = csv.writer(out)
    writer.writerow(csv_row(_headings(questions)))
    for row in _rows(survey, questions):
        writer.writerow(csv_row(row))
    return out.getvalue().encode("utf-8")


def answers_xlsx(survey: Survey) -> bytes:
    from openpyxl import Workbook

    questions = survey_queries.questions(survey_queries.sections(survey))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "คำตอบ"
    safe_xlsx_append(sheet, _headings(questions))
    for row in _rows(survey, questions):
        safe_xlsx_append(sheet, row)
    sheet.freeze_panes = "E2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
