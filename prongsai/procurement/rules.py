"""Plain rules of procurement, with no database: months of a fiscal year, amounts as people
type them, the bidders' lines, and the สขร.1 wording of money and dates."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils.translation import gettext as _

from prongsai.lib import thai
from prongsai.lib.fiscal import fiscal_month_order, fiscal_year, is_plausible_year

SATANG = Decimal("0.01")
MAX_BIDDERS = 20
FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)


def parse_baht(text: object, *, allow_zero: bool = False) -> Decimal | None:
    """An amount typed as "1,500.50", "๑,๕๐๐" or "1500 บาท", to the satang; None when it is
    not an amount (or zero, unless allowed)."""
    value = thai.parse_baht(text)
    if value is None or (value == 0 and not allow_zero):
        return None
    return value.quantize(SATANG)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of calendar month `month` (1–12) of fiscal year `year` (B.E.): month
    10 of 2567 is October 2566 (B.E.), month 9 is September 2567."""
    ce = thai.ce_year(year) - (1 if month >= 10 else 0)
    first = date(ce, month, 1)
    following = date(ce + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def is_month(year: int, month: int) -> bool:
    return is_plausible_year(year) and 1 <= month <= 12


def month_title(year: int, month: int) -> str:
    """ "ตุลาคม พ.ศ. 2566": the month as the form's title line names it."""
    first, _last = month_bounds(year, month)
    return f"{thai.THAI_MONTHS[month - 1]} พ.ศ. {thai.be_year(first.year)}"


PAST, CURRENT, FUTURE = "past", "current", "future"


def month_state(year: int, month: int, today: date) -> str:
    """Whether the month is over (PAST), under way (CURRENT) or not begun (FUTURE) on `today`:
    only a month that is over can have had "no procurement"."""
    first, last = month_bounds(year, month)
    if today < first:
        return FUTURE
    return CURRENT if today <= last else PAST


def is_public_year(year: int, today: date) -> bool:
    """A year the public pages answer for: any plausible year up to the next fiscal year (its
    plan may be published before it starts), none further ahead."""
    return is_plausible_year(year) and year <= fiscal_year(today) + 1


def months_in_order(year: int) -> list[int]:
    """The calendar months of the fiscal year, October first."""
    return [month for _ce, month in fiscal_month_order(year)]


def year_of(day: date) -> int:
    return fiscal_year(day)


def money(value: Decimal | None) -> str:
    """ "3,500.00" (the form's figures; Arabic digits as schools print them)."""
    return "" if value is None else f"{value:,.2f}"


def short_date(value: date | None) -> str:
    return thai.thai_date(value, short=True) if value else ""


@dataclass(frozen=True)
class BidderLine:
    name: str
    price: Decimal


_BIDDER = re.compile(r"^(?P<name>.*?\S)[\s:=–—-]+(?P<price>[฿\d๐-๙][\d๐-๙,.\s]*(?:บาท)?)\s*$")


def parse_bidders(text: str) -> tuple[list[BidderLine], list[str]]:
    """The bidders as typed, one a line ("ร้านสมใจ 3,500" or "ร้านสมใจ: 3,500 บาท"); lines
    may also be separated by ";" (a cell of a sheet). Returns the bidders and the Thai errors."""
    bidders: list[BidderLine] = []
    errors: list[str] = []
    lines = [line.strip() for line in re.split(r"[\n;]", text or "") if line.strip()]
    for number, line in enumerate(lines, start=1):
        found = _BIDDER.match(line)
        price = parse_baht(found["price"]) if found else None
        if not found or price is None:
            errors.append(
                _(
                    "Bidder line %(line)d (“%(text)s”): write the name, then the price, for "
                    "example ร้านสมใจ 3,500"
                )
                % {"line": number, "text": line[:60]}
            )
            continue
        bidders.append(BidderLine(found["name"].strip()[:200], price))
    if len(bidders) > MAX_BIDDERS:
        errors.append(_("At most %(max)d bidders per purchase.") % {"max": MAX_BIDDERS})
    return bidders, errors


def bidders_text(bidders: list[BidderLine]) -> str:
    return "\n".join(f"{bidder.name} {money(bidder.price)}" for bidder in bidders)
