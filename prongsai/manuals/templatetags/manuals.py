"""{% load manuals %}: {{ minutes|duration }} on screens, {{ minutes|duration_doc }} in print."""

from django import template

from prongsai.manuals.durations import duration_document, duration_text

register = template.Library()


@register.filter
def duration(minutes: int | None) -> str:
    return "" if minutes is None else duration_text(minutes)


@register.filter
def duration_doc(minutes: int | None) -> str:
    return "" if minutes is None else duration_document(minutes)
