"""Finding 10 of issue 10: a checklist is copied only from the shipped lists, one's own, or the
published lists of one's own area office — never another agency's unpublished list."""

import pytest
from django.urls import reverse

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.forms import copyable_checklists
from prongsai.oit.models import Checklist
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_office(db) -> Agency:
    return AgencyFactory(slug="other-office", kind=Agency.Kind.AREA_OFFICE)


def post_copy(client, agency: Agency, source: Checklist, year: int = 2567):
    url = reverse("oit:staff_checklists", kwargs={"agency": agency.slug})
    return client.post(url, {"source": source.pk, "year": year})


def test_another_agencys_unpublished_checklist_is_refused(client, office, other_office):
    draft = actions.copy_checklist(
        source=default_checklist(other_office, 2566), owner=other_office, year=2566
    )
    assert not draft.published
    login(client, member(office, Role.ITA_OFFICER))
    response = post_copy(client, office, draft)
    assert response.status_code == 200
    assert response.context["form"].errors["source"]
    assert not Checklist.objects.filter(owner=office).exists()


def test_another_offices_published_list_is_refused_too(client, office, other_office):
    published = actions.copy_checklist(
        source=default_checklist(other_office, 2566), owner=other_office, year=2566
    )
    actions.publish_checklist(checklist=published)
    login(client, member(office, Role.ITA_OFFICER))
    post_copy(client, office, published)
    assert not Checklist.objects.filter(owner=office).exists()


def test_a_school_copies_its_own_offices_published_list_but_not_its_draft(office, school):
    draft = actions.copy_checklist(source=default_checklist(office, 2566), owner=office, year=2566)
    assert draft not in copyable_checklists(school)
    actions.publish_checklist(checklist=draft)
    assert draft in copyable_checklists(school)
    assert Checklist.objects.filter(owner=None).first() in copyable_checklists(school)


def test_an_office_copies_its_own_draft(client, office):
    draft = actions.copy_checklist(source=default_checklist(office, 2566), owner=office, year=2566)
    login(client, member(office, Role.ITA_OFFICER))
    response = post_copy(client, office, draft, year=2567)
    assert response.status_code == 302
    assert Checklist.objects.filter(owner=office, year=2567).exists()


def test_a_school_cannot_start_a_year_on_its_offices_unpublished_draft(client, school, office):
    """The reviewer's variant: the start-year form offered the office's drafts."""
    draft = actions.copy_checklist(source=default_checklist(office, 2566), owner=office, year=2566)
    assert not draft.published
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("oit:staff_index", kwargs={"agency": school.slug})
    response = client.post(url, {"year": 2566, "checklist": draft.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["checklist"]
    assert not school.oit_years.exists()
    actions.publish_checklist(checklist=draft)
    started = client.post(url, {"year": 2566, "checklist": draft.pk})
    assert started.status_code == 302
