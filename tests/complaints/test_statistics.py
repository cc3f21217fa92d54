"""Public complaint statistics (ITA evidence): counts, medians, the page, XLSX and PDF, and the
promise that nothing encrypted is read."""

import secrets
from datetime import date
from unittest import mock

import pytest
from cryptography.fernet import Fernet
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prongsai.complaints.models import Complaint
from prongsai.complaints.statistics import (
    CATEGORY_LABELS,
    NO_OUTCOME_LABEL,
    OUTCOME_LABELS,
    STATUS_LABELS,
    complaint_statistics,
    quarter_label,
)
from prongsai.complaints.statistics_views import statistics_print_html
from prongsai.lib.fiscal import current_fiscal_year

C = Complaint.Category
S = Complaint.Status
O = Complaint.Outcome  # noqa: E741 -- the model's name for it

YEAR = 2566  # 1 October 2022 - 30 September 2023


@pytest.fixture(autouse=True)
def _keys(settings):
    # Tests run with DEBUG off, so the development key file is not made: give a key.
    settings.COMPLAINT_KEYS = Fernet.generate_key().decode("ascii")


_numbers = iter(range(1, 1_000_000))


def make(
    agency,
    filed_on: date,
    *,
    category: str = C.OTHER,
    status: str = S.NEW,
    acknowledged_on: date | None = None,
    closed_on: date | None = None,
    outcome: str = "",
) -> Complaint:
    return Complaint.objects.create(
        agency=agency,
        reference=f"T-{next(_numbers)}",
        category=category,
        status=status,
        receipt_hash=secrets.token_hex(32),
        filed_on=filed_on,
        acknowledge_due=filed_on,
        result_due=filed_on,
        acknowledged_on=acknowledged_on,
        closed_on=closed_on,
        outcome=outcome,
        what_happened="ครูเรียกเงินค่าสมัครเรียน",
        reporter_name="นายลับ ไม่เปิดเผย",
    )


def counts(rows) -> dict:
    return {code: count for code, _label, count in rows}


def statistics_url(agency, year: int = YEAR) -> str:
    return reverse("complaints:statistics", kwargs={"agency": agency.slug, "year": year})


def file_url(agency, fmt: str, year: int = YEAR) -> str:
    return reverse(
        "complaints:statistics_file", kwargs={"agency": agency.slug, "year": year, "fmt": fmt}
    )


# --- the figures ----------------------------------------------------------------------------


def test_edges_of_the_year_and_of_quarters(school):
    make(school, date(2022, 9, 30))  # FY 2565: out
    make(school, date(2022, 10, 1), category=C.BRIBE)  # Q1
    make(school, date(2022, 12, 31), category=C.BRIBE)  # Q1
    make(school, date(2023, 1, 1), category=C.BUDGET)  # Q2
    make(school, date(2023, 3, 31))  # Q2
    make(school, date(2023, 4, 1))  # Q3
    make(school, date(2023, 6, 30), category=C.SERVICE)  # Q3
    make(school, date(2023, 7, 1))  # Q4
    make(school, date(2023, 9, 30), category=C.BRIBE)  # Q4
    make(school, date(2023, 10, 1))  # FY 2567: out

    stats = complaint_statistics(school, YEAR)

    assert stats.total == 8
    assert [(q, n) for q, _label, n in stats.by_quarter] == [(1, 2), (2, 2), (3, 2), (4, 2)]
    assert counts(stats.by_category) == {
        "corruption": 0,
        "bribe": 3,
        "budget": 1,
        "asset": 0,
        "service": 1,
        "other": 3,
    }
    assert complaint_statistics(school, 2565).total == 1
    assert complaint_statistics(school, 2567).total == 1


def test_every_category_and_status_in_choice_order_zeros_included(school):
    make(school, date(2023, 2, 1), category=C.ASSET, status=S.IN_PROGRESS)
    stats = complaint_statistics(school, YEAR)
    assert [code for code, _l, _n in stats.by_category] == list(C.values)
    assert [code for code, _l, _n in stats.by_status] == list(S.values)
    assert [label for _c, label, _n in stats.by_category] == list(CATEGORY_LABELS.values())
    assert [label for _c, label, _n in stats.by_status] == list(STATUS_LABELS.values())
    assert counts(stats.by_status) == {"new": 0, "acknowledged": 0, "in_progress": 1, "closed": 0}
    assert counts(stats.by_category)["asset"] == 1
    assert sum(counts(stats.by_category).values()) == 1


