"""The measures gates: another agency's object → 404, nothing published → 404, a person who may
look but not act → 403, the allowed person → the object."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.measures import access, actions
from prongsai.measures.models import MeasureRow, PublishRequest
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db

YEAR = 2566


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


@pytest.fixture
def row(seed_plan):
    return MeasureRow.objects.filter(measure__plan=seed_plan).order_by("pk").first()


@pytest.fixture
def officer(school):
    return member(school, Role.ITA_OFFICER)


def test_plan_gate(school, other_school, seed_plan, officer):
    assert access.get_plan_for_staff(staff_request(school, officer), YEAR, act=True) == seed_plan
    staff = staff_request(school, member(school, Role.STAFF))
    assert access.get_plan_for_staff(staff, YEAR) == seed_plan
    with pytest.raises(PermissionDenied):
        access.get_plan_for_staff(staff, YEAR, act=True)
    with pytest.raises(Http404):  # a year without a plan
        access.get_plan_for_staff(staff_request(school, officer), YEAR + 1)
    with pytest.raises(Http404):  # the other school has no plan of that year
        access.get_plan_for_staff(
            staff_request(other_school, member(other_school, "ita_officer")), YEAR
        )


def test_measure_and_row_gates(school, other_school, seed_plan, row, officer):
    measure = row.measure
    mine = staff_request(school, officer)
    assert access.get_measure_for_staff(mine, YEAR, measure.pk, act=True) == measure
    assert access.get_row_for_staff(mine, YEAR, row.pk, act=True) == row
    with pytest.raises(Http404):  # the right row, the wrong year
        access.get_row_for_staff(mine, YEAR + 1, row.pk)
    theirs = staff_request(other_school, member(other_school, Role.ITA_OFFICER))
    with pytest.raises(Http404):
        access.get_measure_for_staff(theirs, YEAR, measure.pk)
    with pytest.raises(Http404):
        access.get_row_for_staff(theirs, YEAR, row.pk)
    head = staff_request(school, member(school, Role.UNIT_HEAD))
    assert access.get_row_for_staff(head, YEAR, row.pk) == row
    with pytest.raises(PermissionDenied):
        access.get_row_for_staff(head, YEAR, row.pk, act=True)
    with pytest.raises(PermissionDenied):
        access.get_measure_for_staff(head, YEAR, measure.pk, act=True)


def test_progress_gate_follows_the_units(school, seed_plan, row):
    unit = UnitFactory(agency=school)
    row.responsible_units.set([unit])
    teacher = member(school, Role.STAFF)
    with pytest.raises(PermissionDenied):  # not (yet) in the row's unit
        access.get_row_for_progress(staff_request(school, teacher), YEAR, row.pk)
    teacher.memberships.update(unit=unit)
    assert access.get_row_for_progress(staff_request(school, teacher), YEAR, row.pk) == row
    supervisor = staff_request(school, member(school.parent, Role.SUPERVISOR))
    with pytest.raises(PermissionDenied):
        access.get_row_for_progress(supervisor, YEAR, row.pk)


def test_progress_update_gate(school, other_school, seed_plan, row, officer):
    update = actions.record_progress(
        row=row, author=officer, happened_on=date(2023, 1, 5), text="ทำแล้ว"
    )
    supervisor = staff_request(school, member(school.parent, Role.SUPERVISOR))
    assert access.get_progress_update_for_staff(supervisor, YEAR, update.pk) == update
    with pytest.raises(PermissionDenied):
        access.get_progress_update_for_staff(supervisor, YEAR, update.pk, act=True)
    theirs = staff_request(other_school, member(other_school, Role.ITA_OFFICER))
    with pytest.raises(Http404):
        access.get_progress_update_for_staff(theirs, YEAR, update.pk)


def test_publish_request_gate(school, other_school, seed_plan, officer):
    sent = actions.submit_for_approval(plan=seed_plan, kind="plan", by=officer)
    assert (
        access.get_publish_request_for_staff(staff_request(school, officer), YEAR, sent.pk) == sent
    )
    with pytest.raises(PermissionDenied):  # the officer sends; only the director decides
        access.get_publish_request_for_staff(
            staff_request(school, officer), YEAR, sent.pk, act=True
        )
    director = staff_request(school, member(school, Role.DIRECTOR))
    assert access.get_publish_request_for_staff(director, YEAR, sent.pk, act=True) == sent
    theirs = staff_request(other_school, member(other_school, Role.DIRECTOR))
    with pytest.raises(Http404):
        access.get_publish_request_for_staff(theirs, YEAR, sent.pk)
    assert PublishRequest.objects.get().status == PublishRequest.Status.PENDING


def test_publication_gate_for_the_public(school, other_school, seed_plan, officer):
    sent = actions.submit_for_approval(plan=seed_plan, kind="plan", by=officer)
    with pytest.raises(Http404):  # sent, not yet approved: not public
        access.get_publication_for_public(school, YEAR)
    publication = actions.approve_publication(request=sent, by=member(school, Role.DIRECTOR))
    assert access.get_publication_for_public(school, YEAR) == publication
    assert access.get_publication_for_public(school, YEAR, "plan") == publication
    for agency, year, kind in [
        (school, YEAR, "full"),  # not published
        (school, YEAR, "draft"),  # not a kind
        (school, YEAR + 1, None),  # no plan
        (other_school, YEAR, None),
    ]:
        with pytest.raises(Http404):
            access.get_publication_for_public(agency, year, kind)
