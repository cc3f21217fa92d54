"""The demo's No Gift Policy and ethics reach this fiscal year: a new user sees this year's
approved declaration and an activity of it, the past years' reports, the code of ethics; a
second load adds nothing, and a load after a new year begins adds only that year."""

import pytest
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.integrity import queries
from prongsai.integrity.demo import load_integrity
from prongsai.integrity.models import CultureActivity, Declaration, EthicsCode, GiftReport
from prongsai.integrity.no_gift_demo import demo_years
from prongsai.lib.fiscal import fiscal_year
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(school, office, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    for role in (Role.STAFF, Role.UNIT_HEAD, Role.ITA_OFFICER, Role.ASSET_OFFICER, Role.DIRECTOR):
        member(school, role, username=str(role))
    member(office, Role.SUPERVISOR, username="supervisor")
    load_integrity(school, lambda line: None)
    return school


def test_the_demo_has_this_years_declaration_and_activity(demo):
    year = fiscal_year(timezone.localdate())
    assert queries.approved_declaration(demo, year) is not None
    assert queries.published_activities(demo, year)
    assert queries.no_gift_years(demo)[0] == year
    approved = set(queries.declaration_years(demo))
    assert approved == set(demo_years())
    assert {2566, 2567, 2568} <= approved
    reports = set(GiftReport.objects.filter(agency=demo).values_list("year", flat=True))
    assert reports == {y for y in demo_years() if 2567 <= y < year}
    assert year not in reports  # a year's report comes after it ends
    # The English of 2568 carries over, with the year moved on.
    latest = queries.approved_declaration(demo, year)
    assert latest.has_english
    assert str(year) in latest.title_en


def test_the_demo_has_the_code_of_ethics_and_this_years_drive(demo):
    code = EthicsCode.objects.get(agency=demo)
    assert "มุ่งผลสัมฤทธิ์ของงาน" in code.body
    ethics = CultureActivity.objects.filter(agency=demo, programme="ethics", published=True)
    assert ethics.count() == 2
    assert all(activity.photos.count() == 1 for activity in ethics)
    assert 2566 in queries.ethics_years(demo, timezone.localdate())


def test_loading_again_adds_nothing_and_a_new_year_is_filled_in(demo):
    counts = (
        Declaration.objects.count(),
        CultureActivity.objects.count(),
        GiftReport.objects.count(),
    )
    load_integrity(demo, lambda line: None)
    assert counts == (
        Declaration.objects.count(),
        CultureActivity.objects.count(),
        GiftReport.objects.count(),
    )
    year = fiscal_year(timezone.localdate())
    Declaration.objects.filter(agency=demo, year=year).delete()  # as if loaded last year
    load_integrity(demo, lambda line: None)
    assert queries.approved_declaration(demo, year) is not None
