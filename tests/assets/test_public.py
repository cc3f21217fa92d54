"""The public page on the use of school property: the procedure and approvers, the year's
statistics without names, in a bounded number of queries; the OIT evidence entry."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.evidence import get
from prongsai.assets import loan_actions
from prongsai.assets.loan_statistics import statistics
from prongsai.lib.fiscal import fiscal_year
from tests.assets.helpers import make_loan
from tests.factories import member

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def test_the_statistics_count_by_kind_and_month_and_on_time(school):
    start = date(2025, 11, 3)  # fiscal year 2569
    on_time = make_loan(
        school, status="handed_over", starts_on=start, due_on=start + timedelta(days=2)
    )
    loan_actions.take_back(
        loan=on_time,
        actor=member(school, "asset_officer"),
        on=start + timedelta(days=2),
        conditions={},
    )
    late = make_loan(school, status="handed_over", kind="off_site", starts_on=start, due_on=start)
    loan_actions.take_back(
        loan=late,
        actor=member(school, "asset_officer"),
        on=start + timedelta(days=5),
        conditions={},
    )
    make_loan(school, status="requested", starts_on=start)  # not lent: not counted
    stats = statistics(school, 2569, TODAY)
    november = stats.months[1]
    assert november.label == "พ.ย. 68"
    assert november.counts[:2] == [1, 1]
    assert stats.total == 2
    assert (stats.returned, stats.on_time, stats.on_time_percent) == (2, 1, 50)


@pytest.mark.parametrize("rows", [1, 10])
def test_the_page_shows_no_names_in_bounded_queries(
    client, school, rows, django_assert_max_num_queries
):
    borrower = member(school, "staff")
    borrower.first_name, borrower.last_name = "สมศรี", "ลับเฉพาะ"
    borrower.save()
    for _index in range(rows):
        make_loan(
            school,
            status="handed_over",
            borrower=borrower,
            starts_on=TODAY - timedelta(days=20),
            due_on=TODAY - timedelta(days=10),
        )
    with django_assert_max_num_queries(20):
        response = client.get(reverse("assets:public", kwargs={"agency": school.slug}))
    body = response.content.decode()
    assert response.status_code == 200
    assert "ลับเฉพาะ" not in body
    assert "208" in body


def test_the_page_is_the_evidence_of_property_use(school):
    evidence = get("property_use")
    year = fiscal_year(TODAY)
    (page,) = evidence.build([school], year).values()
    assert page.url == reverse("assets:public_year", kwargs={"agency": school.slug, "year": year})


def test_an_implausible_year_is_not_found(client, school):
    assert (
        client.get(
            reverse("assets:public_year", kwargs={"agency": school.slug, "year": 12})
        ).status_code
        == 404
    )
