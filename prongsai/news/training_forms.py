"""The training course form: B.E. dates, hours and counts typed with Thai or Arabic digits."""

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
from prongsai.lib.thai import to_arabic_digits
from prongsai.news.models import NewsItem
from prongsai.news.training_actions import CourseData
from prongsai.news.training_queries import news_choices
from prongsai.thaidates import ThaiDateField

_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def _number(text: str) -> Decimal | None:
    """ "๓", "3.5", "3,5 ชั่วโมง" → Decimal; None when empty; ValueError when not a number."""
    cleaned = to_arabic_digits(text or "").strip()
    cleaned = re.sub(r"\s*(ชั่วโมง|ชม\.?|คน|hours?|people)\s*$", "", cleaned).replace(",", ".")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(cleaned)
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the pattern already rules it out
        raise ValueError(cleaned) from error


class CourseForm(forms.Form):
    title = forms.CharField(
        label=_("Course"),
        max_length=300,
        error_messages={"required": _("Write the name of the course.")},
    )
    starts_on = ThaiDateField(
        label=_("First day"), error_messages={"required": _("Type the first day of the course.")}
    )
    ends_on = ThaiDateField(
        label=_("Last day"),
        required=False,
        help_text=_("Empty: a one-day course."),
    )
    hours = forms.CharField(
        label=_("Hours"),
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
        error_messages={"required": _("Type how many hours the course took, such as 6.")},
    )
    audience = forms.CharField(
        label=_("Audience"),
        max_length=300,
        help_text=_("Who it was for, such as teachers and staff, or year 4 pupils."),
        error_messages={"required": _("Write who the course was for.")},
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("The whole agency"),
    )
    place = forms.CharField(label=_("Place"), max_length=300, required=False)
    invited = forms.CharField(
        label=_("Invited"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
    )
    attended = forms.CharField(
        label=_("Attended"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
        help_text=_("How many people took part (empty until the course has been held)."),
    )
    satisfaction = forms.CharField(
        label=_("Satisfaction (out of 5)"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
        help_text=_("The mean score of the course's evaluation, such as 4.35."),
    )
    outcome = forms.CharField(
        label=_("What came of it"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    news_item = forms.ModelChoiceField(
        label=_("Photos from the news item"),
        queryset=NewsItem.objects.none(),
        required=False,
        empty_label=_("None"),
        help_text=_("A training or activity news item whose pictures show this course."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(agency=agency).order_by("name_th")  # type: ignore[attr-defined]
        self.fields["news_item"].queryset = news_choices(agency)  # type: ignore[attr-defined]

    def _decimal(self, name: str, message: Any, *, top: Decimal) -> Decimal | None:
        try:
            value = _number(self.cleaned_data.get(name) or "")
        except ValueError:
            raise forms.ValidationError(message) from None
        if value is not None and not Decimal(0) <= value <= top:
            raise forms.ValidationError(message)
        return value

    def clean_hours(self) -> Decimal:
        value = self._decimal(
            "hours",
            _("Type the hours as a number from 0.5 to 999, such as 6 or 3.5."),
            top=Decimal(999),
        )
        if value is None or value < Decimal("0.5"):
            raise forms.ValidationError(
                _("Type the hours as a number from 0.5 to 999, such as 6 or 3.5.")
            )
        return value.quantize(Decimal("0.1"))

    def _count(self, name: str) -> int | None:
        value = self._decimal(
            name, _("Type a whole number of people, such as 45."), top=Decimal(100_000)
        )
        if value is not None and value != value.to_integral_value():
            raise forms.ValidationError(_("Type a whole number of people, such as 45."))
        return int(value) if value is not None else None

    def clean_invited(self) -> int | None:
        return self._count("invited")

    def clean_attended(self) -> int | None:
        return self._count("attended")

    def clean_satisfaction(self) -> Decimal | None:
        value = self._decimal(
            "satisfaction",
            _("Type the score as a number from 0 to 5, such as 4.35."),
            top=Decimal(5),
        )
        return value.quantize(Decimal("0.01")) if value is not None else None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last day cannot come before the first day."))
        return data

    def course_data(self) -> CourseData:
        data = self.cleaned_data
        return CourseData(
            title=data["title"].strip(),
            starts_on=data["starts_on"],
            ends_on=data.get("ends_on") or data["starts_on"],
            hours=data["hours"],
            audience=data["audience"].strip(),
            unit=data.get("unit"),
            place=data.get("place", "").strip(),
            invited=data.get("invited"),
            attended=data.get("attended"),
            satisfaction=data.get("satisfaction"),
            outcome=data.get("outcome", "").strip(),
            news_item=data.get("news_item"),
        )


def course_initial(course: Any) -> dict[str, Any]:
    return {
        "title": course.title,
        "starts_on": course.starts_on,
        "ends_on": course.ends_on,
        "hours": course.hours,
        "audience": course.audience,
        "unit": course.unit_id,
        "place": course.place,
        "invited": course.invited if course.invited is not None else "",
        "attended": course.attended if course.attended is not None else "",
        "satisfaction": course.satisfaction if course.satisfaction is not None else "",
        "outcome": course.outcome,
        "news_item": course.news_item_id,
    }
