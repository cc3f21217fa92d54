"""The annual No Gift report's figures, from the data of a fiscal year: the declaration, the
published culture activities and the gifts declared (by the rule's outcome, value band and the
head's decision). No person's name is kept: the public reads these figures as they are.

`figures(agency, year)` gives plain JSON (frozen in `GiftReport.figures` when published).
"""

from decimal import Decimal
from typing import Any

from django.db.models import Count, F, Q, Sum

from prongsai.agencies.models import Agency
from prongsai.integrity import queries
from prongsai.integrity.models import CultureActivity, Gift
from prongsai.lib.fiscal import fiscal_year_bounds

# (key, upper bound in baht or None): "up to 3,000", "3,000.01–10,000", "above 10,000".
BANDS: tuple[tuple[str, Decimal | None], ...] = (
    ("up_to_limit", Decimal("3000")),
    ("to_10000", Decimal("10000")),
    ("above_10000", None),
)


def _gift_counts(agency: Agency, year: int) -> dict[str, Any]:
    start, end = fiscal_year_bounds(year)
    gifts = Gift.objects.filter(agency=agency, received_on__range=(start, end))
    counts: dict[str, Any] = {}
    for name, condition in (
        ("total", Q()),
        ("kept", Q(outcome=Gift.Outcome.KEPT)),
        ("allowed", Q(outcome=Gift.Outcome.ALLOWED)),
        ("report", Q(outcome=Gift.Outcome.REPORT)),
        ("decided_keep", Q(decision=Gift.Decision.KEEP)),
        ("decided_return", Q(decision=Gift.Decision.RETURN)),
        ("decided_hand_over", Q(decision=Gift.Decision.HAND_OVER)),
        ("awaiting", Q(status=Gift.Status.REPORTED)),
        ("not_reported", Q(status=Gift.Status.TO_REPORT)),
        ("reported_late", Q(reported_on__gt=F("deadline"))),
    ):
        counts[name] = Count("pk", filter=condition)
    lower = Decimal("0")
    for key, upper in BANDS:
        condition = Q(value__gt=lower) if upper is None else Q(value__gt=lower, value__lte=upper)
        counts[f"band_{key}"] = Count("pk", filter=condition)
        lower = upper or lower
    row = gifts.aggregate(**counts, value=Sum("value"))
    row["value"] = str(Decimal(row["value"] or 0).quantize(Decimal("0.01")))
    return row


def figures(agency: Agency, year: int) -> dict[str, Any]:
    """Everything the report prints, as JSON-ready values (dates as ISO text)."""
    start, end = fiscal_year_bounds(year)
    declaration = queries.approved_declaration(agency, year)
    activities = CultureActivity.objects.filter(
        agency=agency,
        programme=CultureActivity.Programme.NO_GIFT,
        published=True,
        held_on__range=(start, end),
    ).order_by("held_on", "pk")
    return {
        "year": year,
        "declaration": (
            {
                "title": declaration.title_th,
                "declared_on": declaration.declared_on.isoformat(),
                "version": declaration.version,
            }
            if declaration
            else None
        ),
        "activities": [
            {
                "held_on": activity.held_on.isoformat(),
                "title": activity.title,
                "kind": activity.kind,
                "audience": activity.audience,
                "attendance": activity.attendance,
            }
            for activity in activities[: queries.MAX_ROWS]
        ],
        "gifts": _gift_counts(agency, year),
    }


def for_display(frozen: dict[str, Any]) -> dict[str, Any]:
    """The frozen figures ready for a template: dates as dates, kinds in words, bands named."""
    from datetime import date

    kinds = dict(CultureActivity.Kind.choices)
    declaration = frozen.get("declaration")
    gifts = dict(frozen.get("gifts") or {})
    return {
        "year": frozen.get("year"),
        "declaration": (
            {**declaration, "declared_on": date.fromisoformat(declaration["declared_on"])}
            if declaration
            else None
        ),
        "activities": [
            {
                **activity,
                "held_on": date.fromisoformat(activity["held_on"]),
                "kind": kinds.get(activity["kind"], activity["kind"]),
            }
            for activity in frozen.get("activities") or []
        ],
        "attendance": sum(a["attendance"] for a in frozen.get("activities") or []),
        "gifts": gifts,
        "value": Decimal(gifts.get("value") or "0"),
    }
