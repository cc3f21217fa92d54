"""Date boxes people can type and read: day/month/Buddhist-era year (25/11/2569).

Every date in a form is a :class:`ThaiDateField`.  It shows ``25/11/2569``, accepts Thai
digits, a Gregorian year when it is clearly one (below 2400), a Thai month name and the bare
digits of a phone's number pad, and answers anything else with a Thai message that shows the
expected form.  Parsing lives in :func:`prongsai.lib.thai.parse_thai_date`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from prongsai.lib.thai import date_input_text, is_impossible_date, parse_thai_date

__all__ = ["ThaiDateField", "ThaiDateInput"]

EXAMPLE = "25/11/2569"
HINT = _("Day/month/year in the Buddhist era, for example 25/11/2569.")


class ThaiDateInput(forms.TextInput):
    """A text box (not the browser's mm/dd/yyyy picker) showing dd/mm/yyyy in the Buddhist era."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {
            "inputmode": "numeric",
            "autocomplete": "off",
            "placeholder": _("dd/mm/yyyy (B.E.)"),
            "size": "12",
            "maxlength": "40",
            "class": "date-input",
        }
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return date_input_text(value)
        return super().format_value(value)


class ThaiDateField(forms.DateField):
    widget = ThaiDateInput
    default_error_messages = {
        "invalid": _(
            "Type the date as day/month/year in the Buddhist era, for example %(example)s."
        ),
        "impossible": _("There is no such day as %(typed)s: check the day and the month."),
    }

    def __init__(self, **kwargs: Any) -> None:
        given = kwargs.get("help_text")
        kwargs["help_text"] = format_lazy("{} {}", given, HINT) if given else HINT
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        parsed = parse_thai_date(str(value))
        if parsed is None and is_impossible_date(str(value)):
            raise ValidationError(
                self.error_messages["impossible"], code="impossible", params={"typed": value}
            )
        if parsed is None:
            raise ValidationError(
                self.error_messages["invalid"], code="invalid", params={"example": EXAMPLE}
            )
        return parsed

    def has_changed(self, initial: Any, data: Any) -> bool:
        try:
            return self.to_python(data) != self.to_python(initial)
        except ValidationError:
            return True
