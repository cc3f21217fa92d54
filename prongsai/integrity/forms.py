"""The gift forms: declare (phone first), decide, and the agency's settings."""

from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.integrity import actions, rules
from prongsai.integrity.models import Gift
from prongsai.thaidates import ThaiDateField


class BahtField(forms.CharField):
    """An amount in baht typed as "3500", "3,500", "๓,๕๐๐" or "3500 บาท"."""

    default_error_messages = {
        "invalid": _("Type the amount in baht as a number, for example 3500 or ๓,๕๐๐."),
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


class GiftForm(forms.Form):
    received_on = ThaiDateField(
        label=_("Date received"),
        error_messages={"required": _("Type the date you received the gift.")},
    )
    giver_name = forms.CharField(
        label=_("Giver's name"),
        max_length=200,
        error_messages={"required": _("Type the name of the person who gave it.")},
    )
    giver_organisation = forms.CharField(
        label=_("Giver's organisation or address"), max_length=300, required=False
    )
    relationship = forms.ChoiceField(
        label=_("Is the giver a relative?"),
        choices=Gift.Relationship.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Relatives: parents and grandparents, children and grandchildren, brothers and "
            "sisters, uncles and aunts, your spouse, your spouse's children, adopted children "
            "or parents."
        ),
        error_messages={"required": _("Say whether the giver is a relative.")},
    )
    to_public = forms.BooleanField(
        label=_("It was given to the public at large, not to me in particular"),
        required=False,
        help_text=_("For example a shop's new-year gift to every customer."),
    )
    business = forms.ChoiceField(
        label=_("The giver's business with the agency"),
        choices=Gift.Business.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether the giver has business with the agency.")},
    )
    occasion = forms.ChoiceField(
        label=_("Occasion"),
        choices=Gift.Occasion.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the occasion.")},
    )
    description = forms.CharField(
        label=_("What was given"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Describe what was given.")},
    )
    value = BahtField(
        label=_("Estimated value (baht)"),
        help_text=_("The market price on the day received, for example 3500 or ๓,๕๐๐ บาท."),
        error_messages={"required": _("Type the estimated value in baht.")},
    )
    report_now = forms.BooleanField(
        label=_("If it is above the limit, report it to the head now"),
        required=False,
        initial=True,
    )

    def __init__(self, *args: Any, today: date | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def clean_received_on(self) -> date:
        received_on: date = self.cleaned_data["received_on"]
        actions.check_received_on(received_on, self.today)
        return received_on

    def gift_data(self) -> actions.GiftData:
        data = self.cleaned_data
        return actions.GiftData(
            received_on=data["received_on"],
            giver_name=data["giver_name"],
            giver_organisation=data["giver_organisation"],
            relationship=data["relationship"],
            to_public=data["to_public"],
            business=data["business"],
            occasion=data["occasion"],
            description=data["description"],
            value=data["value"],
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=Gift.Decision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happens to the gift.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the decision.")},
    )


class SettingsForm(forms.Form):
    limit_baht = BahtField(
        label=_("Limit per giver per occasion (baht)"),
        error_messages={"required": _("Type the limit in baht.")},
    )
    report_days = forms.IntegerField(
        label=_("Days to report a gift above the limit"),
        min_value=1,
        max_value=365,
        error_messages={"required": _("Type the number of days.")},
    )
    remind_days = forms.IntegerField(
        label=_("Remind the declarer this many days before the deadline"),
        min_value=0,
        max_value=364,
        error_messages={"required": _("Type the number of days.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        report, remind = data.get("report_days"), data.get("remind_days")
        if report is not None and remind is not None and remind >= report:
            self.add_error("remind_days", _("The reminder must come before the deadline."))
        return data