def test_statuses_counted(school):
    for status, n in ((S.NEW, 3), (S.ACKNOWLEDGED, 2), (S.IN_PROGRESS, 1), (S.CLOSED, 4)):
        for _ in range(n):
            make(school, date(2023, 5, 5), status=status, outcome=O.REFERRED)
    stats = complaint_statistics(school, YEAR)
    assert counts(stats.by_status) == {"new": 3, "acknowledged": 2, "in_progress": 1, "closed": 4}
    assert stats.total == 10
    assert stats.closed == 4  # only closed cases count for outcomes


def test_other_agencies_are_not_counted(school, other_school, office):
    make(school, date(2023, 1, 15))
    make(other_school, date(2023, 1, 15))
    make(other_school, date(2023, 1, 16))
    make(office, date(2023, 1, 16))
    assert complaint_statistics(school, YEAR).total == 1
    assert complaint_statistics(other_school, YEAR).total == 2
    # An area office's figures are its own cases, not its schools'.
    assert complaint_statistics(office, YEAR).total == 1


def test_quarter_labels_name_the_months_and_their_be_year(school):
    stats = complaint_statistics(school, YEAR)
    assert [label for _q, label, _n in stats.by_quarter] == [
        "ไตรมาส 1 (ต.ค.–ธ.ค. 2565)",
        "ไตรมาส 2 (ม.ค.–มี.ค. 2566)",
        "ไตรมาส 3 (เม.ย.–มิ.ย. 2566)",
        "ไตรมาส 4 (ก.ค.–ก.ย. 2566)",
    ]
    assert quarter_label(2570, 1) == "ไตรมาส 1 (ต.ค.–ธ.ค. 2569)"


def test_category_by_quarter(school):
    make(school, date(2022, 11, 1), category=C.CORRUPTION)
    make(school, date(2023, 2, 1), category=C.CORRUPTION)
    make(school, date(2023, 2, 2), category=C.CORRUPTION)
    make(school, date(2023, 8, 1), category=C.SERVICE)
    stats = complaint_statistics(school, YEAR)
    rows = {row.code: row for row in stats.category_by_quarter}
    assert list(rows) == list(C.values)
    assert rows["corruption"].counts == (1, 2, 0, 0)
    assert rows["corruption"].total == 3
    assert rows["corruption"].label == CATEGORY_LABELS[C.CORRUPTION]
    assert rows["service"].counts == (0, 0, 0, 1)
    assert rows["bribe"].counts == (0, 0, 0, 0)
    assert rows["bribe"].total == 0
    column_totals = [sum(row.counts[i] for row in stats.category_by_quarter) for i in range(4)]
    assert column_totals == [n for _q, _l, n in stats.by_quarter]


def test_medians_odd_and_even(school):
    filed = date(2023, 3, 1)
    for days in (1, 3, 10):  # odd: 3
        make(school, filed, acknowledged_on=date(2023, 3, 1 + days))
    for days in (20, 30):  # even (closed): (20 + 30) / 2 = 25, acknowledged after 2 days
        make(
            school,
            filed,
            status=S.CLOSED,
            acknowledged_on=date(2023, 3, 3),
            closed_on=date(2023, 3, 1 + days),
            outcome=O.NOT_SUBSTANTIATED,
        )
    make(school, filed)  # neither acknowledged nor closed: in no median
    stats = complaint_statistics(school, YEAR)
    # acknowledged after 1, 2, 2, 3, 10 days
    assert stats.median_days_to_acknowledge == 2.0
    assert stats.median_days_to_close == 25.0


def test_even_median_can_be_a_half(school):
    make(school, date(2023, 3, 1), acknowledged_on=date(2023, 3, 2))  # 1 day
    make(school, date(2023, 3, 1), acknowledged_on=date(2023, 3, 3))  # 2 days
    stats = complaint_statistics(school, YEAR)
    assert stats.median_days_to_acknowledge == 1.5
    assert stats.median_days_to_close is None


