"""The asset form (one asset by hand), the list's search and filters, and the import upload."""

from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from prongsai.agencies.models import Unit
from prongsai.assets.actions import AssetData
from prongsai.assets.models import Asset
from prongsai.assets.queries import Filters
from prongsai.assets.values import normal_number, parse_amount
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

# Within the default body limit (uploads.limits): about 10,000 rows of CSV.
ASSET_IMPORT = UploadKind(5 * MB, 1, ("text", "xlsx"), ".csv, .xlsx")


class AssetForm(forms.Form):
    number = forms.CharField(
        label=_("Asset number"),
        max_length=60,
        help_text=_("As in the register, for example 7440-001-0001/2567."),
    )
    name = forms.CharField(label=pgettext_lazy("asset", "Item"), max_length=255)
    kind = forms.ChoiceField(label=_("Kind"), choices=Asset.Kind.choices)
    brand_model = forms.CharField(label=_("Brand/model"), max_length=200, required=False)
    serial = forms.CharField(label=_("Serial number"), max_length=120, required=False)
    unit_of_count = forms.CharField(
        label=_("Unit of count"),
        max_length=40,
        required=False,
        help_text=_("For example เครื่อง, ตัว, ชุด."),
    )
    acquired_on = ThaiDateField(label=_("Acquired on"), required=False)
    cost = forms.CharField(
        label=_("Cost (baht)"),
        max_length=40,
        required=False,
        help_text=_("For example 3,500 or 3500.50 (Thai digits are fine)."),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    fund_source = forms.CharField(
        label=_("Fund source"),
        max_length=200,
        required=False,
        help_text=_("For example เงินงบประมาณ, เงินนอกงบประมาณ, เงินบริจาค."),
    )
    location = forms.CharField(label=_("Location"), max_length=200, required=False)
    responsible_unit = forms.ModelChoiceField(
        label=_("Responsible unit"), queryset=Unit.objects.none(), required=False
    )
    condition = forms.ChoiceField(label=_("Condition"), choices=Asset.Condition.choices)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, units: list[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["responsible_unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Unit.objects.filter(pk__in=[unit.pk for unit in units])

    def clean_number(self) -> str:
        number = normal_number(self.cleaned_data["number"])
        if not number:
            raise ValidationError(_("Type the asset number."))
        return number

    def clean_cost(self) -> Decimal | None:
        try:
            return parse_amount(self.cleaned_data["cost"])
        except ValueError:
            raise ValidationError(
                _("Type an amount in baht, for example 3,500 or 3500.50.")
            ) from None

    def clean_acquired_on(self) -> date | None:
        value: date | None = self.cleaned_data["acquired_on"]
        if value and value > timezone.localdate():
            raise ValidationError(_("The date acquired cannot be in the future."))
        return value

    def data_of(self) -> AssetData:
        data = self.cleaned_data
        return AssetData(**{name: data[name] for name in AssetData.__dataclass_fields__})


def initial_of(asset: Asset) -> dict[str, Any]:
    initial = {name: getattr(asset, name) for name in AssetData.__dataclass_fields__}
    initial["responsible_unit"] = asset.responsible_unit_id
    if asset.cost is not None:
        initial["cost"] = f"{asset.cost:,.2f}"
    return initial


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *Asset.Kind.choices]
    )
    condition = forms.ChoiceField(
        label=_("Condition"), required=False, choices=[("", _("All")), *Asset.Condition.choices]
    )
    unit = forms.TypedChoiceField(label=_("Responsible unit"), required=False, coerce=int)

    def __init__(self, *args: Any, units: list[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["unit"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", _("All")), *((unit.pk, unit.name_th) for unit in units)]

    def filters(self) -> Filters:
        """What to show: a filter that is not valid (a unit that went away) is left out."""
        if not self.is_valid():
            data = {name: self.cleaned_data.get(name) for name in ("q", "kind", "condition")}
            return Filters(
                q=data["q"] or "", kind=data["kind"] or "", condition=data["condition"] or ""
            )
        data = self.cleaned_data
        return Filters(
            q=data["q"].strip(),
            kind=data["kind"],
            condition=data["condition"],
            unit=data["unit"] or None,
        )


class ImportForm(forms.Form):
    sheet = forms.FileField(
        label=_("Asset register (.csv or .xlsx)"),
        error_messages={"required": _("Choose a .csv or .xlsx file to import.")},
        validators=[lambda upload: check_upload(upload, ASSET_IMPORT)],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sheet"].help_text = ASSET_IMPORT.help_text()
