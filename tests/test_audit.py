import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from prongsai.agencies.models import Membership
from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_changes_through_the_back_office_record_who_and_what(client, school):
    director = member(school, Role.DIRECTOR)
    login(client, director)
    client.post(
        reverse("agencies:staff_agency_edit", kwargs={"agency": school.slug}),
        {
            "name_th": "โรงเรียนชื่อใหม่",
            "slug": school.slug,
            "kind": "school",
            "parent": school.parent_id,
        },
    )
    entry = LogEntry.objects.get_for_object(school).latest("timestamp")
    assert entry.actor == director
    assert entry.changes_dict["name_th"] == ["โรงเรียนของเรา", "โรงเรียนชื่อใหม่"]
    assert entry.remote_addr is None  # no IP addresses in the audit log


def test_role_changes_are_audited(client, school):
    director = member(school, Role.DIRECTOR)
    person = member(school, Role.STAFF)
    login(client, director)
    client.post(
        reverse("agencies:staff_person_remove", kwargs={"agency": school.slug, "pk": person.pk})
    )
    deleted = LogEntry.objects.filter(
        content_type__model="membership", action=LogEntry.Action.DELETE, actor=director
    )
    assert deleted.count() == 1
    assert not Membership.objects.filter(user=person).exists()