def test_medians_are_none_without_cases(school):
    stats = complaint_statistics(school, YEAR)
    assert stats.total == 0
    assert stats.median_days_to_acknowledge is None
    assert stats.median_days_to_close is None
    assert all(n == 0 for _c, _l, n in stats.by_category)
    assert all(n == 0 for _c, _l, n in stats.by_status)
    assert all(n == 0 for _q, _l, n in stats.by_quarter)
    assert [code for code, _l, _n in stats.closed_by_outcome] == list(O.values)


def test_closed_by_outcome(school):
    make(school, date(2023, 4, 4), status=S.CLOSED, closed_on=date(2023, 5, 1), outcome=O.REFERRED)
    make(school, date(2023, 4, 4), status=S.CLOSED, closed_on=date(2023, 5, 1), outcome=O.REFERRED)
    make(
        school,
        date(2023, 4, 5),
        status=S.CLOSED,
        closed_on=date(2023, 5, 1),
        outcome=O.SUBSTANTIATED,
    )
    make(school, date(2023, 4, 6), status=S.IN_PROGRESS)
    stats = complaint_statistics(school, YEAR)
    assert stats.closed_by_outcome == [
        ("substantiated", OUTCOME_LABELS[O.SUBSTANTIATED], 1),
        ("not_substantiated", OUTCOME_LABELS[O.NOT_SUBSTANTIATED], 0),
        ("referred", OUTCOME_LABELS[O.REFERRED], 2),
    ]
    # A closed case without a recorded outcome gets its own row, so the rows add up.
    make(school, date(2023, 4, 7), status=S.CLOSED, closed_on=date(2023, 5, 1))
    stats = complaint_statistics(school, YEAR)
    assert stats.closed_by_outcome[-1] == ("", NO_OUTCOME_LABEL, 1)
    assert stats.closed == counts(stats.by_status)["closed"] == 4


def test_two_queries_whatever_the_number_of_cases(school, django_assert_num_queries):
    make(school, date(2023, 1, 1), acknowledged_on=date(2023, 1, 2))
    with django_assert_num_queries(2):
        complaint_statistics(school, YEAR)
    for day in range(1, 21):
        make(
            school,
            date(2023, 6, day),
            category=C.BRIBE,
            status=S.CLOSED,
            acknowledged_on=date(2023, 6, 21),
            closed_on=date(2023, 6, 28),
            outcome=O.SUBSTANTIATED,
        )
    with django_assert_num_queries(2):
        complaint_statistics(school, YEAR)


# --- nothing encrypted is read --------------------------------------------------------------


def test_no_encrypted_field_is_selected_or_decrypted(client, school):
    make(school, date(2023, 1, 1), status=S.CLOSED, closed_on=date(2023, 2, 1), outcome=O.REFERRED)
    make(school, date(2023, 1, 2), acknowledged_on=date(2023, 1, 3))
    encrypted = [
        field.column
        for field in Complaint._meta.concrete_fields
        if type(field).__name__ == "EncryptedTextField"
    ]
    assert "what_happened" in encrypted
    assert "reporter_name" in encrypted

    def refuse(token: bytes) -> bytes:
        raise AssertionError("complaint statistics decrypted a field")

    with (
        mock.patch("prongsai.vault.crypto.decrypt", side_effect=refuse),
        CaptureQueriesContext(connection) as queries,
    ):
        stats = complaint_statistics(school, YEAR)
        page = client.get(statistics_url(school))
        xlsx = client.get(file_url(school, "xlsx"))
        html = statistics_print_html(stats)
    assert stats.total == 2
    assert page.status_code == 200
    assert xlsx.status_code == 200
    assert "สถิติเรื่องร้องเรียน" in html
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    for column in encrypted:
        assert column not in sql, column
    body = page.content.decode()
    assert "ครูเรียกเงิน" not in body
    assert "นายลับ" not in body


# --- the page -------------------------------------------------------------------------------


