"""The OIT generator (O14) and the demo's manual."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from prongsai.agencies import evidence
from prongsai.manuals.demo import TITLE, load_manuals
from prongsai.manuals.models import Manual, ManualVersion
from prongsai.oit import generators
from tests.manuals.helpers import draft_manual, published_manual

pytestmark = pytest.mark.django_db


def test_nothing_before_a_manual_is_published(school):
    draft_manual(school)
    assert evidence.build_generated("operating_manual", school, 2568) is None


def test_the_public_list_dated_by_the_newest_publication(school, other_school):
    first = published_manual(school, title="คู่มือ ก")
    second = published_manual(school, title="คู่มือ ข")
    ManualVersion.objects.filter(manual=first).update(
        published_at=datetime(2024, 11, 2, 3, tzinfo=UTC)
    )
    ManualVersion.objects.filter(manual=second).update(
        published_at=datetime(2025, 1, 15, 3, tzinfo=UTC)
    )
    published_manual(other_school)  # another school's later publication does not count
    generated = evidence.build_generated("operating_manual", school, 2568)
    assert generated is not None
    assert generated.url == reverse("manuals:public_list", kwargs={"agency": school.slug})
    assert generated.dated_on.isoformat() == "2025-01-15"


def test_the_item_title_finds_the_generator():
    assert generators.generator_for_title("คู่มือหรือมาตรฐานการปฏิบัติงาน") == "operating_manual"


def test_the_demo_publishes_one_manual_and_can_run_again(school):
    from prongsai.agencies.models import Unit
    from tests.factories import UnitFactory

    UnitFactory(agency=school, name_th="งานพัสดุและสินทรัพย์")
    lines: list[str] = []
    load_manuals(school, lines.append)
    load_manuals(school, lines.append)
    manual = Manual.objects.get(agency=school)
    assert manual.title == TITLE
    assert manual.owner_unit == Unit.objects.get(name_th="งานพัสดุและสินทรัพย์")
    version = manual.versions.get()
    assert version.status == ManualVersion.Status.PUBLISHED
    assert version.steps.count() == 5
    assert version.published_at is not None
    assert version.review_on > version.published_at.date()
    assert len(lines) == 2
