"""Review requests: within the set number of days after the result, once; the director answers;
shown on the person's page and counted in the round's reports."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from prongsai.evaluation import actions, queries, review_actions
from prongsai.evaluation.models import EvaluationSettings, ReviewRequest
from tests.conftest import login
from tests.evaluation.helpers import open_round, through_scoring

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(school):
    found, who = open_round(school)
    item = through_scoring(found, who, 3)
    return found, who, item


def test_a_review_is_asked_within_the_days(scored):
    found, _who, item = scored
    EvaluationSettings.objects.update_or_create(agency=found.agency, defaults={"review_days": 7})
    given = timezone.localdate(item.assessed_at)
    assert review_actions.review_deadline(item) == given + timedelta(days=6)
    with pytest.raises(ValidationError, match="2"):  # the deadline is told
        review_actions.request_review(
            assessment=item, reason="ตัวชี้วัด 1.3", today=given + timedelta(days=7)
        )
    with pytest.raises(ValidationError):
        review_actions.request_review(assessment=item, reason=" ", today=given)
    review_actions.request_review(assessment=item, reason="ตัวชี้วัด 1.3", today=given)
    with pytest.raises(ValidationError):
        review_actions.request_review(assessment=item, reason="อีกครั้ง", today=given)


def test_the_director_answers_and_a_changed_result_takes_its_level(scored):
    found, who, item = scored
    review = review_actions.request_review(assessment=item, reason="ตัวชี้วัด 1.3")
    assert item.total == Decimal("73.50")
    with pytest.raises(ValidationError):
        review_actions.answer_review(
            review=review, by=who["director"], outcome="changed", answer="แก้", new_total=None
        )
    review_actions.answer_review(
        review=review,
        by=who["director"],
        outcome=ReviewRequest.Outcome.CHANGED,
        answer="พิจารณาหลักฐานเพิ่มแล้ว",
        new_total=Decimal("80"),
    )
    item.refresh_from_db()
    review.refresh_from_db()
    assert item.total == Decimal("80.00")
    assert item.result == "very_good"
    assert review.old_total == Decimal("73.50")
    assert queries.review_counts(found) == {"requested": 1, "kept": 0, "changed": 1, "waiting": 0}


def test_the_person_asks_on_their_page_and_reads_the_answer(client, scored):
    found, who, item = scored
    mine = reverse("evaluation:mine", kwargs={"agency": found.agency.slug, "pk": found.pk})
    ask = reverse("evaluation:request_review", kwargs={"agency": found.agency.slug, "pk": found.pk})
    login(client, who["teacher"])
    assert ask in client.get(mine).content.decode()
    refused = client.post(ask, {"reason": ""})
    assert refused.status_code == 200
    assert "กรุณา" in refused.content.decode() or "reviewed" in refused.content.decode()
    assert client.post(ask, {"reason": "ตัวชี้วัด 1.3 มีหลักฐานแล้ว"}).status_code == 302
    assert "ตัวชี้วัด 1.3 มีหลักฐานแล้ว" in client.get(mine).content.decode()
    login(client, who["director"])
    answer = reverse(
        "evaluation:answer_review", kwargs={"agency": found.agency.slug, "pk": item.pk}
    )
    response = client.post(answer, {"outcome": "kept", "answer": "ผลเดิมถูกต้อง", "new_total": ""})
    assert response.status_code == 302
    login(client, who["teacher"])
    assert "ผลเดิมถูกต้อง" in client.get(mine).content.decode()
    actions.close_round(round_=found)
    (report,) = queries.year_results(found.agency, found.year)
    assert report["reviews"]["kept"] == 1
