"""The manual's edit page: its own fields, and its steps as a formset (blank rows are ignored)."""

from datetime import date
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Unit
from prongsai.manuals.actions import ManualData, StepData
from prongsai.manuals.models import Manual, ManualVersion
from prongsai.thaidates import ThaiDateField

MAX_STEPS = 40
MAX_MINUTES = 60 * 24 * 90  # ninety days: anything longer is a typing mistake


class ManualForm(forms.Form):
    title = forms.CharField(
        label=_("Title of the manual"),
        max_length=300,
        help_text=_("e.g. คู่มือการปฏิบัติงานการยืมพัสดุไปใช้นอกสถานที่"),
        error_messages={"required": _("Type the title of the manual.")},
    )
    owner_unit = forms.ModelChoiceField(
        label=_("Owner unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("— the whole agency —"),
        error_messages={"invalid_choice": _("Choose one of the units in the list.")},
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Why the procedure exists and what it must achieve."),
    )
    scope = forms.CharField(
        label=_("Scope"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Where the procedure starts and ends, and whom it concerns."),
    )
    review_on = ThaiDateField(
        label=_("Review date"),
        help_text=_("The date by which the manual must be reviewed again, usually a year ahead."),
        error_messages={
            "required": _("Choose the date by which the manual must be reviewed again."),
        },
    )
    changes = forms.CharField(
        label=_("What changed in this version"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def __init__(
        self,
        *args: Any,
        units: QuerySet[Unit],
        unit_required: bool,
        today: date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        owner = self.fields["owner_unit"]
        assert isinstance(owner, forms.ModelChoiceField)
        owner.queryset = units
        if unit_required:
            owner.required = True
            owner.empty_label = None
            owner.error_messages["required"] = _("Choose the unit that owns the manual.")
            owner.help_text = _("You write the manuals of your own units.")

    def clean_review_on(self) -> date:
        value: date = self.cleaned_data["review_on"]
        if value <= self.today:
            raise forms.ValidationError(_("The review date must be after today."))
        return value

    @staticmethod
    def initial_for(manual: Manual, version: ManualVersion) -> dict[str, Any]:
        return {
            "title": version.title,
            "owner_unit": manual.owner_unit_id,
            "purpose": version.purpose,
            "scope": version.scope,
            "review_on": version.review_on,
            "changes": version.changes,
        }


class StepForm(forms.Form):
    """One step. A row left blank is no step; a row begun must name the work, who and how long."""

    order = forms.IntegerField(
        label=_("Order"),
        required=False,
        min_value=1,
        max_value=MAX_STEPS,
        widget=forms.NumberInput(attrs={"class": "step-order"}),
        error_messages={
            "invalid": _("Type a number."),
            "min_value": _("Type a number from 1."),
            "max_value": _("Type a number up to %(limit_value)s."),
        },
    )
    title = forms.CharField(label=_("What is done"), max_length=300, required=False)
    responsible = forms.CharField(
        label=_("Responsible (role or person)"), max_length=300, required=False
    )
    duration_minutes = forms.IntegerField(
        label=_("Time (minutes)"),
        required=False,
        min_value=1,
        max_value=MAX_MINUTES,
        error_messages={
            "invalid": _("Type the time in whole minutes, e.g. 30."),
            "min_value": _("Type at least 1 minute."),
            "max_value": _("That is more than ninety days. Type the time in minutes."),
        },
    )
    output = forms.CharField(label=_("Output"), max_length=500, required=False)

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any(
            data.get(name) not in (None, "")
            for name in ("title", "responsible", "duration_minutes", "output")
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.is_blank() or data.get("DELETE"):
            return data
        if not (data.get("title") or "").strip() and "title" not in self.errors:
            self.add_error("title", _("Type what is done in this step."))
        if not (data.get("responsible") or "").strip() and "responsible" not in self.errors:
            self.add_error("responsible", _("Type who does this step."))
        if data.get("duration_minutes") is None and "duration_minutes" not in self.errors:
            self.add_error("duration_minutes", _("Type the time in minutes, e.g. 30."))
        return data


class BaseStepFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    def clean(self) -> None:
        if any(self.errors):
            return
        if not self.steps():
            raise forms.ValidationError(_("Add at least one step."))

    def steps(self) -> list[StepData]:
        """The filled, not deleted rows, by their order number (ties keep the page's order)."""
        kept = []
        for index, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or form.is_blank():
                continue
            order = data.get("order") or MAX_STEPS + 1
            kept.append(
                (
                    order,
                    index,
                    StepData(
                        title=data["title"].strip(),
                        responsible=data["responsible"].strip(),
                        duration_minutes=data["duration_minutes"],
                        output=(data.get("output") or "").strip(),
                    ),
                )
            )
        return [step for _order, _index, step in sorted(kept, key=lambda k: (k[0], k[1]))]


StepFormSet = forms.formset_factory(
    StepForm,
    formset=BaseStepFormSet,
    extra=0,
    can_delete=True,
    max_num=MAX_STEPS,
    validate_max=True,
    absolute_max=MAX_STEPS,
)


def step_formset(
    data: Any = None, *, version: ManualVersion | None = None, blank_rows: int = 3
) -> BaseStepFormSet:
    """Bound to POST data, or filled with the version's steps plus a few blank rows."""
    if data is not None:
        return cast(BaseStepFormSet, StepFormSet(data, prefix="steps"))
    initial: list[dict[str, Any]] = []
    if version is not None:
        initial = [
            {
                "order": number,
                "title": step.title,
                "responsible": step.responsible,
                "duration_minutes": step.duration_minutes,
                "output": step.output,
            }
            for number, step in enumerate(version.steps.all(), start=1)
        ]
    rows = initial + [{} for _ in range(blank_rows)]
    return cast(BaseStepFormSet, StepFormSet(initial=rows[:MAX_STEPS], prefix="steps"))


def manual_data(form: ManualForm, formset: BaseStepFormSet) -> ManualData:
    data = form.cleaned_data
    return ManualData(
        title=data["title"],
        owner_unit=data["owner_unit"],
        purpose=data["purpose"],
        scope=data["scope"],
        review_on=data["review_on"],
        changes=data["changes"],
        steps=formset.steps(),
    )
