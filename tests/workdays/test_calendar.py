from datetime import date

import pytest

from prongsai.workdays import calendar
from prongsai.workdays.models import Holiday
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_seed_holds_the_fixed_holidays_of_every_year_and_the_known_lunar_ones():
    for year in range(2023, 2028):
        for month, day in [(1, 1), (4, 13), (5, 4), (7, 28), (10, 13), (10, 23), (12, 5)]:
            assert Holiday.objects.filter(date=date(year, month, day)).exists()
    assert Holiday.objects.get(date=date(2025, 2, 12)).name_th == "วันมาฆบูชา"
    assert Holiday.objects.get(date=date(2025, 5, 12)).name_th.startswith("วันหยุดชดเชย")
    # Two holidays on one day are one row with both names.
    both = Holiday.objects.get(date=date(2023, 6, 3))
    assert "วันวิสาขบูชา" in both.name_th
    assert "สุทิดา" in both.name_th


def test_weekends_and_holidays_are_not_working_days():
    assert calendar.is_working_day(date(2026, 12, 1))  # a Tuesday
    assert not calendar.is_working_day(date(2026, 12, 5))  # Saturday and Father's Day
    assert not calendar.is_working_day(date(2026, 12, 6))  # Sunday
    assert not calendar.is_working_day(date(2026, 12, 7))  # the substitute day
    assert not calendar.is_working_day(date(2026, 12, 10))  # Constitution Day, a Thursday


def test_adding_working_days_skips_weekends_and_holidays():
    # Friday 4 Dec 2026 + 1 → Tuesday 8 Dec (Sat, Sun, substitute Monday off).
    assert calendar.add_working_days(date(2026, 12, 4), 1) == date(2026, 12, 8)
    assert calendar.add_working_days(date(2026, 12, 8), -1) == date(2026, 12, 4)
    assert calendar.add_working_days(date(2026, 12, 8), 0) == date(2026, 12, 8)
    # Songkran 2026: Mon–Wed 13–15 April.
    assert calendar.add_working_days(date(2026, 4, 10), 1) == date(2026, 4, 16)


def test_an_administrator_added_special_day_counts():
    assert calendar.is_working_day(date(2026, 12, 30))
    Holiday.objects.create(date=date(2026, 12, 30), name_th="วันหยุดพิเศษ", name_en="Special")
    assert not calendar.is_working_day(date(2026, 12, 30))
    assert calendar.add_working_days(date(2026, 12, 29), 1) == date(2027, 1, 4)


def test_working_days_between_counts_both_ends():
    # October 2026: 13 (Tue) and 23 (Fri) are holidays; 22 weekdays − 2 = 20.
    assert calendar.working_days_between(date(2026, 10, 1), date(2026, 10, 31)) == 20
    assert calendar.working_days_between(date(2026, 10, 2), date(2026, 10, 2)) == 1
    assert calendar.working_days_between(date(2026, 10, 3), date(2026, 10, 4)) == 0
    assert calendar.working_days_between(date(2026, 10, 5), date(2026, 10, 1)) == 0


def test_the_first_working_day_of_a_month():
    assert calendar.first_working_day_of_month(2026, 10) == date(2026, 10, 1)  # Thursday
    assert calendar.first_working_day_of_month(2027, 1) == date(2027, 1, 4)  # 1 Jan a Friday
    assert calendar.first_working_day_of_month(
        2025,
        11,
    ) == date(2025, 11, 3)


def test_a_long_count_runs_past_a_full_span(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        end = calendar.add_working_days(date(2026, 10, 1), 29)
    assert calendar.working_days_between(date(2026, 10, 1), end) == 30


def test_site_administrators_keep_holidays_in_django_admin(client):
    login(client, UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/workdays/holiday/?q=สงกรานต์").content.decode()
    assert "วันสงกรานต์" in html
