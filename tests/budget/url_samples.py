"""Sample URL parts for the staff URL walker: a draft plan of FY 2567 with a project, an
activity, a strategy; `pk` is the object the URL names."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _parts(agency: Agency) -> dict[str, Any]:
    from prongsai.budget import actions
    from prongsai.budget.models import Strategy
    from tests.budget.helpers import YEAR, filled_plan

    plan, project, activity = filled_plan(agency)
    strategy = Strategy.objects.filter(plan=plan).first() or actions.save_strategy(
        plan=plan, strategy=None, level="school", number=1, title="ยกระดับผลสัมฤทธิ์"
    )
    from datetime import date
    from decimal import Decimal

    from prongsai.budget.models import Spending

    spending = Spending.objects.filter(activity=activity).first() or actions.record_spending(
        plan=plan, activity=activity, paid_on=date(2024, 1, 5), amount=Decimal("10")
    )
    from prongsai.budget.models import Commitment, Transfer

    order = Commitment.objects.filter(activity=activity).first() or Commitment.objects.create(
        activity=activity, committed_on=date(2024, 1, 4), amount=Decimal("100")
    )
    transfer = Transfer.objects.filter(plan=plan).first() or Transfer.objects.create(
        plan=plan,
        source=activity,
        target=activity,
        on=date(2024, 1, 4),
        amount=Decimal("1"),
        reason="ตัวอย่าง",
    )
    return {
        "plan": plan,
        "order": order.pk,
        "transfer": transfer.pk,
        "spending": spending.pk,
        "year": YEAR,
        "project": project.pk,
        "activity": activity.pk,
        "strategy": strategy.pk,
        "fund": activity.fund_id,
    }


def _with(key: str) -> Callable[[Agency], dict[str, Any]]:
    def sample(agency: Agency) -> dict[str, Any]:
        parts = _parts(agency)
        return {"year": parts["year"], "pk": parts[key]}

    return sample


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "budget:staff_strategy": _with("strategy"),
    "budget:staff_fund": _with("fund"),
    "budget:staff_project": _with("project"),
    "budget:staff_project_edit": _with("project"),
    "budget:staff_activity_new": _with("project"),
    "budget:staff_activity": _with("activity"),
    "budget:staff_activity_delete": _with("activity"),
    "budget:staff_project_delete": _with("project"),
    "budget:staff_spending_delete": _with("spending"),
    "budget:staff_order_cancel": _with("order"),
    "budget:staff_transfer_approve": _with("transfer"),
    "budget:staff_transfer_refuse": _with("transfer"),
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return {"year": _parts(agency)["year"]}
