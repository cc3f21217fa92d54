"""Loan forms: the request (phone first), the decision, hand-over and return, the damage
record, the director's delegate."""

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.assets import loan_rules as rules
from prongsai.assets.loan_actions import LoanData
from prongsai.assets.models import Asset, Damage, Loan, LoanItem
from prongsai.assets.values import normal_number, parse_amount
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

RETURN_PHOTO = UploadKind(10 * MB, 1, ("jpeg", "png"), "JPG, PNG")

# "7440-001-0001/2567", or "7440-001-0001/2567 x 3" for a quantity (consumables)
_QUANTITY = re.compile(r"^(?P<number>.+?)\s*[x×*]\s*(?P<quantity>\d{1,5})$", re.IGNORECASE)

Finder = Callable[[list[str]], dict[str, Asset]]


def parse_asset_lines(text: str) -> list[tuple[str, int]]:
    """One asset number a line (or separated by commas), with an optional "x quantity"."""
    found: list[tuple[str, int]] = []
    for raw in re.split(r"[\n,;]+", to_arabic_digits(text)):
        part = raw.strip()
        if not part:
            continue
        quantity = 1
        match = _QUANTITY.match(part)
        if match:
            part, quantity = match["number"], int(match["quantity"])
        found.append((normal_number(part), quantity))
    return found


def merge_picks(text: str, picks: list[str]) -> str:
    """The asset numbers typed, plus those ticked in the picker that are not typed already."""
    typed = {number for number, _quantity in parse_asset_lines(text)}
    added = [number for number in dict.fromkeys(normal_number(p) for p in picks) if number]
    lines = [text.strip()] if text.strip() else []
    lines += [number for number in added if number not in typed]
    return "\n".join(lines)


class LoanForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of loan"), choices=Loan.Kind.choices, widget=forms.RadioSelect
    )
    assets = forms.CharField(
        label=_("Asset numbers"),
        widget=forms.Textarea(attrs={"rows": 3, "autocapitalize": "off"}),
        help_text=_(
            "One asset number a line, as on its label, for example 7440-001-0001/2567. "
            "For consumables add the quantity: 8010-001-0003/2567 x 5."
        ),
        error_messages={"required": _("Type the number of at least one asset.")},
    )
    borrower_agency = forms.CharField(
        label=_("Borrowing agency"),
        max_length=200,
        required=False,
        help_text=_("Only for a loan to another agency."),
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say what the items are for.")},
    )
    place = forms.CharField(
        label=_("Place of use"),
        max_length=200,
        error_messages={"required": _("Say where the items will be used.")},
    )
    starts_on = ThaiDateField(
        label=_("From"), error_messages={"required": _("Type the first day of the loan.")}
    )
    due_on = ThaiDateField(
        label=_("Return by"),
        required=False,
        help_text=_("The date you propose to return the items (none for a standing issue)."),
    )

    def __init__(self, *args: Any, find: Finder, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.find = find
        self.picked: list[tuple[Asset, int]] = []

    def clean_assets(self) -> str:
        text: str = self.cleaned_data["assets"]
        lines = parse_asset_lines(text)
        if not lines:
            raise ValidationError(_("Type the number of at least one asset."))
        numbers = [number for number, _quantity in lines]
        if len(set(numbers)) != len(numbers):
            raise ValidationError(_("An asset number is typed twice: name each asset once."))
        found = self.find(numbers)
        missing = [number for number in numbers if number not in found]
        if missing:
            raise ValidationError(
                _("Not in the register: %(numbers)s. Check the numbers on the labels.")
                % {"numbers": ", ".join(missing)}
            )
        self.picked = [(found[number], quantity) for number, quantity in lines]
        error = rules.unusable_error(asset for asset, _quantity in self.picked)
        if error:
            raise ValidationError(error)
        return text

    def clean_starts_on(self) -> date:
        value: date = self.cleaned_data["starts_on"]
        if value < timezone.localdate():
            raise ValidationError(_("The first day of the loan cannot be in the past."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        if not kind:
            return data
        if kind == Loan.Kind.AGENCY and not (data.get("borrower_agency") or "").strip():
            self.add_error("borrower_agency", _("Name the agency that borrows."))
        if "assets" in data and self.picked:
            error = rules.consumables_error(kind, [asset for asset, _q in self.picked])
            if error:
                self.add_error("assets", error)
        starts_on = data.get("starts_on")
        if starts_on and "due_on" not in self.errors:
            error = rules.period_error(kind, starts_on, data.get("due_on"))
            if error:
                self.add_error("due_on", error)
        return data

    def data_of(self) -> LoanData:
        data = self.cleaned_data
        return LoanData(
            kind=data["kind"],
            assets=self.picked,
            purpose=data["purpose"].strip(),
            place=data["place"].strip(),
            starts_on=data["starts_on"],
            due_on=data.get("due_on"),
            borrower_agency=data.get("borrower_agency", ""),
        )


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed when you refuse: the borrower reads it."),
    )


class StepForm(forms.Form):
    """Hand-over or return: the date, and each item's condition."""

    on = ThaiDateField(label=_("Date"), error_messages={"required": _("Type the date.")})

    def __init__(self, *args: Any, items: list[LoanItem], returning: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.items = items
        self.fields["on"].initial = timezone.localdate()
        for item in items:
            start = item.condition_out if returning else item.asset.condition
            self.fields[f"condition_{item.pk}"] = forms.ChoiceField(
                label=f"{item.asset.number} {item.asset.name}",
                choices=Asset.Condition.choices,
                initial=start or Asset.Condition.USABLE,
            )
        if returning:
            self.fields["photo"] = forms.FileField(
                label=_("Photo of the items as they came back"),
                required=False,
                help_text=RETURN_PHOTO.help_text(),
            )

    def clean_photo(self) -> Any:
        upload = self.cleaned_data.get("photo")
        if upload:
            check_upload(upload, RETURN_PHOTO)
        return upload

    def clean_on(self) -> date:
        value: date = self.cleaned_data["on"]
        if value > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return value

    def conditions(self) -> dict[int, str]:
        return {item.pk: self.cleaned_data[f"condition_{item.pk}"] for item in self.items}


class DamageForm(forms.Form):
    remedy = forms.ChoiceField(
        label=_("What the borrower does (ข้อ 209)"),
        choices=Damage.Remedy.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the borrower does: repair, replace or pay.")},
    )
    value = forms.CharField(
        label=_("Value at the time of borrowing (baht)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    outcome = forms.CharField(
        label=_("Outcome"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    settled_on = ThaiDateField(
        label=_("Settled on"),
        required=False,
        help_text=_("Leave empty while the matter is open."),
    )

    def clean_value(self) -> Decimal | None:
        try:
            return parse_amount(self.cleaned_data["value"])
        except ValueError:
            raise ValidationError(
                _("Type an amount in baht, for example 3,500 or 3500.50.")
            ) from None


class SettingsForm(forms.Form):
    delegate = forms.ModelChoiceField(
        label=_("The director's delegate for loans"),
        queryset=User.objects.none(),
        required=False,
        help_text=_(
            "Approves off-site loans, loans to other agencies and standing issues in the "
            "director's place (ข้อ 208)."
        ),
    )

    def __init__(self, *args: Any, people: list[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["delegate"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = User.objects.filter(pk__in=[person.pk for person in people])
        field.label_from_instance = lambda person: person.display_name  # type: ignore[method-assign,assignment]
