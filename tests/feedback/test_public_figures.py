"""The public Q&A page's figures per month and per fiscal year beside the list, and its paging."""

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.feedback import actions, queries
from prongsai.feedback.models import Question
from tests.feedback.conftest import ask

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime(year, month, day, 10))


def answered(school, officer, asked, days_later, text="ถาม"):
    question = ask(school, text=text)
    Question.objects.filter(pk=question.pk).update(created_at=asked)
    question.refresh_from_db()
    actions.answer_question(
        question=question,
        answer="ตอบ",
        keep_private=False,
        actor=officer,
        now=asked + timedelta(days=days_later),
    )
    return question


def test_figures_by_month_of_the_fiscal_year(school, officer):
    answered(school, officer, at(2025, 10, 6), 1)  # Monday → Tuesday: 1 working day
    answered(school, officer, at(2025, 10, 7), 3)  # Tuesday → Friday: 3
    answered(school, officer, at(2025, 10, 8), 7)  # Wednesday → Wednesday: 4 (13 Oct is a holiday)
    waiting = ask(school, text="ยังไม่ตอบ")
    Question.objects.filter(pk=waiting.pk).update(created_at=at(2025, 12, 1))
    hidden = ask(school, text="สแปม")
    Question.objects.filter(pk=hidden.pk).update(created_at=at(2025, 12, 2))
    actions.hide_question(question=hidden, reason="สแปม")
    found = queries.figures(school, 2569, today=date(2026, 1, 15))
    assert (found.received, found.answered, found.median_days) == (4, 3, 3.0)
    months = dict(found.months)
    assert list(months) == ["ต.ค. 2568", "พ.ย. 2568", "ธ.ค. 2568", "ม.ค. 2569"]  # up to today
    october = months["ต.ค. 2568"]
    assert (october.received, october.answered, october.median_days) == (3, 3, 3.0)
    december = months["ธ.ค. 2568"]
    assert (december.received, december.answered, december.median_days) == (1, 0, None)


def test_the_page_shows_the_months_and_pages_the_answers(client, school, officer):
    for number in range(queries.PUBLIC_PAGE_SIZE + 1):
        answered(school, officer, timezone.now() - timedelta(days=1), 1, text=f"คำถามที่ {number}")
    url = reverse("feedback:public", kwargs={"agency": school.slug})
    first = client.get(url)
    assert "ตามเดือนที่ได้รับ" in first.text  # the monthly table's caption
    assert "page=2" in first.text
    assert len(first.context["page"].object_list) == queries.PUBLIC_PAGE_SIZE
    second = client.get(url + "?page=2")
    assert second.status_code == 200
    assert len(second.context["page"].object_list) == 1
    assert "คำถามที่ 0" in second.text  # the oldest on the last page
    assert client.get(url + "?page=99").status_code == 200  # the nearest page, not an error
    assert client.get(url + "?page=x").status_code == 200
