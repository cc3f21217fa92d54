"""The officer's forms: a plan item, a notice, a purchase (the สขร.1 fields), the annual
report's notes and the import of purchases. Every message names the field and the fix."""

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from prongsai.procurement import rules
from prongsai.procurement.actions import NoticeData, PlanItemData, PurchaseData
from prongsai.procurement.models import Method, Notice
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

NOTICE_FILE = UploadKind(20 * MB, 1, ("pdf", "jpeg", "png", "docx", "ole"), "PDF, JPG, PNG, Word")
PURCHASE_SHEET = UploadKind(5 * MB, 1, ("text", "xlsx"), ".csv, .xlsx")
DEFAULT_REASON = "ราคาต่ำสุด เสนอราคาไม่เกินวงเงิน และคุณสมบัติถูกต้อง"


class BahtField(forms.CharField):
    """An amount in baht typed as "1,500.50", "๑,๕๐๐" or "1500 บาท"."""

    default_error_messages = {
        "invalid": _("Type the amount in baht as a number above zero, for example 3500 or ๓,๕๐๐."),
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off", "maxlength": "40"})

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        parsed = rules.parse_baht(text[:40])
        if parsed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


def month_choices(year: int) -> list[tuple[int, str]]:
    return [(month, rules.month_title(year, month)) for month in rules.months_in_order(year)]


class PlanItemForm(forms.Form):
    what = forms.CharField(
        label=_("What will be bought or hired"),
        max_length=300,
        error_messages={"required": _("Type what will be bought or hired.")},
    )
    amount = BahtField(
        label=_("Estimated amount (baht)"),
        error_messages={"required": _("Type the estimated amount in baht.")},
    )
    method = forms.ChoiceField(
        label=_("Method"),
        choices=Method.choices,
        error_messages={"required": _("Choose the method.")},
    )
    planned_month = forms.TypedChoiceField(
        label=_("Planned month"),
        coerce=int,
        error_messages={"required": _("Choose the month the purchase is planned.")},
    )
    egp_number = forms.CharField(
        label=_("e-GP project number"),
        max_length=30,
        required=False,
        help_text=_("When the item has one in the e-GP system."),
    )

    def __init__(self, *args: Any, year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["planned_month"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = month_choices(year)

    def data_object(self) -> PlanItemData:
        data = self.cleaned_data
        return PlanItemData(
            what=" ".join(data["what"].split()),
            amount=data["amount"],
            method=data["method"],
            planned_month=data["planned_month"],
            egp_number=data["egp_number"].strip(),
        )


class NoticeForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of notice"),
        choices=Notice.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of notice.")},
    )
    title = forms.CharField(
        label=_("Notice title"),
        max_length=300,
        error_messages={"required": _("Type the title of the notice.")},
    )
    dated_on = ThaiDateField(
        label=_("Date of the notice"),
        error_messages={"required": _("Type the date of the notice.")},
    )
    egp_number = forms.CharField(label=_("e-GP project number"), max_length=30, required=False)
    file = forms.FileField(
        label=_("The notice (file)"), required=False, help_text=lazy(NOTICE_FILE.help_text, str)()
    )
    link = forms.URLField(
        label=_("Or a link to it"),
        max_length=500,
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Type the whole address, for example https://…")},
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload:
            check_upload(upload, NOTICE_FILE)
        return upload

    def data_object(self) -> NoticeData:
        data = self.cleaned_data
        return NoticeData(
            kind=data["kind"],
            title=" ".join(data["title"].split()),
            dated_on=data["dated_on"],
            egp_number=data["egp_number"].strip(),
            link=data["link"],
        )


class PurchaseForm(forms.Form):
    purchased_on = ThaiDateField(
        label=_("Date of the purchase"),
        error_messages={"required": _("Type the date of the purchase.")},
    )
    what = forms.CharField(
        label=_("What was bought or hired"),
        max_length=300,
        error_messages={"required": _("Type what was bought or hired.")},
    )
    ceiling = BahtField(
        label=_("Ceiling (baht)"),
        error_messages={"required": _("Type the ceiling (วงเงิน) in baht.")},
    )
    reference_price = BahtField(label=_("Reference price (baht)"), required=False)
    method = forms.ChoiceField(
        label=_("Method"),
        choices=Method.choices,
        error_messages={"required": _("Choose the method.")},
    )
    bidders = forms.CharField(
        label=_("Bidders and their prices"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One bidder a line: the name, then the price, for example ร้านสมใจ 3,500. Left "
            "empty: the selected supplier was the only bidder."
        ),
    )
    supplier = forms.CharField(
        label=_("Selected supplier"),
        max_length=200,
        error_messages={"required": _("Type the name of the selected supplier.")},
    )
    agreed_price = BahtField(
        label=_("Agreed price (baht)"),
        error_messages={"required": _("Type the agreed price in baht.")},
    )
    reason = forms.CharField(
        label=_("Reason for the selection"),
        max_length=300,
        initial=DEFAULT_REASON,
        error_messages={"required": _("Type the reason the supplier was selected.")},
    )
    contract_number = forms.CharField(
        label=_("Contract or purchase order number"), max_length=60, required=False
    )
    contract_date = ThaiDateField(label=_("Date of the contract or order"), required=False)
    egp_number = forms.CharField(label=_("e-GP project number"), max_length=30, required=False)
    durable = forms.BooleanField(
        label=_("A durable article (ครุภัณฑ์) that belongs in the asset register"), required=False
    )

    def clean_bidders(self) -> list[rules.BidderLine]:
        bidders, errors = rules.parse_bidders(self.cleaned_data.get("bidders", ""))
        if errors:
            raise ValidationError(errors)
        return bidders

    def data_object(self) -> PurchaseData:
        data = self.cleaned_data
        return PurchaseData(
            purchased_on=data["purchased_on"],
            what=" ".join(data["what"].split()),
            ceiling=data["ceiling"],
            reference_price=data["reference_price"],
            method=data["method"],
            supplier=" ".join(data["supplier"].split()),
            agreed_price=data["agreed_price"],
            reason=" ".join(data["reason"].split()),
            contract_number=data["contract_number"].strip(),
            contract_date=data["contract_date"],
            egp_number=data["egp_number"].strip(),
            durable=data["durable"],
            bidders=data["bidders"],
        )


class ReportForm(forms.Form):
    problems = forms.CharField(
        label=_("Problems"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    suggestions = forms.CharField(
        label=_("Suggestions"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class ImportForm(forms.Form):
    sheet = forms.FileField(
        label=_("The sheet (XLSX or CSV)"),
        help_text=lazy(PURCHASE_SHEET.help_text, str)(),
        error_messages={"required": _("Choose the file to import.")},
    )

    def clean_sheet(self) -> Any:
        upload = self.cleaned_data["sheet"]
        check_upload(upload, PURCHASE_SHEET)
        return upload
