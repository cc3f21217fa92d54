"""Forms of the improvement plan: an action, and a progress update."""

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.feedback.models import ActionProgress
from prongsai.feedback.survey_forms import MAX_TEXT, _unit_field
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField


class ActionForm(forms.Form):
    title = forms.CharField(
        label=_("What will be done"),
        max_length=300,
        error_messages={"required": _("Write what will be done, in one line.")},
    )
    detail = forms.CharField(
        label=_("Details (how, with what budget, how success is measured)"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    themes = forms.MultipleChoiceField(
        label=_("The suggestions it answers"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose among the suggestion groups listed.")},
    )
    owner = forms.CharField(
        label=_("Person responsible"),
        required=False,
        max_length=200,
        help_text=_("A name or a position, such as the head of general administration."),
    )
    due_on = ThaiDateField(
        label=_("Due date"), error_messages={"required": _("Type the date it is due.")}
    )

    field_order = ["title", "detail", "themes", "unit", "owner", "due_on"]

    def __init__(
        self, *args: Any, units: Any, themes: list[tuple[str, int]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = [  # type: ignore[attr-defined]
            (word, f"“{word}” ({count})" if word else f"{_('Other suggestions')} ({count})")
            for word, count in themes
        ]
        unit = _unit_field(units, False)
        unit.empty_label = _("No unit (a person only)")
        self.fields["unit"] = unit
        self.order_fields(self.field_order)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "unit" in data and "owner" in data and not data["unit"] and not data["owner"].strip():
            self.add_error("owner", _("Name who is responsible: a unit, a person or both."))
        return data


class ProgressForm(forms.Form):
    recorded_on = ThaiDateField(
        label=_("As of"), error_messages={"required": _("Type the date of this update.")}
    )
    status = forms.ChoiceField(
        label=_("State"),
        choices=ActionProgress.Status.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the state of the action.")},
    )
    percent = forms.CharField(
        label=_("Percent done"),
        required=False,
        max_length=5,
        help_text=_("0 to 100; “done” counts as 100."),
    )
    note = forms.CharField(
        label=_("What was done"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write what was done since the last update.")},
    )

    def clean_recorded_on(self) -> Any:
        day = self.cleaned_data.get("recorded_on")
        if day is not None and day > timezone.localdate():
            raise forms.ValidationError(_("Progress is told as of today or an earlier day."))
        return day

    def clean_percent(self) -> int:
        typed = to_arabic_digits(self.cleaned_data.get("percent") or "").strip().rstrip("%")
        if not typed:
            return 0
        if not typed.isdigit() or int(typed) > 100:
            raise forms.ValidationError(_("Type the percent done as a number from 0 to 100."))
        return int(typed)
