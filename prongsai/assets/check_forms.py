"""Forms of the annual check: the committee, one asset's result (thumb-sized choices), the
report's findings."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.roles import Role
from prongsai.assets.check_actions import Committee, Findings
from prongsai.assets.models import Asset
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField

FINDINGS = [
    (Asset.Condition.USABLE, _("Found, usable")),
    (Asset.Condition.DAMAGED, _("Found, damaged")),
    (Asset.Condition.DETERIORATED, _("Found, deteriorated")),
    (Asset.Condition.NOT_NEEDED, _("Found, no longer needed")),
    (Asset.Condition.LOST, _("Not found (lost)")),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _people(field: Any, people: list[User], officers: set[int]) -> None:
    """The agency's people; an asset officer is marked as such (and refused, ข้อ 213)."""
    field.queryset = User.objects.filter(pk__in=[person.pk for person in people]).order_by(
        "first_name", "username"
    )
    officer = Role.ASSET_OFFICER.label
    field.label_from_instance = lambda person: (
        f"{person.display_name} ({officer})" if person.pk in officers else person.display_name
    )


class CommitteeForm(forms.Form):
    fiscal_year = forms.CharField(
        label=_("Fiscal year (B.E.)"),
        max_length=4,
        help_text=_("The year the check covers: 1 October to 30 September, for example 2569."),
        error_messages={"required": _("Type the fiscal year, for example 2569.")},
    )
    appointed_on = ThaiDateField(
        label=_("Date of the order"),
        help_text=_("Usually a day in September, before the year ends."),
        error_messages={"required": _("Type the date of the order.")},
    )
    order_number = forms.CharField(
        label=_("Order number"),
        max_length=60,
        required=False,
        help_text=_("As on the signed order, for example 125/2569. May be added later."),
    )
    chair = forms.ModelChoiceField(
        label=_("Chair"),
        queryset=User.objects.none(),
        error_messages={"required": _("Choose the chair of the committee.")},
    )
    members = forms.ModelMultipleChoiceField(
        label=_("Members"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    secretary = forms.ModelChoiceField(
        label=_("Member and secretary"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args: Any, people: list[User], officers: set[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("chair", "members", "secretary"):
            _people(self.fields[name], people, officers)

    def clean_fiscal_year(self) -> int:
        text = to_arabic_digits(self.cleaned_data["fiscal_year"]).strip()
        if not text.isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
            raise forms.ValidationError(
                _("Type the fiscal year in B.E. with four digits, for example 2569.")
            )
        return int(text)

    def committee(self) -> Committee:
        data = self.cleaned_data
        return Committee(
            fiscal_year=data["fiscal_year"],
            appointed_on=data["appointed_on"],
            order_number=data.get("order_number", ""),
            chair=data["chair"],
            members=list(data.get("members") or []),
            secretary=data.get("secretary"),
        )


class ResultForm(forms.Form):
    condition = forms.ChoiceField(
        label=_("Finding"),
        choices=FINDINGS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the committee found.")},
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=300,
        required=False,
        help_text=_("Where it was found, what is wrong with it, why it is no longer needed."),
    )


class ReportForm(forms.Form):
    receipts_correct = forms.ChoiceField(
        label=_("Were the receipts and issues of the year correct?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Answer whether the receipts and issues were correct.")},
    )
    count_matches = forms.ChoiceField(
        label=_("Does the count at 30 September match the register?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Answer whether the count matches the register.")},
    )
    findings = forms.CharField(
        label=_("Findings and reasons"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "What differs from the register and why; the causes of damage and loss; what "
            "the committee proposes."
        ),
    )

    def findings_of(self) -> Findings:
        data = self.cleaned_data
        return Findings(
            receipts_correct=data["receipts_correct"] == "yes",
            count_matches=data["count_matches"] == "yes",
            findings=data.get("findings", ""),
        )
