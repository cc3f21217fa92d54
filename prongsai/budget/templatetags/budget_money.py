"""Money in the budget pages: "1,234.50" (web) and "๑,๒๓๔.๕๐" (the plan book)."""

from decimal import Decimal

from django import template

from prongsai.lib.thai import to_thai_digits

register = template.Library()


def _format(value: object) -> str:
    if value is None or value == "":
        return "–"
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    return f"{amount:,.2f}"


@register.filter
def baht(value: object) -> str:
    return _format(value)


@register.filter
def baht_th(value: object) -> str:
    """Thai digits; a zero is a dash, as the plan books print it."""
    if value in (0, None, ""):
        return "–"
    return to_thai_digits(_format(value))


@register.filter
def project_total(project: object) -> Decimal:
    """The sum of a project's activities (prefetched)."""
    activities = project.activities.all()  # type: ignore[attr-defined]
    return sum((activity.amount for activity in activities), Decimal("0.00"))