def test_page_shows_the_counts(client, school):
    make(school, date(2022, 10, 3), category=C.BRIBE)
    make(school, date(2022, 10, 4), category=C.BRIBE)
    make(school, date(2023, 7, 4), category=C.ASSET, status=S.CLOSED, closed_on=date(2023, 7, 9))
    response = client.get(statistics_url(school))
    assert response.status_code == 200
    assert [t.name for t in response.templates][:2] == ["complaints/statistics.html", "base.html"]
    body = response.content.decode()
    assert "สถิติเรื่องร้องเรียน ปีงบประมาณ 2566" in body
    assert school.name_th in body
    assert school.parent.name_th in body
    assert "ไม่มีข้อมูลส่วนบุคคล" in body
    assert f'<tr><th scope="row">{CATEGORY_LABELS[C.BRIBE]}</th><td class="num">2</td></tr>' in body
    assert f'<tr><th scope="row">{CATEGORY_LABELS[C.ASSET]}</th><td class="num">1</td></tr>' in body
    assert '<tr><th scope="row">ไตรมาส 1 (ต.ค.–ธ.ค. 2565)</th><td class="num">2</td></tr>' in body
    assert '<tr><th scope="row">รวม</th><td class="num">3</td></tr>' in body
    assert body.count("<caption") == 5
    assert 'scope="col"' in body
    assert '<span class="stats-figure">5 วัน</span>' in body  # the median days to close
    assert file_url(school, "pdf") in body
    assert file_url(school, "xlsx") in body


def test_page_of_a_year_without_cases(client, school):
    response = client.get(statistics_url(school))
    assert response.status_code == 200
    body = response.content.decode()
    assert '<span class="stats-figure">0</span>' in body
    assert '<span class="stats-figure">—</span>' in body  # no median without cases
    assert '<tr><th scope="row">รวม</th><td class="num">0</td></tr>' in body


def test_year_switcher(client, school):
    make(school, date(2021, 11, 1))  # a case in YEAR - 1: the switcher goes back to it
    body = client.get(statistics_url(school)).content.decode()
    assert f'href="{statistics_url(school, YEAR - 1)}"' in body
    assert f'href="{statistics_url(school, YEAR + 1)}"' in body
    current = current_fiscal_year()
    body = client.get(statistics_url(school, current)).content.decode()
    assert f'href="{statistics_url(school, current - 1)}"' in body
    assert statistics_url(school, current + 1) not in body  # no year without cases yet
    body = client.get(statistics_url(school, 2500)).content.decode()
    assert statistics_url(school, 2499) not in body


@pytest.mark.parametrize("year", [2499, 2701, 1, 9999])
def test_years_out_of_range_are_404(client, school, year):
    assert client.get(statistics_url(school, year)).status_code == 404
    assert client.get(file_url(school, "xlsx", year)).status_code == 404


def test_unknown_or_inactive_agency_is_404(client, school):
    response = client.get(
        reverse("complaints:statistics", kwargs={"agency": "no-such-school", "year": YEAR})
    )
    assert response.status_code == 404
    school.is_active = False
    school.save()
    assert client.get(statistics_url(school)).status_code == 404
    assert client.get(file_url(school, "xlsx")).status_code == 404


@pytest.mark.parametrize("fmt", ["csv", "docx", "PDF", "html"])
def test_other_formats_are_404(client, school, fmt):
    assert client.get(file_url(school, fmt)).status_code == 404


def test_page_queries_do_not_grow_with_cases(client, school, django_assert_num_queries):
    make(school, date(2023, 1, 1), acknowledged_on=date(2023, 1, 2))
    with CaptureQueriesContext(connection) as one:
        assert client.get(statistics_url(school)).status_code == 200
    for day in range(1, 20):
        make(
            school,
            date(2023, 8, day),
            category=C.SERVICE,
            status=S.CLOSED,
            acknowledged_on=date(2023, 8, 25),
            closed_on=date(2023, 9, 1),
            outcome=O.NOT_SUBSTANTIATED,
        )
    with django_assert_num_queries(len(one)):
        response = client.get(statistics_url(school))
    assert response.context["stats"].total == 20
