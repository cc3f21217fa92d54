"""Issue 11: every staff home opens on the person's to-do list (waiting, overdue, this week),
each line a link that opens the thing; one provider per module."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.complaints import actions as complaint_actions
from prongsai.measures import actions as measure_actions
from prongsai.services import actions as service_actions
from tests.conftest import login
from tests.factories import member
from tests.measures.conftest import seed_document  # noqa: F401 -- a fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_plan(school, seed_document):  # noqa: F811
    return measure_actions.import_plan(
        agency=school, year=2566, document=seed_document, replace=False
    )


def home(client, school):
    return client.get(reverse("agencies:staff_home", kwargs={"agency": school.slug}))


def test_the_director_sees_what_waits_for_approval_before_the_menu(client, school, seed_plan):
    officer = member(school, Role.ITA_OFFICER)
    sent = measure_actions.submit_for_approval(plan=seed_plan, kind="plan", by=officer)
    login(client, member(school, Role.DIRECTOR))
    response = home(client, school)
    html = response.content.decode()
    review = reverse(
        "measures:staff_publish_review", kwargs={"agency": school.slug, "year": 2566, "pk": sent.pk}
    )
    assert f'href="{review}"' in html
    assert html.index("รายการที่ต้องทำ") < html.index('class="cards"')
    assert client.get(review).status_code == 200


def test_the_complaint_officer_sees_new_and_overdue_cases(client, school):
    today = timezone.localdate()
    old, _receipt = complaint_actions.file_complaint(
        agency=school,
        data=complaint_actions.NewComplaint(category="other", what_happened="เรื่องเก่ายาวพอสมควร"),
        today=today - timedelta(days=40),
    )
    new, _receipt = complaint_actions.file_complaint(
        agency=school,
        data=complaint_actions.NewComplaint(category="other", what_happened="เรื่องใหม่ยาวพอสมควร"),
    )
    login(client, member(school, Role.COMPLAINT_OFFICER))
    groups = {group: rows for group, _title, rows in home(client, school).context["groups"]}
    assert [row.label for row in groups["overdue"]] == [f"รับเรื่อง {old.reference} ไว้ดำเนินการ"]
    assert any(new.reference in row.label for row in groups["waiting"])
    assert "What happened" not in str(groups)


def test_an_eservice_request_assigned_to_me_is_listed(client, school):
    service = service_actions.create_from_template(agency=school, key="transcript")
    filed = service_actions.submit_request(
        service=service,
        requester=service_actions.Requester("ผู้ขอ", "a@example.com"),
        answers={},
        files={},
    )
    clerk = member(school, Role.STAFF)
    service_actions.assign_request(request=filed, to=clerk)
    login(client, clerk)
    html = home(client, school).content.decode()
    assert filed.tracking in html
    assert reverse("services:staff_request", kwargs={"agency": school.slug, "pk": filed.pk}) in html


def test_nothing_to_do_says_so(client, school):
    login(client, member(school, Role.STAFF))
    assert "ไม่มีงานที่รอคุณ" in home(client, school).content.decode()
