"""Issue 11: measures documents are published through a preview and the director's approval;
a row with every field empty is refused; progress cannot be dated in the future."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.measures import actions
from prongsai.measures.models import MeasureRow, ProgressUpdate, Publication, PublishRequest
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(name, school, **kwargs):
    return reverse(f"measures:{name}", kwargs={"agency": school.slug, **kwargs})


def publish_through_the_director(officer_client, school, kind, year=2566):
    """The ITA officer sends the document; a director approves the preview."""
    officer_client.post(url("staff_publish", school, year=year), {"kind": kind})
    sent = PublishRequest.objects.get(plan__agency=school, kind=kind, status="pending")
    director = Client()
    login(director, member(school, Role.DIRECTOR))
    review = url("staff_publish_review", school, year=year, pk=sent.pk)
    director.post(review, {"decision": "approve", "confirm": "on"})
    return sent


@pytest.fixture
def officer_client(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    return client


@pytest.fixture
def director_client(school):
    director = Client()
    login(director, member(school, Role.DIRECTOR))
    return director


def test_sending_publishes_nothing_until_the_director_approves(
    officer_client, director_client, client, school, seed_plan
):
    response = officer_client.post(url("staff_publish", school, year=2566), {"kind": "plan"})
    sent = PublishRequest.objects.get()
    assert response.url == url("staff_publish_review", school, year=2566, pk=sent.pk)
    assert not Publication.objects.exists()
    assert client.get(url("public_report", school, year=2566)).status_code == 404
    # The officer cannot approve their own request.
    review = url("staff_publish_review", school, year=2566, pk=sent.pk)
    assert officer_client.post(review, {"decision": "approve", "confirm": "on"}).status_code == 403
    page = director_client.get(review)
    html = page.content.decode()
    assert "อนุมัติและเผยแพร่" in html
    assert seed_plan.measures.first().name in html  # the preview
    unconfirmed = director_client.post(review, {"decision": "approve"})
    assert unconfirmed.status_code == 302
    assert not Publication.objects.exists()
    director_client.post(review, {"decision": "approve", "confirm": "on"})
    sent.refresh_from_db()
    assert sent.status == "approved"
    assert sent.publication.version == 1
    assert sent.decided_by.memberships.filter(role=Role.DIRECTOR).exists()
    assert client.get(url("public_report", school, year=2566)).status_code == 200


def test_the_director_approves_what_was_previewed(
    officer_client, director_client, client, school, seed_plan
):
    officer_client.post(url("staff_publish", school, year=2566), {"kind": "plan"})
    sent = PublishRequest.objects.get()
    seed_plan.measures.filter(number=1).update(name="เปลี่ยนหลังส่งอนุมัติ")
    director_client.post(
        url("staff_publish_review", school, year=2566, pk=sent.pk),
        {"decision": "approve", "confirm": "on"},
    )
    public = client.get(url("public_report", school, year=2566)).content.decode()
    assert "เปลี่ยนหลังส่งอนุมัติ" not in public


def test_sending_back_needs_a_reason_the_officer_reads(
    officer_client, director_client, school, seed_plan
):
    officer_client.post(url("staff_publish", school, year=2566), {"kind": "plan"})
    sent = PublishRequest.objects.get()
    review = url("staff_publish_review", school, year=2566, pk=sent.pk)
    refused = director_client.post(review, {"decision": "return", "reason": ""})
    assert refused.status_code == 400
    sent.refresh_from_db()
    assert sent.status == "pending"
    director_client.post(review, {"decision": "return", "reason": "แก้ชื่อหน่วยงานในมาตรการที่ ๒"})
    sent.refresh_from_db()
    assert sent.status == "returned"
    plan_page = officer_client.get(url("staff_plan", school, year=2566)).content.decode()
    assert "แก้ชื่อหน่วยงานในมาตรการที่ ๒" in plan_page
    assert not Publication.objects.exists()


def test_the_same_document_waits_once(officer_client, school, seed_plan):
    officer_client.post(url("staff_publish", school, year=2566), {"kind": "plan"})
    officer_client.post(url("staff_publish", school, year=2566), {"kind": "plan"})
    assert PublishRequest.objects.count() == 1


def test_a_row_with_every_field_empty_is_refused(officer_client, school, seed_plan):
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    response = officer_client.post(
        url("staff_row_edit", school, year=2566, pk=row.pk),
        {"steps": "", "responsible_text": "", "summary": "", "outcome": "", "due_text": " "},
    )
    assert response.status_code == 200
    assert "ทุกช่องของแถวนี้ว่าง" in response.content.decode()
    row.refresh_from_db()
    assert row.steps


def test_a_plan_with_an_empty_row_is_not_sent(officer_client, school, seed_plan):
    measure = seed_plan.measures.get(number=2)
    actions.add_row(measure=measure)
    response = officer_client.post(
        url("staff_publish", school, year=2566), {"kind": "plan"}, follow=True
    )
    assert not PublishRequest.objects.exists()
    assert "ว่างทุกช่อง" in response.content.decode()


def test_progress_dated_in_the_future_is_refused(client, school, seed_plan):
    login(client, member(school, Role.ITA_OFFICER))
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    future = timezone.localdate() + timedelta(days=1)
    response = client.post(
        url("staff_progress", school, year=2566, pk=row.pk),
        {"happened_on": f"1/1/{2030 + 543}", "text": "ทำแล้ว"},
    )
    assert response.status_code == 200
    assert "หลังวันนี้" in response.context["form"].errors["happened_on"][0]
    assert not ProgressUpdate.objects.exists()
    with pytest.raises(actions.ValidationError):
        actions.record_progress(
            row=row, author=member(school, Role.STAFF), happened_on=future, text="ทำแล้ว"
        )
    ok = client.post(
        url("staff_progress", school, year=2566, pk=row.pk),
        {
            "happened_on": date.today().strftime("%d/%m/") + str(date.today().year + 543),
            "text": "ทำแล้ว",
        },
    )
    assert ok.status_code == 302
