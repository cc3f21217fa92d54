"""The gift rules of the NACC announcement of 2563 (THAI-RULES.md §2.1), as plain functions.

- from a relative, or given to the public at large → kept, recorded only;
- from anyone else, worth no more than the limit (3,000 baht, per giver per occasion) → allowed;
- above the limit → reported to the head within the agency's days (30) of the day received.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from prongsai.integrity.models import Gift
from prongsai.lib import thai
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds
from prongsai.lib.thai import thai_date

MAX_VALUE = Decimal("9999999999.99")


def gift_outcome(*, relative: bool, to_public: bool, value: Decimal, limit: Decimal) -> str:
    """Gift.Outcome for a gift: what the rules say happens to it."""
    if relative or to_public:
        return Gift.Outcome.KEPT
    if value <= limit:
        return Gift.Outcome.ALLOWED
    return Gift.Outcome.REPORT


def report_deadline(received_on: date, days: int) -> date:
    """The last day to report: `days` days after the day received (day 30 is still on time)."""
    return received_on + timedelta(days=days)


def is_late(deadline: date, on: date) -> bool:
    return on > deadline


def earliest_received(today: date) -> date:
    """The first day a gift may have been received: the start of the previous fiscal year."""
    return fiscal_year_bounds(fiscal_year(today) - 1)[0]


def parse_baht(text: str) -> Decimal | None:
    """ "๓,๕๐๐", "3500 บาท", "3,500.50" → a Decimal; anything else (or ≤ 0) → None."""
    value = thai.parse_baht(text)
    if value is None or value <= 0 or value > MAX_VALUE:
        return None
    return value


# ---------------------------------------------------------------- what the rules say, in words

LAW_SOURCE = gettext_lazy(
    "Organic Act on Anti-Corruption B.E. 2561 (2018), section 128, and the Announcement of the "
    "National Anti-Corruption Commission on the criteria for state officials receiving property "
    "or other benefits in keeping with custom, B.E. 2563 (2020)."
)
LIMIT_SOURCE = gettext_lazy(
    "A state official may accept from someone who is not a relative, on a festival or important "
    "day, property or a benefit worth no more than 3,000 baht per giver per occasion."
)
DAYS_SOURCE = gettext_lazy(
    "Above that value, the official reports to the head of the agency (or to whoever appoints "
    "the head) within 30 days of receipt; the head decides whether there is a proper reason to "
    "keep it, otherwise it is returned to the giver or handed over to the agency."
)


def explanation(gift: Gift) -> str:
    """The rule's outcome for this gift, in a sentence for the declarer and the head."""
    if gift.relationship == Gift.Relationship.RELATIVE:
        return _(
            "From a relative: it may be kept in an amount suited to the giver's status. It is "
            "recorded only."
        )
    if gift.to_public:
        return _(
            "Given to the public at large, not to you in particular: it may be kept. It is "
            "recorded only."
        )
    if gift.outcome == Gift.Outcome.ALLOWED:
        return _(
            "From someone who is not a relative, worth %(value)s baht, no more than the limit of "
            "%(limit)s baht: it may be accepted and is recorded."
        ) % {"value": f"{gift.value:,.2f}", "limit": f"{gift.limit_baht:,.2f}"}
    return _(
        "Worth %(value)s baht, above the limit of %(limit)s baht: it must be reported to the head "
        "of the agency by %(deadline)s, who decides whether it may be kept, returned to the giver "
        "or handed over to the agency."
    ) % {
        "value": f"{gift.value:,.2f}",
        "limit": f"{gift.limit_baht:,.2f}",
        "deadline": thai_date(gift.deadline) if gift.deadline else "",
    }
