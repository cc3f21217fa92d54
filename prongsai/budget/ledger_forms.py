"""Forms of purchase orders and transfers: amounts as people type them, dates in B.E."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.budget import rules
from prongsai.budget.forms import BahtField, _ActivityChoice
from prongsai.budget.models import Activity
from prongsai.thaidates import ThaiDateField


def _activities(field: Any, activities: list[Activity]) -> None:
    field.queryset = (
        Activity.objects.filter(pk__in=[a.pk for a in activities])
        .select_related("project")
        .order_by("project__number", "order", "pk")
    )


class _InYear(forms.Form):
    year: int = 0
    date_field = ""

    def _check_year(self) -> Any:
        value = self.cleaned_data[self.date_field]
        if value and not rules.in_year(value, self.year):
            raise ValidationError(
                _("The date must fall within fiscal year %(year)s (1 October to 30 September).")
                % {"year": self.year}
            )
        return value


class CommitmentForm(_InYear):
    date_field = "committed_on"
    activity = _ActivityChoice(
        label=_("Project and activity"),
        queryset=Activity.objects.none(),
        error_messages={
            "required": _("Choose the activity the order is for."),
            "invalid_choice": _("Choose one of the activities of the plan."),
        },
    )
    committed_on = ThaiDateField(
        label=_("Date of the order"),
        error_messages={"required": _("Type the day the order was signed.")},
    )
    amount = BahtField(
        label=_("Amount (baht)"),
        help_text=_("For example 3500, 1,500.50 or ๓,๕๐๐ บาท."),
        error_messages={"required": _("Type the order's amount in baht.")},
    )
    document_no = forms.CharField(label=_("Order number"), max_length=60, required=False)
    description = forms.CharField(label=_("Description"), max_length=300, required=False)

    def __init__(self, *args: Any, activities: list[Activity], year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.year = year
        _activities(self.fields["activity"], activities)

    def clean_committed_on(self) -> Any:
        return self._check_year()


class TransferForm(_InYear):
    date_field = "on"
    source = _ActivityChoice(
        label=_("From the activity"),
        queryset=Activity.objects.none(),
        error_messages={
            "required": _("Choose the activity the money moves from."),
            "invalid_choice": _("Choose one of the activities of the plan."),
        },
    )
    target = _ActivityChoice(
        label=_("To the activity"),
        queryset=Activity.objects.none(),
        error_messages={
            "required": _("Choose the activity the money moves to."),
            "invalid_choice": _("Choose one of the activities of the plan."),
        },
    )
    on = ThaiDateField(
        label=_("Date"), error_messages={"required": _("Type the day of the transfer.")}
    )
    amount = BahtField(
        label=_("Amount (baht)"),
        help_text=_("For example 3500, 1,500.50 or ๓,๕๐๐ บาท."),
        error_messages={"required": _("Type the amount to move in baht.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write why the money moves.")},
    )

    def __init__(self, *args: Any, activities: list[Activity], year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.year = year
        _activities(self.fields["source"], activities)
        _activities(self.fields["target"], activities)

    def clean_on(self) -> Any:
        return self._check_year()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        source, target = data.get("source"), data.get("target")
        if source is not None and source == target:
            self.add_error(
                "target", _("Choose two different activities: money moves from one to another.")
            )
        return data
