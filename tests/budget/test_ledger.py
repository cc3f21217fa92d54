"""Plan against committed against spent, per quarter and to date; purchase orders; transfers
with the director's approval. Sums against hand totals, quarter edges (30 Sep / 1 Oct,
31 Dec / 1 Jan)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.budget import actions, ledger, ledger_actions, ledger_queries
from prongsai.budget.models import Commitment, Transfer
from tests.budget.helpers import YEAR, make_activity, make_plan, make_project
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
D = Decimal
Q = (D("1000.00"), D("2000.00"), D("0.00"), D("500.50"))


def test_quarters_and_to_date_against_hand_totals():
    activities = [ledger.PlannedActivity(1, 10, Q), ledger.PlannedActivity(2, 20, (D(300),) * 4)]
    payments = [
        ledger.Payment(1, date(2023, 12, 31), D("400.25")),  # Q1's last day
        ledger.Payment(1, date(2024, 1, 1), D("100.00")),  # Q2's first day
        ledger.Payment(2, date(2024, 9, 30), D("1300.00")),  # Q4's last day: over budget
    ]
    orders = [
        ledger.Order(1, date(2023, 10, 1), D("900.00"), paid=D("400.25")),  # Q1's first day
        ledger.Order(1, date(2024, 2, 1), D("50.00"), cancelled=True),
        ledger.Order(2, date(2024, 4, 1), D("10.00"), paid=D("20.00")),  # overpaid: 0
    ]
    moves = [ledger.Moved(1, 2, date(2024, 7, 1), D("200.00"))]  # Q4: 1 → 2
    rows, total = ledger.status([10, 20], activities, moves, orders, payments, as_of_quarter=2)
    one, two = rows[10], rows[20]
    assert [q.plan for q in one.quarters] == [D(1000), D(2000), D(0), D("300.50")]
    assert [q.spent for q in one.quarters] == [D("400.25"), D(100), D(0), D(0)]
    assert one.quarters[0].committed == D("499.75")
    assert one.to_date.plan == D(3000)
    assert one.to_date.spent == D("500.25")
    assert one.year.available == D("3300.50") - D("499.75") - D("500.25")
    assert two.year.plan == D(1400)
    assert two.over_budget is False  # 1300 of 1400
    assert total.year.plan == D("4700.50")  # a transfer moves money, the total stays
    assert total.year.spent == D("1800.25")
    assert total.to_date.plan == sum((r.to_date.plan for r in rows.values()), D(0))


def test_over_budget_counts_what_is_committed():
    activities = [ledger.PlannedActivity(1, 10, (D(100), D(0), D(0), D(0)))]
    orders = [ledger.Order(1, date(2023, 11, 1), D("60.00"))]
    payments = [ledger.Payment(1, date(2023, 11, 2), D("50.00"))]
    rows, _total = ledger.status([10], activities, [], orders, payments, as_of_quarter=1)
    assert rows[10].over_budget
    assert rows[10].year.available == D("-10.00")


def test_as_of_quarter_at_the_year_edges():
    assert ledger_queries.as_of_quarter(YEAR, date(2023, 9, 30)) == 0
    assert ledger_queries.as_of_quarter(YEAR, date(2023, 10, 1)) == 1
    assert ledger_queries.as_of_quarter(YEAR, date(2023, 12, 31)) == 1
    assert ledger_queries.as_of_quarter(YEAR, date(2024, 1, 1)) == 2
    assert ledger_queries.as_of_quarter(YEAR, date(2024, 9, 30)) == 4
    assert ledger_queries.as_of_quarter(YEAR, date(2024, 10, 1)) == 4


def _approved(school):
    plan = make_plan(school)
    project = make_project(plan)
    a = make_activity(project, amount="10000")
    b = make_activity(project, amount="5000", name="จัดซื้อหนังสือ")
    director = member(school, Role.DIRECTOR)
    plan = actions.approve_plan(plan=plan, by=director)
    return plan, project, a, b, director


def test_an_order_commits_until_paid(school):
    plan, _project, a, _b, _director = _approved(school)
    order = ledger_actions.record_commitment(
        plan=plan, activity=a, committed_on=date(2023, 11, 1), amount=D("3000")
    )
    actions.record_spending(
        plan=plan, activity=a, paid_on=date(2024, 1, 10), amount=D("1000"), commitment=order
    )
    rows, _total = ledger_queries.status(plan, date(2024, 1, 15))
    figures = rows[0].status
    assert figures.year.committed == D("2000.00")
    assert figures.year.spent == D("1000.00")
    assert figures.year.available == D("12000.00")
    assert ledger_queries.available(a) == D("7000.00")
    ledger_actions.cancel_commitment(commitment=order)
    assert ledger_queries.available(a) == D("9000.00")
    with pytest.raises(ValidationError):
        ledger_actions.record_commitment(
            plan=plan, activity=a, committed_on=date(2024, 10, 1), amount=D("1")
        )  # the day after the year


def test_a_transfer_moves_money_only_once_the_director_approves(client, school):
    plan, project, a, b, director = _approved(school)
    officer = member(school, Role.ASSET_OFFICER)
    login(client, officer)
    url = reverse("budget:staff_transfers", kwargs={"agency": school.slug, "year": YEAR})
    too_much = client.post(
        url,
        {"source": b.pk, "target": a.pk, "on": "1/2/2567", "amount": "๕,๐๐๐.๐๑", "reason": "ขาด"},
    )
    assert "5,000.00" in too_much.content.decode()  # what is left, named at the field
    assert not Transfer.objects.exists()
    client.post(
        url,
        {"source": b.pk, "target": a.pk, "on": "1/2/2567", "amount": "2,000 บาท", "reason": "ขาด"},
    )
    transfer = Transfer.objects.get()
    assert transfer.status == Transfer.Status.PENDING
    assert ledger_queries.available(b) == D("5000.00")  # nothing moved yet
    approve = reverse(
        "budget:staff_transfer_approve",
        kwargs={"agency": school.slug, "year": YEAR, "pk": transfer.pk},
    )
    assert client.post(approve).status_code == 403  # the director's act
    login(client, director)
    client.post(approve)
    transfer.refresh_from_db()
    assert transfer.status == Transfer.Status.APPROVED
    assert ledger_queries.available(b) == D("3000.00")
    assert ledger_queries.available(a) == D("12000.00")
    _rows, total = ledger_queries.status(plan, date(2024, 2, 2))
    assert total.year.plan == D("15000.00")
    page = client.get(
        reverse(
            "budget:staff_project", kwargs={"agency": school.slug, "year": YEAR, "pk": project.pk}
        )
    ).content.decode()
    assert "ยอดผูกพัน" in page or "Committed" in page


def test_the_spending_page_records_a_payment_against_an_order(
    client, school, django_assert_max_num_queries
):
    plan, _project, a, b, _director = _approved(school)
    order = ledger_actions.record_commitment(
        plan=plan, activity=a, committed_on=date(2023, 11, 1), amount=D("3000"), document_no="PO-1"
    )
    login(client, member(school, Role.ASSET_OFFICER))
    url = reverse("budget:staff_spending", kwargs={"agency": school.slug, "year": YEAR})
    wrong = client.post(
        url, {"activity": b.pk, "paid_on": "5/11/2566", "amount": "100", "commitment": order.pk}
    )
    assert wrong.status_code == 200  # the order is another activity's: refused at the field
    client.post(
        url, {"activity": a.pk, "paid_on": "5/11/2566", "amount": "100", "commitment": order.pk}
    )
    assert order.payments.count() == 1
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200
    orders = reverse("budget:staff_orders", kwargs={"agency": school.slug, "year": YEAR})
    assert "PO-1" in client.get(orders).content.decode()
    assert Commitment.objects.filter(cancelled=False).count() == 1


def test_the_director_is_asked_to_decide_waiting_transfers(school):
    from prongsai.agencies.todo import Asker
    from prongsai.budget.todo import plan_todo

    plan, _project, a, b, director = _approved(school)
    ledger_actions.request_transfer(
        plan=plan, source=a, target=b, on=date(2024, 2, 1), amount=D("100"), reason="ขาด"
    )
    asker = Asker(director, school, frozenset({Role.DIRECTOR}), date(2024, 2, 2))
    labels = [str(row.label) for row in plan_todo(asker)]
    assert "พิจารณาการโอนงบประมาณระหว่างกิจกรรม 1 รายการ (ปี 2567)" in labels
    officer = member(school, Role.ASSET_OFFICER)
    asker = Asker(officer, school, frozenset({Role.ASSET_OFFICER}), date(2024, 2, 2))
    assert not [row for row in plan_todo(asker) if "โอน" in str(row.label)]
