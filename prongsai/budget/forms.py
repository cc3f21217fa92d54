"""The action plan's forms: amounts as people type them ("๓,๕๐๐", "3500 บาท"), dates in B.E."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Unit
from prongsai.budget import actions, rules
from prongsai.budget.limits import PLAN_IMPORT
from prongsai.budget.models import Activity, Commitment, Fund, Project, Strategy
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload


class BahtField(forms.CharField):
    """An amount in baht typed as "3500", "1,500.50", "๓,๕๐๐" or "3500 บาท"."""

    default_error_messages = {
        "invalid": _("Type the amount in baht as a number, for example 3500 or ๓,๕๐๐."),
    }

    def __init__(self, *, allow_zero: bool = False, **kwargs: Any) -> None:
        self.allow_zero = allow_zero
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off", "maxlength": "40"})

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        parsed = rules.parse_baht(text[:40], allow_zero=self.allow_zero)
        if parsed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return f"{value:,.2f}"
        return value


def _text(label: Any, required_message: Any, *, rows: int = 0, max_length: int = 300) -> Any:
    widget = forms.Textarea(attrs={"rows": rows}) if rows else None
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=widget,
        error_messages={"required": required_message},
    )


class PlanForm(forms.Form):
    year = forms.IntegerField(
        label=_("Fiscal year (B.E.)"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "required": _("Type the fiscal year in the Buddhist era, for example 2567."),
            "invalid": _("Type the fiscal year in the Buddhist era, for example 2567."),
            "min_value": _("Type the fiscal year in the Buddhist era, for example 2567."),
            "max_value": _("Type the fiscal year in the Buddhist era, for example 2567."),
        },
    )


class StrategyForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Level"),
        choices=Strategy.Level.choices,
        error_messages={"required": _("Choose whose strategy it is.")},
    )
    number = forms.IntegerField(
        label=_("Number"),
        min_value=1,
        max_value=99,
        error_messages={
            "required": _("Type the strategy's number, for example 1."),
            "invalid": _("Type the strategy's number, for example 1."),
            "min_value": _("The number is 1 or more."),
            "max_value": _("The number is 99 or less."),
        },
    )
    title = _text(_("Strategy or goal"), _("Type the strategy or goal."), max_length=500)


class FundForm(forms.Form):
    name = _text(_("Kind of money"), _("Type the name of the kind of money."), max_length=200)
    estimate = BahtField(
        label=_("Income estimate for the year (baht)"),
        allow_zero=True,
        required=False,
        help_text=_("For example 250000 or ๒๕๐,๐๐๐ บาท. Leave empty for none."),
    )
    brought_forward = BahtField(
        label=_("Brought forward from last year (baht)"), allow_zero=True, required=False
    )


class ProjectForm(forms.Form):
    number = forms.IntegerField(
        label=_("Project number"),
        min_value=1,
        max_value=999,
        error_messages={
            "required": _("Type the project's number in the plan."),
            "invalid": _("Type the project's number in the plan."),
            "min_value": _("The number is 1 or more."),
            "max_value": _("The number is 999 or less."),
        },
    )
    name = _text(_("Project name"), _("Type the project's name."))
    area = forms.ChoiceField(
        label=_("Work area"),
        choices=Project.Area.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the work area the project belongs to.")},
    )
    strategies = forms.ModelMultipleChoiceField(
        label=_("Strategies it serves"),
        queryset=Strategy.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    unit = forms.ModelChoiceField(
        label=_("Responsible unit"),
        queryset=Unit.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choose one of the units listed.")},
    )
    responsible = _text(_("Responsible person"), _("Type who is responsible for the project."))
    nature = forms.ChoiceField(
        label=_("Continuing or new"),
        choices=Project.Nature.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether the project is continuing or new.")},
    )
    starts_on = ThaiDateField(
        label=_("Starts"), error_messages={"required": _("Type the day the project starts.")}
    )
    ends_on = ThaiDateField(
        label=_("Ends"), error_messages={"required": _("Type the day the project ends.")}
    )
    rationale = _text(_("Rationale"), _("Write the rationale."), rows=4, max_length=10000)
    objectives = _text(_("Objectives"), _("Write the objectives."), rows=3, max_length=5000)
    target_quantity = _text(
        _("Quantity targets"), _("Write the quantity targets."), rows=2, max_length=5000
    )
    target_quality = _text(
        _("Quality targets"), _("Write the quality targets."), rows=2, max_length=5000
    )
    anti_corruption = forms.BooleanField(
        label=_("A corruption prevention project"),
        required=False,
        help_text=_(
            "Ticked projects make up the anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) "
            "and its reports."
        ),
    )

    def __init__(
        self,
        *args: Any,
        strategies: list[Strategy],
        units: list[Unit],
        unit_required: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        strategy_field = self.fields["strategies"]
        strategy_field.queryset = Strategy.objects.filter(pk__in=[s.pk for s in strategies])  # type: ignore[attr-defined]
        strategy_field.label_from_instance = str  # type: ignore[attr-defined]
        if not strategies:
            strategy_field.help_text = _(
                "The plan has no strategy yet; the ITA officer or the director adds them on the "
                "plan's page, and you can tick them here later."
            )
        unit_field = self.fields["unit"]
        unit_field.queryset = Unit.objects.filter(pk__in=[u.pk for u in units])  # type: ignore[attr-defined]
        unit_field.required = unit_required
        unit_field.error_messages["required"] = _("Choose your unit, which proposes the project.")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("The project ends before it starts; check the two dates."))
        return data

    def project_data(self) -> actions.ProjectData:
        data = self.cleaned_data
        return actions.ProjectData(
            number=data["number"],
            name=data["name"],
            area=data["area"],
            strategies=list(data["strategies"]),
            unit=data["unit"],
            responsible=data["responsible"],
            nature=data["nature"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            rationale=data["rationale"],
            objectives=data["objectives"],
            target_quantity=data["target_quantity"],
            target_quality=data["target_quality"],
            anti_corruption=bool(data.get("anti_corruption")),
        )

    @staticmethod
    def initial_of(project: Project) -> dict[str, Any]:
        fields = ["number", "name", "area", "responsible", "nature", "starts_on", "ends_on"]
        fields += ["rationale", "objectives", "target_quantity", "target_quality"]
        fields += ["anti_corruption"]
        initial: dict[str, Any] = {name: getattr(project, name) for name in fields}
        initial["unit"] = project.unit_id
        initial["strategies"] = [s.pk for s in project.strategies.all()]
        return initial


class _FundChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class ActivityForm(forms.Form):
    name = _text(_("Activity"), _("Type the activity."))
    starts_on = ThaiDateField(
        label=_("Starts"), error_messages={"required": _("Type the day the activity starts.")}
    )
    ends_on = ThaiDateField(
        label=_("Ends"), error_messages={"required": _("Type the day the activity ends.")}
    )
    responsible = _text(_("Responsible person"), _("Type who is responsible for the activity."))
    fund = _FundChoice(
        label=_("Kind of money"),
        queryset=Fund.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Choose the kind of money the activity spends."),
            "invalid_choice": _("Choose one of the kinds of money of the plan."),
        },
    )
    amount = BahtField(
        label=_("Budget (baht)"),
        allow_zero=True,
        help_text=_("For example 3500, 1,500.50 or ๓,๕๐๐ บาท; 0 for an activity without budget."),
        error_messages={"required": _("Type the activity's budget in baht (0 if none).")},
    )
    q1 = BahtField(label=_("Quarter 1 (Oct–Dec)"), allow_zero=True, required=False)
    q2 = BahtField(label=_("Quarter 2 (Jan–Mar)"), allow_zero=True, required=False)
    q3 = BahtField(label=_("Quarter 3 (Apr–Jun)"), allow_zero=True, required=False)
    q4 = BahtField(label=_("Quarter 4 (Jul–Sep)"), allow_zero=True, required=False)

    def __init__(self, *args: Any, funds: list[Fund], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fund"].queryset = Fund.objects.filter(pk__in=[f.pk for f in funds])  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("The activity ends before it starts; check the two dates."))
        amount = data.get("amount")
        quarters = [data.get(f"q{n}") for n in range(1, 5)]
        typed = [q for q in quarters if q is not None]
        if amount is not None and typed and sum(typed, Decimal(0)) != amount:
            self.add_error(
                "q1",
                _(
                    "The four quarters must add up to the budget of the activity, or leave "
                    "them all empty to put the whole budget in the quarter it starts."
                ),
            )
        return data

    def activity_data(self) -> actions.ActivityData:
        data = self.cleaned_data
        return actions.ActivityData(
            name=data["name"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            responsible=data["responsible"],
            fund=data["fund"],
            amount=data["amount"],
            quarters=(data.get("q1"), data.get("q2"), data.get("q3"), data.get("q4")),
        )

    @staticmethod
    def initial_of(activity: Activity) -> dict[str, Any]:
        return {
            "name": activity.name,
            "starts_on": activity.starts_on,
            "ends_on": activity.ends_on,
            "responsible": activity.responsible,
            "fund": activity.fund_id,
            "amount": activity.amount,
            "q1": activity.q1,
            "q2": activity.q2,
            "q3": activity.q3,
            "q4": activity.q4,
        }


class _ActivityChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.project.number}. {obj.project.name} — {obj.name}"


class SpendingForm(forms.Form):
    activity = _ActivityChoice(
        label=_("Project and activity"),
        queryset=Activity.objects.none(),
        error_messages={
            "required": _("Choose the activity the money was spent on."),
            "invalid_choice": _("Choose one of the activities of the plan."),
        },
    )
    paid_on = ThaiDateField(
        label=_("Date paid"), error_messages={"required": _("Type the day the money was paid.")}
    )
    amount = BahtField(
        label=_("Amount (baht)"),
        help_text=_("For example 3500, 1,500.50 or ๓,๕๐๐ บาท."),
        error_messages={"required": _("Type the amount paid in baht.")},
    )
    document_no = forms.CharField(label=_("Document number"), max_length=60, required=False)
    description = forms.CharField(label=_("Description"), max_length=300, required=False)
    commitment = forms.ModelChoiceField(
        label=_("Purchase order it pays (if any)"),
        queryset=Commitment.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choose one of the open orders listed, or none.")},
    )

    def __init__(
        self,
        *args: Any,
        activities: list[Activity],
        year: int,
        orders: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.year = year
        field: Any = self.fields["activity"]
        field.queryset = (
            Activity.objects.filter(pk__in=[a.pk for a in activities])
            .select_related("project")
            .order_by("project__number", "order", "pk")
        )
        order_field: Any = self.fields["commitment"]
        if orders is None:
            del self.fields["commitment"]
        else:
            order_field.queryset = orders
            order_field.label_from_instance = lambda o: (
                f"{o.document_no or '–'} · {o.activity.name} · {o.amount:,.2f}"
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        order, activity = data.get("commitment"), data.get("activity")
        if order is not None and activity is not None and order.activity_id != activity.pk:
            self.add_error(
                "commitment",
                _("This order is for another activity; choose the order of the activity paid."),
            )
        return data

    def clean_paid_on(self) -> Any:
        value = self.cleaned_data["paid_on"]
        if value and not rules.in_year(value, self.year):
            raise ValidationError(
                _("The date must fall within fiscal year %(year)s (1 October to 30 September).")
                % {"year": self.year}
            )
        return value


class ReceiptForm(forms.Form):
    fund = _FundChoice(
        label=_("Kind of money"),
        queryset=Fund.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Choose the kind of money received."),
            "invalid_choice": _("Choose one of the kinds of money of the plan."),
        },
    )
    received_on = ThaiDateField(
        label=_("Date received"),
        error_messages={"required": _("Type the day the money was received.")},
    )
    amount = BahtField(
        label=_("Amount (baht)"), error_messages={"required": _("Type the amount in baht.")}
    )
    description = forms.CharField(label=_("Description"), max_length=300, required=False)

    def __init__(self, *args: Any, funds: list[Fund], year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.year = year
        self.fields["fund"].queryset = Fund.objects.filter(pk__in=[f.pk for f in funds])  # type: ignore[attr-defined]

    def clean_received_on(self) -> Any:
        value = self.cleaned_data["received_on"]
        if value and not rules.in_year(value, self.year):
            raise ValidationError(
                _("The date must fall within fiscal year %(year)s (1 October to 30 September).")
                % {"year": self.year}
            )
        return value


class ImportForm(forms.Form):
    sheet = forms.FileField(
        label=_("Plan sheet (.xlsx or .csv)"),
        error_messages={"required": _("Choose the .xlsx or .csv file of the plan to import.")},
        validators=[lambda upload: check_upload(upload, PLAN_IMPORT)],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sheet"].help_text = PLAN_IMPORT.help_text()


class YearReportForm(forms.Form):
    """The narrative of a year's report and one "results" box per project."""

    summary = forms.CharField(
        label=_("Summary of the year's results"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    problems = forms.CharField(
        label=_("Problems and obstacles"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    suggestions = forms.CharField(
        label=_("Suggestions"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: Any, projects: list[Project], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.projects = projects
        for project in projects:
            self.fields[f"result_{project.pk}"] = forms.CharField(
                label=_("Results of project %(number)s %(name)s")
                % {"number": project.number, "name": project.name},
                required=False,
                max_length=20000,
                initial=project.result,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def results(self) -> dict[int, str]:
        return {p.pk: self.cleaned_data.get(f"result_{p.pk}", "") for p in self.projects}
