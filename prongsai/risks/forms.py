"""The assessment's forms: start a year, its settings, a risk, a measure, a follow-up. Every
error is a polite Thai sentence naming the field."""

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.modules import PlanMeasure
from prongsai.lib.thai import to_arabic_digits
from prongsai.risks import actions, rules
from prongsai.risks.models import FollowUp
from prongsai.thaidates import ThaiDateField


class StartForm(forms.Form):
    year = forms.TypedChoiceField(
        label=_("Fiscal year"),
        coerce=int,
        error_messages={
            "required": _("Choose the fiscal year of the assessment."),
            "invalid_choice": _("Choose one of the fiscal years offered."),
        },
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["year"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [(year, str(year)) for year in years]


class ScoreField(forms.IntegerField):
    """A score of 1–25, typed in Arabic or Thai digits."""

    def to_python(self, value: Any) -> int | None:
        if isinstance(value, str):
            value = to_arabic_digits(value).strip()
        return super().to_python(value)


def _score(label: Any) -> ScoreField:
    message = _("Type a whole score from 2 to 25, for example 9.")
    return ScoreField(
        label=label,
        min_value=2,
        max_value=25,
        error_messages={
            "required": message,
            "invalid": message,
            "min_value": message,
            "max_value": message,
        },
    )


class SettingsForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("How the risks were found (who took part, what was looked at); optional."),
    )
    medium_from = _score(_("Medium from score"))
    high_from = _score(_("High from score"))
    very_high_from = _score(_("Very high from score"))
    bands_source = forms.CharField(
        label=_("Source of the bands"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Printed under the matrix: the guide the bands come from."),
        error_messages={"required": _("Name the guide the risk bands come from.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        edges = [data.get(name) for name in ("medium_from", "high_from", "very_high_from")]
        if all(edge is not None for edge in edges):
            try:
                rules.Bands(*edges).check()  # type: ignore[arg-type]
            except ValidationError as error:
                self.add_error("high_from", error)
        return data

    def bands(self) -> rules.Bands:
        data = self.cleaned_data
        return rules.Bands(data["medium_from"], data["high_from"], data["very_high_from"])


def _scale_choices(labels: dict[int, Any]) -> list[tuple[int, str]]:
    return [(number, f"{number} – {labels[number]}") for number in rules.SCALE]


class RiskForm(forms.Form):
    process = forms.CharField(
        label=_("Process or work area"),
        max_length=300,
        help_text=_("For example: procurement, school admissions, the use of school vehicles."),
        error_messages={"required": _("Type the process or work area where the risk lies.")},
    )
    description = forms.CharField(
        label=_("What can go wrong"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Describe what could go wrong.")},
    )
    involved_roles = forms.CharField(
        label=_("Who could be involved (by role)"),
        max_length=300,
        help_text=_("Roles, never names: for example “procurement officer, committee members”."),
        error_messages={"required": _("Name the roles that could be involved (not people).")},
    )
    likelihood = forms.TypedChoiceField(
        label=_("Likelihood (1–5)"),
        coerce=int,
        choices=_scale_choices(rules.LIKELIHOOD_LABELS),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how likely it is, from 1 to 5."),
            "invalid_choice": _("Choose how likely it is, from 1 to 5."),
        },
    )
    impact = forms.TypedChoiceField(
        label=_("Impact (1–5)"),
        coerce=int,
        choices=_scale_choices(rules.IMPACT_LABELS),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how bad it would be, from 1 to 5."),
            "invalid_choice": _("Choose how bad it would be, from 1 to 5."),
        },
    )
    existing_controls = forms.CharField(
        label=_("Existing controls"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What already prevents it (rules, committees, checks)."),
    )
    plan_measure = forms.CharField(
        label=_("Measure of the measures plan"),
        required=False,
        max_length=300,
        help_text=_("The integrity measure this risk belongs to, if any (its number or name)."),
    )

    def __init__(self, *args: Any, measures: Sequence[PlanMeasure] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not measures:
            return  # no measures plan this year: the measure is typed, if any
        current = str(self.initial.get("plan_measure") or "")
        labels = [measure.label for measure in measures]
        choices = [("", _("None"))] + [(label, label) for label in labels]
        if current and current not in labels:
            choices.append((current, current))  # named before the plan changed: kept
        self.fields["plan_measure"] = forms.ChoiceField(
            label=_("Measure of the measures plan"),
            required=False,
            choices=choices,
            help_text=_("The integrity measure of this year's measures plan the risk belongs to."),
        )

    def risk_data(self) -> actions.RiskData:
        return actions.RiskData(**self.cleaned_data)


class MeasureForm(forms.Form):
    action = forms.CharField(
        label=_("What will be done"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Describe the measure: what will be done.")},
    )
    owner = forms.CharField(
        label=_("Responsible (role or unit)"),
        max_length=200,
        error_messages={"required": _("Name the role or unit responsible for the measure.")},
    )
    due_on = ThaiDateField(
        label=_("Due date"),
        error_messages={"required": _("Type the date the measure is due.")},
    )

    def measure_data(self) -> actions.MeasureData:
        return actions.MeasureData(**self.cleaned_data)


class FollowUpForm(forms.Form):
    recorded_on = ThaiDateField(
        label=_("Date"), error_messages={"required": _("Type the date of the follow-up.")}
    )
    round = forms.ChoiceField(
        label=_("Round"),
        choices=FollowUp.Round.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the round: six-month or annual.")},
    )
    progress = forms.ChoiceField(
        label=_("Status"),
        choices=FollowUp.Progress.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how far the measure has come.")},
    )
    done = forms.CharField(
        label=_("What was done"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Describe what was done about the measure.")},
    )

    def follow_up_data(self) -> actions.FollowUpData:
        return actions.FollowUpData(**self.cleaned_data)
