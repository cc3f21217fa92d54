"""Which versions a write bumps, found from the models' fields (no module helps)."""

from __future__ import annotations

import io

import pytest
from django.db import connection

from prongsai.accounts.models import User
from prongsai.measures.models import Measure, Plan
from prongsai.pagecache import invalidation
from prongsai.pagecache.invalidation import ALL, Bump
from prongsai.services.models import Service, Step


@pytest.fixture
def queued(settings, school):
    """The bumps the writes of a test queue for its commit (the fixtures' own forgotten)."""
    settings.PAGE_CACHE = True

    def targets() -> list[object]:
        return [entry[1].target for entry in connection.run_on_commit if isinstance(entry[1], Bump)]

    connection.run_on_commit[:] = []
    return targets


def test_the_path_to_an_agency_is_found_from_the_fields():
    assert invalidation.agency_paths(Service) == [["agency"]]
    assert invalidation.agency_paths(Measure) == [["plan", "agency"]]
    assert invalidation.agency_paths(Step) == [["service", "agency"]]
    assert invalidation.agency_paths(User) == []


def test_an_object_under_a_schools_plan_bumps_that_school(queued, school):
    plan = Plan.objects.create(agency=school, fiscal_year=2569)
    connection.run_on_commit[:] = []
    Measure.objects.create(plan=plan, number=1, name="มาตรการป้องกันการรับสินบน")
    assert queued() == [school.pk]


def test_an_object_of_no_agency_bumps_everything(queued, school):
    User.objects.create(username="someone")
    assert queued() == [ALL]


def test_a_login_bumps_nothing(queued, school):
    user = User.objects.create(username="someone")
    connection.run_on_commit[:] = []
    user.save(update_fields=["last_login"])
    assert queued() == []


def test_tables_that_never_show_on_a_page_bump_nothing(queued, school):
    from django.contrib.sessions.backends.db import SessionStore

    SessionStore().create()
    assert queued() == []


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("SELECT * FROM services_service", None),
        ('UPDATE "services_service" SET "name" = %s', "services_service"),
        ('INSERT INTO "services_step" ("name") VALUES (%s)', "services_step"),
        ("INSERT OR IGNORE INTO services_step VALUES (1)", "services_step"),
        ('DELETE FROM "django_session" WHERE 1', "django_session"),
        ("WITH x AS (SELECT 1) SELECT * FROM x", None),
        ("WITH x AS (SELECT 1) UPDATE services_service SET name = 'a'", ""),
        ("  update services_service set name = 'a'", "services_service"),
    ],
)
def test_the_written_table_is_read_from_the_statement(sql, table):
    assert invalidation.written_table(sql) == table


def test_a_shipped_checklist_bumps_everything(queued, school):
    from prongsai.oit.models import Checklist

    Checklist.objects.create(year=2569, scheme=Checklist.Scheme.values[0], owner=None)
    assert queued() == [ALL]


def test_nothing_is_queued_while_the_cache_is_off(queued, settings, school):
    settings.PAGE_CACHE = False
    Service.objects.create(agency=school, name="บริการ")
    Service.objects.filter(agency=school).update(name="บริการอื่น")
    assert queued() == []


def test_the_cache_is_off_in_development_and_tests_unless_asked_for():
    import os

    from django.conf import settings

    if "PAGE_CACHE" not in os.environ:
        assert settings.PAGE_CACHE is False


def test_the_command_makes_every_stored_page_unreachable(settings, db):
    from django.core.management import call_command

    from prongsai.pagecache import versions

    keys = [versions.GLOBAL, versions.SITE]
    before = versions.read(keys)
    call_command("bump_page_cache", stdout=io.StringIO())
    after = versions.read(keys)
    assert all(after[key] != before[key] for key in keys)
