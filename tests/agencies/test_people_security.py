"""Finding 1 of issue 10: a director must not be able to take over accounts.

Each variant that was reproduced against the demo is a test here.
"""

import re

import pytest
from django.core import mail
from django.urls import reverse

from prongsai.accounts.models import User
from prongsai.agencies.models import Invitation, Membership
from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import PASSWORD, UserFactory, member

pytestmark = pytest.mark.django_db


def url(agency, name="staff_people", **kwargs):
    return reverse(f"agencies:{name}", kwargs={"agency": agency.slug, **kwargs})


@pytest.fixture
def director(school):
    return member(school, Role.DIRECTOR, username="director")


@pytest.fixture
def director_client(client, director):
    login(client, director)
    return client


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client


@pytest.fixture
def admin(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


def add(client, agency, **fields):
    data = {"first_name": "ทดสอบ", "roles": [Role.STAFF], **fields}
    return client.post(url(agency, "staff_person_new"), data, follow=True)


def test_director_cannot_attach_the_site_administrator_by_username(director_client, school, admin):
    response = add(director_client, school, username="admin")
    assert response.status_code == 200
    assert not Membership.objects.filter(user=admin).exists()
    admin.refresh_from_db()
    assert admin.check_password(PASSWORD)


def test_director_cannot_attach_the_site_administrator_by_email(director_client, school, admin):
    response = add(director_client, school, username="x1", email=admin.email)
    assert not Membership.objects.filter(user=admin).exists()
    assert not Invitation.objects.filter(user=admin).exists()
    assert "ผู้ดูแลระบบ" in response.content.decode()


def test_adding_by_username_alone_says_the_same_whether_it_exists(director_client, school, admin):
    exists = add(director_client, school, username="admin").context["form"].errors
    missing = add(director_client, school, username="nobody-here").context["form"].errors
    assert exists == missing
    assert "email" in exists  # the e-mail address is what identifies a person
    assert not Membership.objects.filter(user=admin).exists()
    assert not Invitation.objects.exists()


def test_director_cannot_set_the_password_or_email_of_a_person_here(
    director_client, school, director
):
    officer = member(school, Role.COMPLAINT_OFFICER, username="officer")
    director_client.post(
        url(school, "staff_person_edit", pk=officer.pk),
        {
            "first_name": "เปลี่ยนชื่อ",
            "email": "attacker@example.com",
            "password": "Taken-Over-2569!",
            "roles": [Role.COMPLAINT_OFFICER],
        },
    )
    officer.refresh_from_db()
    assert officer.check_password(PASSWORD)
    assert officer.email == "officer@example.com"
    assert officer.first_name == "เปลี่ยนชื่อ"  # names of people only here stay editable


def test_the_person_form_has_no_password_or_email_for_an_existing_person(director_client, school):
    person = member(school, Role.STAFF)
    html = director_client.get(url(school, "staff_person_edit", pk=person.pk)).content.decode()
    assert 'name="password"' not in html
    assert 'name="email"' not in html


def test_director_cannot_grant_themselves_a_role(director_client, school, director):
    response = director_client.post(
        url(school, "staff_person_edit", pk=director.pk),
        {"first_name": "ผอ", "roles": [Role.DIRECTOR, Role.COMPLAINT_OFFICER]},
    )
    assert response.status_code in (200, 403)
    assert set(
        Membership.objects.filter(user=director, agency=school).values_list("role", flat=True)
    ) == {Role.DIRECTOR}
    assert "บทบาทของตนเอง" in response.content.decode()


def test_director_cannot_add_themselves_again_with_more_roles(director_client, school, director):
    add(
        director_client,
        school,
        username="director",
        email=director.email,
        roles=[Role.COMPLAINT_OFFICER],
    )
    assert set(
        Membership.objects.filter(user=director, agency=school).values_list("role", flat=True)
    ) == {Role.DIRECTOR}


def test_a_superuser_with_a_membership_is_not_editable_from_the_agency(
    director_client, school, admin
):
    Membership.objects.create(user=admin, agency=school, role=Role.STAFF)
    edit = director_client.post(
        url(school, "staff_person_edit", pk=admin.pk),
        {"first_name": "x", "roles": [Role.STAFF, Role.DIRECTOR]},
    )
    assert edit.status_code == 404
    remove = director_client.post(url(school, "staff_person_remove", pk=admin.pk))
    assert remove.status_code == 404
    assert list(Membership.objects.filter(user=admin).values_list("role", flat=True)) == ["staff"]
    people = director_client.get(url(school)).content.decode()
    assert url(school, "staff_person_edit", pk=admin.pk) not in people


def test_existing_account_joins_only_by_accepting_the_invitation(
    director_client, client_factory, school, office, django_capture_on_commit_callbacks
):
    supervisor = member(office, Role.SUPERVISOR, username="supervisor")
    with django_capture_on_commit_callbacks(execute=True):
        response = add(director_client, school, username="ignored", email=supervisor.email)
    assert "supervisor@example.com" in response.content.decode()  # shown as pending
    assert not Membership.objects.filter(user=supervisor, agency=school).exists()
    assert not User.objects.filter(username="ignored").exists()
    invitation = Invitation.objects.get(user=supervisor, agency=school)
    assert invitation.roles == [Role.STAFF]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [supervisor.email]
    link = re.search(r"https?://[^/\s]+(/staff/invitations/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    # The token is not stored as such.
    assert link.group(1).split("/")[-2] not in invitation.token_hash

    # The members API does not show them yet.
    from rest_framework.authtoken.models import Token

    director = User.objects.get(username="director")
    token = Token.objects.create(user=director)
    listed = director_client.get(
        url(school).replace(f"/{school.slug}/staff/people/", f"/api/v1/agencies/{school.slug}/")
        + "members/",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    ).json()
    assert "supervisor" not in {row["username"] for row in listed["results"]}

    # Someone else signed in cannot use the link.
    stranger_client = client_factory()
    login(stranger_client, member(school, Role.STAFF))
    assert stranger_client.get(link.group(1)).status_code == 404
    assert stranger_client.post(link.group(1), {"accept": "1"}).status_code == 404

    owner_client = client_factory()
    login(owner_client, supervisor)
    page = owner_client.get(link.group(1))
    assert school.name_th in page.content.decode()
    owner_client.post(link.group(1), {"accept": "1"})
    assert list(
        Membership.objects.filter(user=supervisor, agency=school).values_list("role", flat=True)
    ) == [Role.STAFF]
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    # A link works once.
    assert owner_client.post(link.group(1), {"accept": "1"}).status_code == 404


def test_director_cancels_a_pending_invitation(director_client, school, office):
    supervisor = member(office, Role.SUPERVISOR, username="supervisor")
    add(director_client, school, email=supervisor.email)
    invitation = Invitation.objects.get(user=supervisor)
    director_client.post(url(school, "staff_invitation_cancel", pk=invitation.pk))
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.CANCELLED


def test_people_import_invites_existing_accounts(
    director_client, school, office, admin, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    supervisor = member(office, Role.SUPERVISOR, username="supervisor")
    sheet = (
        "username,first_name,email,roles\n"
        f"supervisor,ก,{supervisor.email},staff\n"
        "newbie,ข,newbie@example.com,staff\n"
    )
    preview = director_client.post(
        url(school, "staff_people_import"),
        {"sheet": SimpleUploadedFile("p.csv", sheet.encode())},
    )
    token = preview.context["token"]
    assert token
    director_client.post(url(school, "staff_people_import"), {"token": token, "confirm": "1"})
    assert not Membership.objects.filter(user=supervisor, agency=school).exists()
    assert Invitation.objects.filter(user=supervisor, agency=school).exists()
    assert Membership.objects.filter(user__username="newbie", agency=school).exists()

    bad = "username,first_name,email,roles\nadmin,ก,,staff\n"
    preview = director_client.post(
        url(school, "staff_people_import"), {"sheet": SimpleUploadedFile("p.csv", bad.encode())}
    )
    assert not Membership.objects.filter(user=admin).exists()
    assert preview.context["token"] == ""


def test_granting_complaint_officer_is_mailed_to_the_person_and_site_admins(
    director_client, school, admin, django_capture_on_commit_callbacks
):
    person = member(school, Role.STAFF, username="teacher")
    with django_capture_on_commit_callbacks(execute=True):
        director_client.post(
            url(school, "staff_person_edit", pk=person.pk),
            {"first_name": "ครู", "roles": [Role.STAFF, Role.COMPLAINT_OFFICER]},
        )
    assert Membership.objects.filter(user=person, role=Role.COMPLAINT_OFFICER).exists()
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([person.email, admin.email])

    from auditlog.models import LogEntry

    granted = Membership.objects.get(user=person, role=Role.COMPLAINT_OFFICER)
    entry = LogEntry.objects.get_for_object(granted).get(action=LogEntry.Action.CREATE)
    assert entry.actor.username == "director"


def test_members_api_hides_emails_of_people_who_belong_elsewhere_too(client, school, office):
    director = member(school, Role.DIRECTOR)
    shared = member(office, Role.SUPERVISOR, username="shared")
    Membership.objects.create(user=shared, agency=school, role=Role.STAFF)
    only_here = member(school, Role.STAFF, username="onlyhere")
    client.force_login(director)
    rows = {
        row["username"]: row
        for row in client.get(f"/api/v1/agencies/{school.slug}/members/").json()["results"]
    }
    assert rows["shared"]["email"] == ""
    assert rows["onlyhere"]["email"] == only_here.email
    assert client.get(f"/api/v1/agencies/{school.slug}/members/?username=admin").json() == (
        client.get(f"/api/v1/agencies/{school.slug}/members/").json()
    )


def test_site_admin_granting_complaint_content_to_the_director_is_mailed_and_audited(
    client, school, director, admin, django_capture_on_commit_callbacks
):
    from auditlog.models import LogEntry

    from prongsai.complaints.access import settings_for

    login(client, admin)
    url_settings = reverse("complaints:staff_settings", kwargs={"agency": school.slug})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url_settings,
            {
                "acknowledge_days": 3,
                "result_days": 30,
                "retention_years": 5,
                "director_reads_content": "on",
            },
        )
    options = settings_for(school.pk)
    assert options.director_reads_content
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([director.email, admin.email])
    entry = LogEntry.objects.get_for_object(options).filter(action=LogEntry.Action.UPDATE).first()
    assert entry is not None
    assert entry.actor == admin


def test_complaint_officer_given_in_django_admin_is_mailed_too(
    client, school, admin, django_capture_on_commit_callbacks
):
    person = member(school, Role.STAFF, username="teacher")
    login(client, admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:agencies_membership_add"),
            {"user": person.pk, "agency": school.pk, "role": Role.COMPLAINT_OFFICER},
        )
    assert response.status_code == 302
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([person.email, admin.email])


@pytest.mark.parametrize(
    "name", ["โรงเรียน\nBcc: x@evil.example", "โรงเรียน\r\nSubject: x", "โรงเรียน\u2028ใหม่"]
)
def test_agency_name_with_control_characters_is_refused_in_thai(director_client, school, name):
    response = director_client.post(
        reverse("agencies:staff_agency_edit", kwargs={"agency": school.slug}),
        {"name_th": name, "slug": school.slug, "kind": school.kind},
    )
    assert response.status_code == 200
    assert "บรรทัดเดียว" in " ".join(response.context["form"].errors["name_th"])
    school.refresh_from_db()
    assert school.name_th == "โรงเรียนของเรา"


def test_the_agency_action_refuses_control_characters_whatever_the_caller(school):
    from django.core.exceptions import ValidationError

    from prongsai.agencies.actions import save_agency

    school.name_th = "โรงเรียน\x0bของเรา"
    with pytest.raises(ValidationError):
        save_agency(agency=school)


def test_a_look_alike_full_width_username_is_refused(director_client, school, admin):
    """The reviewer's variant: "Ａｄｍｉｎ" passed the case-insensitive check and was stored as
    "Admin" beside "admin"."""
    response = add(director_client, school, username="Ａｄｍｉｎ", email="lookalike@example.com")
    assert response.context["form"].errors["username"]
    assert User.objects.filter(username__iexact="admin").count() == 1


def test_the_action_refuses_a_look_alike_username_whatever_the_caller(school, director):
    from django.core.exceptions import ValidationError

    from prongsai.agencies import actions

    data = actions.PersonData(
        email="lookalike@example.com",
        username="Ａｄｍｉｎ",
        title="",
        first_name="ปลอม",
        last_name="",
        phone="",
        roles=[Role.STAFF],
        unit=None,
        position="",
    )
    with pytest.raises(ValidationError):
        actions.add_person(agency=school, data=data, by=director)
    assert not User.objects.filter(email="lookalike@example.com").exists()
