"""Forms of the readiness pages: ITA results, the IIT/EIT campaign, awareness activities."""

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR
from prongsai.oit import activities, ratings
from prongsai.thaidates import ThaiDateField

# The weights are read as 30/30/40 from 2564 on (ITA.md); the total is checked against them.
FIRST_CHECKED_YEAR = 2564
TOTAL_TOLERANCE = Decimal("0.05")

YEAR_ERRORS = {
    "required": _("Type the fiscal year, e.g. 2568."),
    "invalid": _("Use the Buddhist era, e.g. 2568."),
    "min_value": _("Use the Buddhist era, e.g. 2568."),
    "max_value": _("Use the Buddhist era, e.g. 2568."),
}
SCORE_ERRORS = {
    "required": _("Type the score, from 0 to 100."),
    "invalid": _("Type a number from 0 to 100, e.g. 87.45."),
    "min_value": _("A score cannot be below 0."),
    "max_value": _("A score cannot be above 100."),
    "max_digits": _("A score cannot be above 100."),
    "max_whole_digits": _("A score cannot be above 100."),
    "max_decimal_places": _("Use at most two decimals, e.g. 87.45."),
}


def _year_field() -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Fiscal year (B.E.)"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages=YEAR_ERRORS,
    )


def _score_field(label: Any, *, required: bool = True, help_text: Any = "") -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=required,
        min_value=Decimal(0),
        max_value=Decimal(100),
        max_digits=5,
        decimal_places=2,
        help_text=help_text,
        error_messages=SCORE_ERRORS,
        widget=forms.NumberInput(attrs={"inputmode": "decimal"}),
    )


def indicator_field_name(number: int) -> str:
    return f"indicator_{number}"


class ResultForm(forms.Form):
    """The official ITA scores of a year: the three tools, the total and the ten indicators."""

    year = _year_field()
    iit = _score_field("IIT")
    eit = _score_field("EIT")
    oit = _score_field("OIT")
    total = _score_field(
        _("Total score"),
        required=False,
        help_text=_("Leave empty to compute it: 0.3 × IIT + 0.3 × EIT + 0.4 × OIT."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for number, name in ratings.INDICATORS.items():
            self.fields[indicator_field_name(number)] = _score_field(f"{number}. {name}")

    def indicator_fields(self) -> list[forms.BoundField]:
        return [self[indicator_field_name(number)] for number in ratings.INDICATORS]

    def tool_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("year", "iit", "eit", "oit", "total")]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        iit, eit, oit = (data.get(name) for name in ("iit", "eit", "oit"))
        if iit is None or eit is None or oit is None:
            return data
        expected = Decimal(f"{ratings.weighted_total(float(iit), float(eit), float(oit)):.2f}")
        total = data.get("total")
        if total is None:
            if "total" not in self.errors:
                data["total"] = expected
            return data
        year = data.get("year")
        if year and year >= FIRST_CHECKED_YEAR and abs(total - expected) > TOTAL_TOLERANCE:
            self.add_error(
                "total",
                ValidationError(
                    _(
                        "0.3 × IIT + 0.3 × EIT + 0.4 × OIT gives %(expected)s. Check the "
                        "scores, or leave the total empty to compute it."
                    ),
                    params={"expected": expected},
                ),
            )
        return data

    def indicators(self) -> dict[int, Decimal]:
        return {
            number: self.cleaned_data[indicator_field_name(number)] for number in ratings.INDICATORS
        }


class CampaignForm(forms.Form):
    eligible_staff = forms.IntegerField(
        label=_("Staff with at least one year of service"),
        min_value=0,
        max_value=100000,
        help_text=_("The number you enter in ITAS; it sets the minimum number of IIT answers."),
        error_messages={
            "required": _("Type how many staff have served at least one year."),
            "invalid": _("Type a whole number, e.g. 42."),
            "min_value": _("The number cannot be below 0."),
            "max_value": _("The number is too large."),
        },
    )
    iit_url = forms.URLField(
        label=_("Link to the IIT questionnaire"),
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Paste the whole link, starting with https://.")},
    )
    eit_url = forms.URLField(
        label=_("Link to the EIT questionnaire"),
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Paste the whole link, starting with https://.")},
    )
    closes_on = ThaiDateField(label=_("Closes on"), required=False)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Several pictures in one input; each is checked by its name and first bytes."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*"}))
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        files = data if isinstance(data, list | tuple) else [data]
        cleaned = [super(PhotosField, self).clean(item, initial) for item in files if item]
        if self.required and not cleaned:
            raise ValidationError(self.error_messages["required"], code="required")
        errors: list[ValidationError] = []
        for upload in cleaned:
            try:
                activities.check_photo(upload)
            except ValidationError as error:
                errors.append(error)
        if len(cleaned) > activities.MAX_PHOTOS:
            errors.append(
                ValidationError(
                    _("Attach at most %(count)d photos."), params={"count": activities.MAX_PHOTOS}
                )
            )
        if errors:
            raise ValidationError(errors)
        return cleaned


class ActivityForm(forms.Form):
    held_on = ThaiDateField(
        label=_("Date"), error_messages={"required": _("Choose the date of the activity.")}
    )
    topic = forms.CharField(
        label=_("Topic"),
        max_length=500,
        error_messages={"required": _("Type the topic of the activity.")},
    )
    attendees = forms.IntegerField(
        label=_("Attendees"),
        min_value=0,
        max_value=100000,
        initial=0,
        error_messages={
            "required": _("Type how many people took part (0 if not counted)."),
            "invalid": _("Type a whole number, e.g. 35."),
            "min_value": _("The number cannot be below 0."),
            "max_value": _("The number is too large."),
        },
    )
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    photos = PhotosField(
        label=_("Photos"),
        required=False,
        help_text=_("JPG, PNG, GIF or WebP pictures, up to 10 MB each. Shown on the public page."),
    )
