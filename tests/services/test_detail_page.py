"""A service's public page: each step said once on a phone, durations in natural Thai units."""

import pytest
from django.urls import reverse

from prongsai.services.models import Service, Step

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(school) -> Service:
    service = Service.objects.create(agency=school, name="ขอใบรับรองผลการเรียน", promised_days=3)
    Step.objects.create(service=service, order=1, title="ยื่นคำขอ", responsible="ธุรการ", minutes=150)
    Step.objects.create(
        service=service, order=2, title="ตรวจและลงนาม", responsible="ผอ.", minutes=1440
    )
    return service


def page(client, service: Service) -> str:
    url = reverse("services:detail", kwargs={"agency": service.agency.slug, "pk": service.pk})
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_durations_are_said_in_days_hours_and_minutes(client, service):
    body = page(client, service)
    assert "1 วัน" in body
    assert "2 ชั่วโมง 30 นาที" in body
    assert "1 วัน 2 ชั่วโมง 30 นาที" in body  # the total of the steps
    assert "1440" not in body
    assert "1590" not in body
    assert "นาที" not in body.split("ตรวจและลงนาม")[1].split("</li>")[0]


def test_the_step_table_is_for_wide_screens_only(client, service):
    """The flow lists every step; the table that repeats it is hidden on a phone (CSS)."""
    body = page(client, service)
    table_start = body.index("<table")
    assert "hide-on-phone" in body[body.rindex("<div", 0, table_start) : table_start]
