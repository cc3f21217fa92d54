from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, current_fiscal_year
from prongsai.measures.actions import (
    BLANK_NEW_ROW_MESSAGE,
    BLANK_ROW_MESSAGE,
    FUTURE_PROGRESS_MESSAGE,
    RowData,
    row_is_blank,
)
from prongsai.measures.document import (
    MAX_CELL_CHARACTERS,
    MAX_ITEM_CHARACTERS,
    cell_length_problem,
)
from prongsai.measures.models import Plan, Publication
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MEASURES_EVIDENCE, MEASURES_IMPORT


def lines(text: str) -> list[str]:
    """One item per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class PlanChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A plan, shown by its fiscal year."""

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.fiscal_year)


class StartPlanForm(forms.Form):
    SOURCES = [
        ("standard", _("The ten standard measures")),
        ("copy", _("A copy of another year's plan")),
    ]
    year = forms.IntegerField(
        label=_("Fiscal year (B.E.)"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "min_value": _("Use the Buddhist era, e.g. 2569."),
            "max_value": _("Use the Buddhist era, e.g. 2569."),
            "invalid": _("Type the year as a number, e.g. 2569."),
            "required": _("Type the fiscal year, e.g. 2569."),
        },
    )
    source = forms.ChoiceField(label=_("Start from"), choices=SOURCES, widget=forms.RadioSelect)
    copy_from = PlanChoiceField(
        label=_("Plan to copy"), queryset=Plan.objects.none(), required=False
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = current_fiscal_year()
        self.fields["source"].initial = "standard"
        copy_from = self.fields["copy_from"]
        assert isinstance(copy_from, forms.ModelChoiceField)
        copy_from.queryset = Plan.objects.filter(agency=agency).order_by("-fiscal_year")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("source") == "copy" and not data.get("copy_from"):
            self.add_error("copy_from", _("Choose the plan to copy."))
        return data


class RowForm(forms.Form):
    blank_message = BLANK_ROW_MESSAGE

    steps = forms.CharField(
        label=_("Steps / method"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("One step per line; numbers ๑) ๒) are added when printed."),
    )
    responsible_units = forms.ModelMultipleChoiceField(
        label=_("Responsible units"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    responsible_text = forms.CharField(
        label=_("Responsible (as printed)"),
        max_length=1000,
        required=False,
        help_text=_("Leave empty to print the names of the units chosen above."),
    )
    summary = forms.CharField(
        label=_("Summary of what was done"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("One result per line. Empty: the annual report lists the recorded progress."),
    )
    outcome = forms.CharField(
        label=_("Outcome"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("One outcome per line."),
    )
    due_text = forms.CharField(
        label=_("Due"),
        max_length=200,
        required=False,
        help_text=_("Month and year, e.g. กันยายน ๒๕๖๙."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = _("At most %(item)s characters per line and %(cell)s in all.") % {
            "item": f"{MAX_ITEM_CHARACTERS:,}",
            "cell": f"{MAX_CELL_CHARACTERS:,}",
        }
        for name in ("steps", "summary", "outcome"):
            self.fields[name].help_text = f"{self.fields[name].help_text} {limit}"
        units = self.fields["responsible_units"]
        assert isinstance(units, forms.ModelMultipleChoiceField)
        units.queryset = Unit.objects.filter(agency=agency)

    def clean_due_text(self) -> str:
        from prongsai.lib.thai import parse_thai_month_year

        text: str = self.cleaned_data["due_text"].strip()
        if text and parse_thai_month_year(text) is None:
            raise forms.ValidationError(
                _("Write the month and the Buddhist-era year, e.g. กันยายน ๒๕๖๙ or ก.ย. 2569.")
            )
        return text

    def _cell(self, name: str) -> str:
        text: str = self.cleaned_data[name]
        problem = cell_length_problem(lines(text))
        if problem:
            raise forms.ValidationError(problem)
        return text

    def clean_steps(self) -> str:
        return self._cell("steps")

    def clean_summary(self) -> str:
        return self._cell("summary")

    def clean_outcome(self) -> str:
        return self._cell("outcome")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and row_is_blank(self.row_data()):
            raise forms.ValidationError(self.blank_message)
        return data

    def row_data(self) -> RowData:
        data = self.cleaned_data
        return RowData(
            steps=lines(data["steps"]),
            responsible_units=list(data["responsible_units"]),
            responsible_text=data["responsible_text"].strip(),
            summary=lines(data["summary"]),
            outcome=lines(data["outcome"]),
            due_text=data["due_text"],
        )


class NewRowForm(RowForm):
    """A row not yet in the plan: it is added only when saved with something in it."""

    blank_message = BLANK_NEW_ROW_MESSAGE


class MeasureForm(forms.Form):
    name = forms.CharField(label=_("Measure"), max_length=500)
    heading_tail = forms.CharField(label=_("Heading continues"), max_length=1000, required=False)


class NewMeasureForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the new measure"),
        max_length=500,
        error_messages={"required": _("Type the name of the measure.")},
    )


class ProgressForm(forms.Form):
    happened_on = ThaiDateField(label=_("Date done"))
    text = forms.CharField(
        label=_("What was done"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_ITEM_CHARACTERS,
    )
    evidence_file = forms.FileField(label=_("Evidence file"), required=False)
    evidence_link = forms.URLField(label=_("Evidence link"), required=False, assume_scheme="https")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence_file"].help_text = MEASURES_EVIDENCE.help_text()

    def clean_happened_on(self) -> Any:
        happened_on = self.cleaned_data["happened_on"]
        if happened_on > timezone.localdate():
            raise forms.ValidationError(FUTURE_PROGRESS_MESSAGE)
        return happened_on

    def clean_evidence_file(self) -> Any:
        """Size and contents (not the name) checked: a text file renamed .jpg is refused."""
        upload = self.cleaned_data.get("evidence_file")
        if upload is None:
            return None
        check_upload(upload, MEASURES_EVIDENCE)
        return upload


class PublishForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Document"),
        choices=[("", _("— choose —")), *Publication.Kind.choices],
        error_messages={"required": _("Choose the document to send for approval.")},
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("What should change (the ITA officer reads it)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say what should change before it is published.")},
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Report file (.txt, .html or .docx)"),
        error_messages={"required": _("Choose the file of the report.")},
    )
    year = forms.IntegerField(
        label=_("Fiscal year (B.E.)"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "min_value": _("Use the Buddhist era, e.g. 2569."),
            "max_value": _("Use the Buddhist era, e.g. 2569."),
            "required": _("Type the fiscal year, e.g. 2569."),
        },
    )
    replace = forms.BooleanField(
        label=_("Replace the plan of that year if there is one"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = MEASURES_IMPORT.help_text()

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        check_upload(upload, MEASURES_IMPORT)
        return upload
