"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py): a year, a
plan item, a notice (with a link, no file) and a purchase of the agency."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from prongsai.agencies.models import Agency

YEAR = 2567


def _plan_item(agency: Agency) -> dict[str, Any]:
    from prongsai.procurement import actions
    from prongsai.procurement.models import Method

    item = actions.save_plan_item(
        agency=agency,
        year=YEAR,
        data=actions.PlanItemData("วัสดุสำนักงาน", Decimal("5000"), Method.SPECIFIC, 11),
    )
    return {"pk": item.pk}


def _notice(agency: Agency) -> dict[str, Any]:
    from prongsai.procurement import actions
    from prongsai.procurement.models import Notice

    notice = actions.save_notice(
        agency=agency,
        data=actions.NoticeData(
            kind=Notice.Kind.AWARD,
            title="ประกาศผู้ชนะการเสนอราคา",
            dated_on=date(2024, 1, 15),
            link="https://example.org/egp",
        ),
    )
    return {"pk": notice.pk}


def _purchase(agency: Agency) -> dict[str, Any]:
    from tests.procurement.helpers import buy

    return {"pk": buy(agency, date(2024, 1, 10), "3500", durable=True).pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "procurement:plan_item_edit": _plan_item,
    "procurement:plan_item_remove": _plan_item,
    "procurement:notice_edit": _notice,
    "procurement:notice_remove": _notice,
    "procurement:purchase_edit": _purchase,
    "procurement:purchase_remove": _purchase,
    "procurement:purchase_to_assets": _purchase,
    "procurement:import_template": lambda agency: {"fmt": "csv"},
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return {"year": YEAR}
