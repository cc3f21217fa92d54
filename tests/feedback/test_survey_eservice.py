"""Ratings collected by e-services count toward the survey tied to that service: through the
platform's registry (agencies.modules.service_ratings), only the tied services' requests
completed in the survey's period."""

from datetime import date, datetime, timedelta
from itertools import count

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.feedback import survey_queries
from prongsai.services.models import Request, Service
from tests.conftest import login
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db
_tracking = count(1)


def rated(service, completed: date, rating: int):
    at = timezone.make_aware(datetime(completed.year, completed.month, completed.day, 10))
    return Request.objects.create(
        agency=service.agency,
        service=service,
        tracking=f"FB{next(_tracking):08d}",
        status=Request.Status.DONE,
        requester_name="ผู้ขอรับบริการ",
        received_at=at - timedelta(days=1),
        due_at=at + timedelta(days=2),
        completed_at=at,
        rating=rating,
    )


@pytest.fixture
def transcript(school):
    return Service.objects.create(agency=school, name="ขอใบ ปพ.1")


def test_the_tied_services_ratings_count_toward_the_results(school, transcript):
    other = Service.objects.create(agency=school, name="ขอใช้สถานที่")
    survey = make_survey(
        school, template="service", opens_on=date(2026, 1, 1), closes_on=date(2026, 1, 31)
    )
    respond(survey, score=5, paper=True)
    rated(transcript, date(2026, 1, 10), 4)
    rated(transcript, date(2026, 1, 31), 2)
    rated(transcript, date(2026, 2, 1), 1)  # after the period
    rated(other, date(2026, 1, 10), 1)  # another service
    before = survey_queries.results(survey)
    assert before.eservice is None
    assert before.overall.mean == 5.0
    survey.services = [transcript.pk]
    survey.save()
    found = survey_queries.results(survey)
    assert found.eservice.n == 2
    assert found.eservice.mean == pytest.approx(3.0)
    items = found.overall.n - 2  # every rating answer of the one response, plus the two
    assert found.overall.mean == pytest.approx((5 * items + 4 + 2) / (items + 2))


def test_the_officer_ties_a_survey_to_a_service_and_the_analysis_says_so(
    client, school, transcript, officer
):
    survey = make_survey(
        school, template="service", opens_on=date(2026, 1, 1), closes_on=date(2026, 1, 31)
    )
    rated(transcript, date(2026, 1, 10), 5)
    login(client, officer)
    edit = reverse("feedback:survey_edit", kwargs={"agency": school.slug, "pk": survey.pk})
    page = client.get(edit)
    assert "ขอใบ ปพ.1" in page.text
    data = {
        "title": survey.title,
        "opens_on": "1/1/2569",
        "closes_on": "31/1/2569",
        "groups": "ผู้ปกครอง",
        "bands": "best",
        "method": "krejcie",
        "services": [str(transcript.pk)],
    }
    assert client.post(edit, data).status_code == 302
    survey.refresh_from_db()
    assert survey.services == [transcript.pk]
    detail = reverse("feedback:survey_detail", kwargs={"agency": school.slug, "pk": survey.pk})
    assert "e-service" in client.get(detail).text.lower() or "ออนไลน์" in client.get(detail).text
