"""The forms of the HR parts of evaluation: committees, review requests, pay for performance,
the training record."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.evaluation import scoring
from prongsai.evaluation.forms import EVIDENCE_FILE, PointsField
from prongsai.evaluation.models import StaffType
from prongsai.lib.thai import parse_baht, to_arabic_digits
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload


class CommitteeForm(forms.Form):
    members = forms.MultipleChoiceField(
        label=_("Members of the committee"),
        help_text=_("At least three people; the person assessed cannot be one of them."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: Any, people: Sequence[User], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.people = {person.pk: person for person in people}
        self.fields["members"].choices = [(str(p.pk), p.display_name) for p in people]  # type: ignore[attr-defined]

    def chosen(self) -> list[User]:
        return [self.people[int(pk)] for pk in self.cleaned_data["members"]]


class ReviewRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should the result be reviewed?"),
        help_text=_("Name the indicators and what the assessor did not see."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        error_messages={"required": _("Say why the result should be reviewed.")},
    )


class ReviewAnswerForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            ("kept", _("The result stands")),
            ("changed", _("The result was changed")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether the result stands or is changed.")},
    )
    new_total = PointsField(
        label=_("New total (when changed)"),
        required=False,
        help_text=_("Out of 100; the level follows from the round's levels."),
    )
    answer = forms.CharField(
        label=_("Answer to the person"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        error_messages={"required": _("Write the answer the person will read.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("outcome") == "changed"
            and data.get("new_total") is None
            and "new_total" not in self.errors
        ):
            self.add_error("new_total", _("Type the new total, a number from 0 to 100."))
        return data


class ShareField(forms.CharField):
    """A share of the pool: a number typed with Arabic or Thai digits, 0 or more."""

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = to_arabic_digits(str(super().to_python(value) or "")).replace(",", "").strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise ValidationError(
                _("Type the share as a number, 0 or more (for example 3 or 1.5)."), code="invalid"
            ) from None
        if not number.is_finite() or number < 0 or number > 1000:
            raise ValidationError(
                _("Type the share as a number, 0 or more (for example 3 or 1.5)."), code="invalid"
            )
        return number


class BahtField(forms.CharField):
    """Baht typed the way people type them ("35,000", "๓๕,๐๐๐", "35000 บาท"); a saved amount
    comes back into the box as the table writes it, "35,000.00"."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
            return f"{Decimal(value):,.2f}"
        return super().prepare_value(value)

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value) or ""
        if not text:
            return None
        amount = parse_baht(text)
        if amount is None or amount <= 0:
            raise ValidationError(
                _("Type the pool in baht, for example 35,000 or ๓๕,๐๐๐."), code="invalid"
            )
        return amount


class PayForm(forms.Form):
    staff_type = forms.ChoiceField(
        label=_("Staff type"), choices=StaffType.choices, widget=forms.HiddenInput
    )
    pool = BahtField(
        label=_("Salary-step pool of the round (baht)"),
        help_text=_("The money the area office allotted for this staff type's salary steps."),
        error_messages={"required": _("Type the pool in baht, for example 35,000 or ๓๕,๐๐๐.")},
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for code, label in scoring.LEVELS.items():
            self.fields[f"share_{code}"] = ShareField(
                label=_("Share for %(level)s") % {"level": label},
                error_messages={
                    "required": _(
                        "Give each level a share: a number, 0 or more (for example 4, 3, 2, 1, 0)."
                    )
                },
                widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "narrow-input"}),
            )

    def shares(self) -> dict[str, Any]:
        return {code: self.cleaned_data.get(f"share_{code}") for code in scoring.LEVELS}


class TrainingForm(forms.Form):
    course = forms.CharField(
        label=_("Course or training"),
        max_length=300,
        error_messages={"required": _("Type the name of the course.")},
    )
    started_on = ThaiDateField(
        label=_("First day"), error_messages={"required": _("Type the first day of the course.")}
    )
    ended_on = ThaiDateField(
        label=_("Last day"), error_messages={"required": _("Type the last day of the course.")}
    )
    hours = PointsField(
        label=_("Hours"),
        max_value=Decimal(1000),
        error_messages={
            "required": _("Type the hours of the course, for example 6 or 12.5."),
            "invalid": _("Type the hours of the course, for example 6 or 12.5."),
            "min_value": _("Type the hours of the course, for example 6 or 12.5."),
            "max_value": _("Type the hours of the course, at most 1000."),
            "max_digits": _("Type the hours of the course, at most 1000."),
            "max_decimal_places": _("Type the hours with at most two decimals."),
        },
    )
    certificate = forms.FileField(
        label=_("Certificate"),
        required=False,
        validators=[lambda upload: check_upload(upload, EVIDENCE_FILE)],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["certificate"].help_text = EVIDENCE_FILE.help_text()
