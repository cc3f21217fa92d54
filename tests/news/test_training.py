"""The training log: courses recorded by the ITA officer, the director or a unit head (B.E.
dates, Thai digits), a public page per month ("what we trained this month") and a fiscal
year's summary; the demo loads twelve months."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.news.demo import load_news
from prongsai.news.models import TrainingCourse
from prongsai.news.training_actions import CourseData, save_course
from prongsai.news.training_queries import year_summary
from tests.conftest import login
from tests.factories import UnitFactory, member
from tests.news.conftest import upload_jpeg, write

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"news:{name}", kwargs={"agency": agency.slug, **kwargs})


def course(agency, actor, *, title="อบรมการป้องกันการทุจริต", day=date(2026, 11, 10), **extra):
    data = CourseData(title, day, day, Decimal(extra.pop("hours", 6)), "ครูทุกคน", **extra)
    return save_course(agency=agency, data=data, actor=actor)


def test_a_unit_head_records_a_course_typed_in_thai_and_it_shows_on_its_month(client, school, head):
    unit = UnitFactory(agency=school, name_th="กลุ่มบริหารงานบุคคล")
    login(client, head)
    form = {
        "title": "อบรมวินัยข้าราชการครู",
        "starts_on": "๑๐/๑๑/๒๕๖๙",
        "ends_on": "",
        "hours": "๖ ชั่วโมง",
        "audience": "ครูและบุคลากร",
        "unit": unit.pk,
        "invited": "๔๕",
        "attended": "42 คน",
        "satisfaction": "4.5",
    }
    response = client.post(url("staff_training_new", school), form)
    assert response.status_code == 302
    saved = TrainingCourse.objects.get()
    assert (saved.starts_on, saved.ends_on, saved.hours) == (date(2026, 11, 10),) * 2 + (6,)
    assert (saved.invited, saved.attended, saved.unit) == (45, 42, unit)
    page = client.get(url("training_month", school, year=2569, month=11)).content.decode()
    assert "อบรมวินัยข้าราชการครู" in page
    assert "กลุ่มบริหารงานบุคคล" in page
    assert client.get(url("training_month", school, year=2569, month=13)).status_code == 404


def test_bad_input_names_the_field_and_keeps_what_was_typed(client, school, officer):
    login(client, officer)
    form = {"title": "อบรม", "starts_on": "10/11/2569", "ends_on": "01/11/2569", "hours": "หก"}
    response = client.post(url("staff_training_new", school), {**form, "attended": "4.5"})
    errors = response.context["form"].errors
    assert "ends_on" in errors
    assert "hours" in errors
    assert "attended" in errors
    assert "audience" in errors
    assert response.context["form"]["title"].value() == "อบรม"
    assert not TrainingCourse.objects.exists()


def test_who_changes_a_course(client, school, officer, head):
    mine = course(school, head)
    theirs = course(school, officer)
    login(client, head)
    assert client.post(url("staff_training_remove", school, pk=theirs.pk)).status_code == 403
    assert client.post(url("staff_training_remove", school, pk=mine.pk)).status_code == 302
    login(client, member(school, Role.SUPERVISOR))
    assert client.get(url("staff_training_list", school)).status_code == 200
    assert client.get(url("staff_training_new", school)).status_code == 403


def test_the_year_summary_adds_hours_people_and_units(school, officer, django_assert_num_queries):
    unit = UnitFactory(agency=school, name_th="กลุ่มบริหารวิชาการ")
    course(school, officer, day=date(2025, 10, 3), hours=6, attended=40, unit=unit)
    course(school, officer, day=date(2026, 9, 30), hours=3, attended=10, satisfaction=Decimal(4))
    course(school, officer, day=date(2026, 10, 1), hours=99)  # fiscal year 2570
    with django_assert_num_queries(1):
        summary = year_summary(school, 2569)
    assert (summary.courses, summary.hours, summary.attended) == (2, 9, 50)
    assert summary.person_hours == 6 * 40 + 3 * 10
    assert summary.months[0].courses == 1
    assert summary.months[-1].courses == 1
    assert ("กลุ่มบริหารวิชาการ", 1, Decimal(6)) in summary.units


def test_the_month_page_shows_the_photos_of_a_public_news_item(client, school, officer):
    item = write(school, officer, title="ภาพการอบรม")
    from prongsai.news import actions

    actions.add_image(item=item, upload=upload_jpeg(), alt_text="ครูเข้าอบรม", cover=True)
    course(school, officer, news_item=item)
    page = client.get(url("training_month", school, year=2569, month=11)).content.decode()
    assert 'alt="ครูเข้าอบรม"' in page
    assert url("item", school, pk=item.pk) in page


def test_the_demo_loads_twelve_months_of_training(school):
    from prongsai.agencies.models import Membership

    officer = member(school, Role.ITA_OFFICER)
    officer.username = "ita_officer"
    officer.save()
    assert Membership.objects.filter(user=officer).exists()
    load_news(school, lambda text: None)
    months = {(c.starts_on.year, c.starts_on.month) for c in TrainingCourse.objects.all()}
    assert len(months) == 12
    load_news(school, lambda text: None)  # once
    assert TrainingCourse.objects.count() == 18


def test_month_and_year_pages_link_only_months_and_years_worth_opening(client, school, officer):
    from django.utils import timezone

    from prongsai.lib.fiscal import current_fiscal_year

    today = timezone.localdate()
    first = date(today.year - 1, today.month, 1)
    course(school, officer, day=first)
    oldest = client.get(url("training_month", school, year=first.year + 543, month=first.month))
    assert oldest.context["before"] is None  # nothing was recorded before the first course
    assert oldest.context["after"] is not None
    now = client.get(url("training", school))
    assert now.context["after"] is None  # no link into months that have not come
    assert now.context["before"] is not None
    year = current_fiscal_year()
    page = client.get(url("training_year", school, year=year))
    assert page.context["next"] is None
    assert page.context["previous"] == year - 1
    earliest = client.get(url("training_year", school, year=year - 1))  # the first course's
    assert earliest.context["previous"] is None
    assert client.get(url("training_year", school, year=year - 3)).context["previous"] is None
