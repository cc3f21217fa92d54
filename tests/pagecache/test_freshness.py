"""Every kind of write that changes a public page makes the next visitor get the new page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.db import connection, transaction

from prongsai.agencies.models import Agency
from prongsai.pagecache import versions
from prongsai.pagecache.invalidation import Bump
from prongsai.services.models import Service
from tests.factories import AgencyFactory

CATALOGUE = "/our-school/services/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Writes as a request makes them: their bumps run when the transaction commits, and are
    gone afterwards as after a real commit (the test's own transaction never commits)."""

    @contextmanager
    def commit() -> Iterator[list[Callable[[], object]]]:
        # Bumps queued by the fixtures' writes never ran (nothing commits in a test); as
        # in a real request, this transaction starts with none pending.
        connection.run_on_commit[:] = [
            entry for entry in connection.run_on_commit if not isinstance(entry[1], Bump)
        ]
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            yield callbacks
        done = [entry for entry in connection.run_on_commit if entry[1] in callbacks]
        for entry in done:
            connection.run_on_commit.remove(entry)

    return commit


@pytest.fixture
def service(school, committed) -> Service:
    with committed():
        return Service.objects.create(agency=school, name="ขอใบรับรองการเป็นนักเรียน")


def fresh(site, path: str) -> bytes:
    """The page as the next visitor gets it, after checking it had been stored."""
    return site.get(path).body


def stored(site, path: str) -> None:
    site.get(path)
    assert site.get(path).hit


def test_a_saved_object_shows_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed():
        service.name = "ขอสำเนาระเบียนแสดงผลการเรียน"
        service.save()
    page = site.get(CATALOGUE)
    assert not page.hit
    assert "ขอสำเนาระเบียนแสดงผลการเรียน".encode() in page.body


def test_a_created_object_shows_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed():
        Service.objects.create(agency=school, name="ขอใช้สถานที่")
    assert "ขอใช้สถานที่".encode() in fresh(site, CATALOGUE)


def test_a_deleted_object_goes_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed():
        service.delete()
    assert service.name.encode() not in fresh(site, CATALOGUE)


def test_a_queryset_update_shows_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed():
        Service.objects.filter(agency=school).update(name="ขอย้ายสถานศึกษา")
    assert "ขอย้ายสถานศึกษา".encode() in fresh(site, CATALOGUE)


def test_a_bulk_create_shows_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed():
        Service.objects.bulk_create([Service(agency=school, name="ขอยืมหนังสือเรียน")])
    assert "ขอยืมหนังสือเรียน".encode() in fresh(site, CATALOGUE)


def test_raw_sql_shows_at_once(site, school, service, committed):
    stored(site, CATALOGUE)
    with committed(), connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Service._meta.db_table} SET name = %s WHERE id = %s",  # noqa: S608
            ["ขอรับทุนการศึกษา", service.pk],
        )
    assert "ขอรับทุนการศึกษา".encode() in fresh(site, CATALOGUE)


def test_an_agency_name_change_shows_on_every_page(site, school, office, service, committed):
    stored(site, CATALOGUE)
    stored(site, "/area-office/")
    stored(site, "/")
    with committed():
        school.name_th = "โรงเรียนชื่อใหม่"
        school.save()
    assert "โรงเรียนชื่อใหม่".encode() in fresh(site, CATALOGUE)
    assert "โรงเรียนชื่อใหม่".encode() in fresh(site, "/area-office/")
    assert "โรงเรียนชื่อใหม่".encode() in fresh(site, "/")


def test_a_new_agency_replaces_the_not_found_page(site, db, committed):
    site.get("/brand-new/")
    with committed():
        AgencyFactory(slug="brand-new", name_th="โรงเรียนใหม่เอี่ยม")
    answer = site.get("/brand-new/")
    assert answer.status.startswith("200")
    assert "โรงเรียนใหม่เอี่ยม".encode() in answer.body


def test_a_schools_change_reaches_its_area_office_not_its_sibling(
    site, school, office, service, committed
):
    sibling = AgencyFactory(slug="sibling-school", parent=office)
    with committed():
        Agency.objects.filter(pk=sibling.pk).update(name_th="โรงเรียนพี่น้อง")
    stored(site, "/area-office/")
    stored(site, "/sibling-school/")
    stored(site, CATALOGUE)
    with committed():
        service.name = "ขอใบแทนประกาศนียบัตร"
        service.save()
    assert not site.get("/area-office/").hit  # the office's pages sum up its schools
    assert site.get("/sibling-school/").hit  # a sibling school's pages do not
    assert "ขอใบแทนประกาศนียบัตร".encode() in fresh(site, CATALOGUE)


def test_an_area_offices_own_change_reaches_its_schools(site, school, office, committed):
    stored(site, CATALOGUE)
    with committed():
        Service.objects.create(agency=office, name="บริการของเขต")
    assert not site.get(CATALOGUE).hit


def test_a_save_bumps_its_agency_not_everything(site, school, service, committed):
    before = versions.read([versions.GLOBAL, versions.sub(school.pk)])
    with committed():
        service.name = "ชื่อใหม่"
        service.save()
    after = versions.read([versions.GLOBAL, versions.sub(school.pk)])
    assert after[versions.GLOBAL] == before[versions.GLOBAL]
    assert after[versions.sub(school.pk)] != before[versions.sub(school.pk)]


def test_a_rolled_back_write_bumps_nothing(site, school, service, committed):
    keys = [versions.GLOBAL, versions.SITE, versions.sub(school.pk)]
    before = versions.read(keys)

    def write_then_fail() -> None:
        with transaction.atomic():
            Service.objects.filter(pk=service.pk).update(name="ไม่เกิดขึ้น")
            service.save()
            raise RuntimeError

    with committed(), pytest.raises(RuntimeError):
        write_then_fail()
    assert versions.read(keys) == before


def test_one_bump_per_transaction_however_many_rows(site, school, committed):
    with committed() as callbacks, transaction.atomic():
        for number in range(5):
            Service.objects.create(agency=school, name=f"บริการ {number}")
        Service.objects.filter(agency=school).update(order=1)
        Service.objects.filter(agency=school).update(order=2)
    assert len(callbacks) == 2
