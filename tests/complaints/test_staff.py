from datetime import date, timedelta

import pytest
from auditlog.models import LogEntry
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.complaints import actions
from prongsai.complaints.access import settings_for
from prongsai.complaints.models import Complaint
from tests.complaints.conftest import SECRET_TEXT
from tests.conftest import login
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db


def detail(school, complaint):
    return reverse("complaints:staff_detail", kwargs={"agency": school.slug, "pk": complaint.pk})


def act(school, complaint, action):
    """The URL of one action of the case page."""
    return reverse(f"complaints:staff_{action}", kwargs={"agency": school.slug, "pk": complaint.pk})


def test_the_complaint_officer_reads_the_case_and_the_read_is_logged(client, school, filed):
    complaint, _receipt = filed
    officer = member(school, Role.COMPLAINT_OFFICER)
    login(client, officer)
    html = client.get(detail(school, complaint)).content.decode()
    assert SECRET_TEXT in html
    assert "หลักฐาน.pdf" in html
    logged = LogEntry.objects.filter(action=LogEntry.Action.ACCESS, actor=officer)
    assert logged.count() == 1
    assert logged.get().object_pk == str(complaint.pk)


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.ITA_OFFICER])
def test_director_and_ita_officer_see_deadlines_but_not_content(client, school, filed, role):
    complaint, _receipt = filed
    login(client, member(school, role))
    listing = client.get(reverse("complaints:staff_list", kwargs={"agency": school.slug}))
    assert complaint.reference in listing.content.decode()
    html = client.get(detail(school, complaint)).content.decode()
    assert SECRET_TEXT not in html
    assert "reporter@example.com" not in html
    assert client.post(act(school, complaint, "acknowledge"), {}).status_code == 403


def test_the_agency_may_grant_the_director_read_access(client, school, filed):
    complaint, _receipt = filed
    options = settings_for(school.pk)
    options.director_reads_content = True
    options.save()
    login(client, member(school, Role.DIRECTOR))
    assert SECRET_TEXT in client.get(detail(school, complaint)).content.decode()


@pytest.mark.parametrize("who", ["supervisor", "site_admin", "staff"])
def test_supervisors_site_admins_and_staff_never_see_cases(client, office, school, filed, who):
    complaint, _receipt = filed
    if who == "supervisor":
        user = member(office, Role.SUPERVISOR)
    elif who == "site_admin":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = member(school, Role.STAFF)
    login(client, user)
    response = client.get(detail(school, complaint))
    assert response.status_code == 403
    assert SECRET_TEXT not in response.content.decode()


def test_an_excluded_officer_loses_the_case(client, school, filed):
    complaint, _receipt = filed
    named = member(school, Role.COMPLAINT_OFFICER)
    other = member(school, Role.COMPLAINT_OFFICER)
    login(client, other)
    client.post(
        act(school, complaint, "exclude"),
        {
            "exclude-person": named.pk,
            "exclude-reason": "ถูกระบุชื่อในเรื่อง",
            "exclude-confirm": "on",
        },
    )
    client.logout()
    login(client, named)
    assert client.get(detail(school, complaint)).status_code == 404
    listing = client.get(reverse("complaints:staff_list", kwargs={"agency": school.slug}))
    assert complaint.reference not in listing.content.decode()


def test_handling_flow_acknowledge_message_close(client, school, filed):
    complaint, receipt = filed
    officer = member(school, Role.COMPLAINT_OFFICER)
    login(client, officer)
    client.post(act(school, complaint, "acknowledge"), {})
    client.post(act(school, complaint, "message"), {"message-body": "กำลังตรวจสอบ"})
    client.post(act(school, complaint, "note"), {"note-body": "สอบถามฝ่ายการเงินแล้ว"})
    refused = client.post(
        act(school, complaint, "close"),
        {"close-outcome": "substantiated", "close-confirm": "on"},
    )
    assert refused.status_code == 400
    assert refused.context["action_forms"]["close"].errors["reason"]  # told why; still open
    complaint.refresh_from_db()
    assert complaint.status != Complaint.Status.CLOSED
    client.post(
        act(school, complaint, "close"),
        {
            "close-outcome": "referred",
            "close-reason": "ส่งต่อ สพม. พะเยา",
            "close-confirm": "on",
        },
    )
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.CLOSED
    assert complaint.outcome == Complaint.Outcome.REFERRED
    assert complaint.acknowledged_on is not None
    assert [m.direction for m in complaint.messages.all()] == ["to_reporter", "note", "note"]
    assert actions.find_by_receipt(receipt).status == "closed"


def test_overdue_cases_are_flagged_and_reminders_go_to_officer_and_director(
    client, school, filed, django_capture_on_commit_callbacks
):
    complaint, _receipt = filed
    Complaint.objects.filter(pk=complaint.pk).update(
        acknowledge_due=date.today() - timedelta(days=1)
    )
    officer = member(school, Role.COMPLAINT_OFFICER)
    director = member(school, Role.DIRECTOR)
    login(client, officer)
    listing = client.get(reverse("complaints:staff_list", kwargs={"agency": school.slug}))
    assert listing.context["counts"]["overdue"] == 1
    assert listing.context["rows"][0]["late_ack"] is True
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the outbox sends after commit
        call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115 -- quiet
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {officer.email, director.email}
    assert complaint.reference in mail.outbox[0].body
    assert SECRET_TEXT not in mail.outbox[0].body


def test_settings_director_access_only_by_site_admin(client, school):
    officer = member(school, Role.COMPLAINT_OFFICER)
    login(client, officer)
    url = reverse("complaints:staff_settings", kwargs={"agency": school.slug})
    client.post(
        url,
        {
            "acknowledge_days": 7,
            "result_days": 30,
            "retention_years": 3,
            "director_reads_content": "on",
        },
    )
    options = settings_for(school.pk)
    assert options.acknowledge_days == 7
    assert options.director_reads_content is False


def test_new_cases_use_the_configured_deadline(school):
    options = settings_for(school.pk)
    options.acknowledge_days = 3
    options.save()
    complaint, _receipt = actions.file_complaint(
        agency=school,
        data=actions.NewComplaint(category="service", what_happened="บริการล่าช้ามาก"),
        today=date(2026, 11, 25),
    )
    assert complaint.acknowledge_due == date(2026, 11, 28)
    assert complaint.reference == "2570-0001"


def test_case_list_query_count_is_bounded(client, school, django_assert_max_num_queries):
    login(client, member(school, Role.COMPLAINT_OFFICER))
    url = reverse("complaints:staff_list", kwargs={"agency": school.slug})
    actions.file_complaint(
        agency=school, data=actions.NewComplaint(category="other", what_happened="เรื่องที่หนึ่งยาวพอ")
    )
    with django_assert_max_num_queries(20) as one:
        client.get(url)
    for index in range(5):
        actions.file_complaint(
            agency=school,
            data=actions.NewComplaint(category="other", what_happened=f"เรื่องที่ {index} ยาวพอสมควร"),
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(client.get(url).context["rows"]) == 6
