"""Template filters for Thai dates and numbers (built in: no {% load %} needed).

{{ value|thai_date }}          25 พ.ย. 2569   (screens)
{{ value|thai_date:"full" }}   25 พฤศจิกายน 2569
{{ value|thai_date_doc }}      ๒๕ พฤศจิกายน ๒๕๖๙   (official documents)
{{ value|thai_datetime }}      25 พ.ย. 2569 14:05 น.
{{ value|thai_digits }}        ๑๒๓
{{ value|arabic_digits }}      123   (a stored text with Thai digits, on a screen)
{{ value|baht_text }}          หนึ่งร้อยบาทถ้วน
{{ minutes|duration }}         1 วัน 2 ชั่วโมง
"""

from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from prongsai.lib import fiscal, thai

register = template.Library()


def _local(value: date | datetime) -> date | datetime:
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.filter
def thai_date(value: date | datetime | None, style: str = "short") -> str:
    if value is None or value == "":
        return ""
    return thai.thai_date(_local(value), short=style != "full")


@register.filter
def thai_date_doc(value: date | datetime | None) -> str:
    if value is None or value == "":
        return ""
    return thai.thai_date(_local(value), short=False, thai_digits=True)


@register.filter
def thai_datetime(value: datetime | None) -> str:
    if value is None or value == "":
        return ""
    local = _local(value)
    assert isinstance(local, datetime)
    return thai.thai_datetime(local)


@register.filter
def thai_digits(value: object) -> str:
    return thai.to_thai_digits(value)


@register.filter
def arabic_digits(value: object) -> str:
    return thai.to_arabic_digits("" if value is None else str(value))


@register.filter
def baht_text(value: object) -> str:
    if value is None or value == "":
        return ""
    return thai.baht_text(value)  # type: ignore[arg-type]  # the helper validates


@register.filter
def fiscal_year(value: date | None) -> int | str:
    return "" if value is None else fiscal.fiscal_year(value)


@register.filter
def duration(minutes: int | str | None) -> str:
    """{{ step.minutes|duration }} → "1 วัน", "2 ชั่วโมง 30 นาที" (English when chosen)."""
    if minutes is None or minutes == "":
        return ""
    return thai.duration_text(int(minutes), english=(get_language() or "").startswith("en"))
