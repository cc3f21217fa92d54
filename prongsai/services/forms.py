import uuid
from datetime import date
from typing import Any

from django import forms
from django.core import signing
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
from prongsai.lib.thai import thai_date
from prongsai.lib.typed import normalise_thai_phone, thai_numerals_to_arabic
from prongsai.services.actions import Requester
from prongsai.services.models import FormField, Request, Service, Step
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import SERVICE_FILE


class ServiceForm(forms.ModelForm[Service]):
    class Meta:
        model = Service
        fields = [
            "name",
            "description",
            "owner_unit",
            "audience",
            "online",
            "walk_in",
            "documents",
            "fees",
            "legal_basis",
            "promised_days",
            "order",
            "is_active",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "documents": forms.Textarea(attrs={"rows": 3}),
            "legal_basis": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(
        self, *args: Any, agency: Agency, units: list[Unit] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.instance.agency = agency
        owner = self.fields["owner_unit"]
        assert isinstance(owner, forms.ModelChoiceField)
        owner.queryset = (
            Unit.objects.filter(agency=agency)
            if units is None
            else Unit.objects.filter(pk__in=[u.pk for u in units])
        )


StepFormSet: Any = inlineformset_factory(
    Service, Step, fields=["title", "responsible", "minutes", "output"], extra=2, can_delete=True
)


class FieldFormBase(BaseInlineFormSet):  # type: ignore[type-arg]
    pass


FieldFormSet: Any = inlineformset_factory(
    Service,
    FormField,
    formset=FieldFormBase,
    fields=["label", "kind", "required", "choices", "help_text"],
    extra=2,
    can_delete=True,
    widgets={"choices": forms.Textarea(attrs={"rows": 2})},
)


def formset_rows(formset: Any, names: list[str]) -> list[dict[str, Any]]:
    """The kept rows of a valid formset as plain dicts (with `id` for existing rows)."""
    rows = []
    for form in formset.forms:
        data = form.cleaned_data
        if not data or data.get("DELETE") or not any(data.get(name) for name in names[:1]):
            continue
        row = {name: data.get(name) for name in names}
        if data.get("id") is not None:
            row["id"] = data["id"].pk
        rows.append(row)
    return rows


REQUEST_TOKEN_SALT = "prongsai.service-request-form"  # noqa: S105 -- a signing namespace


def new_request_token() -> str:
    return signing.dumps(uuid.uuid4().hex, salt=REQUEST_TOKEN_SALT)


# Bounds of the answers of a service's own questions, by kind (stated under each field).
NUMBER_MIN, NUMBER_MAX = 1, 9_999
SHORT_TEXT_MAX, LONG_TEXT_MAX = 500, 5_000
DATE_YEARS_BACK, DATE_YEARS_AHEAD = 100, 2


class ThaiNumberField(forms.IntegerField):
    """A whole number typed with Arabic or Thai numerals, spaces or thousands commas."""

    def to_python(self, value: Any) -> int | None:
        if isinstance(value, str):
            value = thai_numerals_to_arabic(value).replace(",", "").replace(" ", "")
        return super().to_python(value)


class RequestForm(forms.Form):
    """The online form of one service: contact details, then the service's own questions."""

    requester_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        error_messages={"required": _("Type your name.")},
    )
    requester_email = forms.EmailField(
        label=_("Your e-mail"),
        required=False,
        max_length=254,
        help_text=_("Give an e-mail, a Thai phone number or both, so we can reach you."),
        error_messages={
            "invalid": _("Type a full e-mail address, e.g. name@example.com, or leave it empty.")
        },
    )
    requester_phone = forms.CharField(
        label=_("Your phone"),
        max_length=40,
        required=False,
        help_text=_("A mobile (e.g. 081 234 5678) or a fixed line (e.g. 02 123 4567)."),
    )
    # A signed random key: a retry of the same form (a lost answer, a double tap) files once.
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, service: Service, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["form_token"].initial = new_request_token()
        self.service_fields = list(service.fields.all())
        for field in self.service_fields:
            self.fields[f"q{field.pk}"] = self._field_for(field)

    @staticmethod
    def _field_for(field: FormField) -> forms.Field:
        common: dict[str, Any] = {
            "label": field.label,
            "required": field.required,
            "help_text": field.help_text,
        }

        def with_limit(limit: str) -> None:
            common["help_text"] = f"{field.help_text} {limit}" if field.help_text else limit

        if field.kind == FormField.Kind.LONG_TEXT:
            with_limit(_("At most %(count)s characters.") % {"count": f"{LONG_TEXT_MAX:,}"})
            return forms.CharField(
                widget=forms.Textarea(attrs={"rows": 4, "maxlength": LONG_TEXT_MAX}),
                max_length=LONG_TEXT_MAX,
                **common,
            )
        if field.kind == FormField.Kind.NUMBER:
            bounds = {"min": f"{NUMBER_MIN:,}", "max": f"{NUMBER_MAX:,}"}
            with_limit(_("A whole number from %(min)s to %(max)s.") % bounds)
            message = _("Type a whole number from %(min)s to %(max)s.") % bounds
            return ThaiNumberField(
                min_value=NUMBER_MIN,
                max_value=NUMBER_MAX,
                error_messages={"invalid": message, "min_value": message, "max_value": message},
                widget=forms.TextInput(attrs={"inputmode": "numeric"}),
                **common,
            )
        if field.kind == FormField.Kind.DATE:
            return ThaiDateField(validators=[_sensible_date], **common)
        if field.kind == FormField.Kind.CHOICE:
            options = [line.strip() for line in field.choices.splitlines() if line.strip()]
            return forms.ChoiceField(choices=[("", "—"), *[(o, o) for o in options]], **common)
        if field.kind == FormField.Kind.FILE:
            # Size and contents (not the name) checked; the limit said under the field.
            with_limit(SERVICE_FILE.help_text())
            return forms.FileField(
                validators=[lambda upload: check_upload(upload, SERVICE_FILE)], **common
            )
        with_limit(_("At most %(count)s characters.") % {"count": SHORT_TEXT_MAX})
        return forms.CharField(max_length=SHORT_TEXT_MAX, **common)

    def clean_requester_phone(self) -> str:
        typed: str = self.cleaned_data.get("requester_phone", "").strip()
        if not typed:
            return ""
        phone = normalise_thai_phone(typed)
        if phone is None:
            raise forms.ValidationError(
                _(
                    "“%(typed)s” is not a Thai phone number. Type 10 digits for a mobile "
                    "(e.g. 081 234 5678) or 9 for a fixed line (e.g. 02 123 4567)."
                ),
                params={"typed": typed[:40]},
            )
        return phone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        typed_something = self.data.get("requester_email") or self.data.get("requester_phone")
        if not typed_something:
            self.add_error(
                "requester_email",
                _("Give an e-mail address or a phone number so we can reach you."),
            )
        return data

    def idempotency_key(self) -> str:
        """The form's key, or "" when the token is missing or forged (then nothing is merged)."""
        try:
            return str(
                signing.loads(self.cleaned_data.get("form_token") or "", salt=REQUEST_TOKEN_SALT)
            )
        except signing.BadSignature:
            return ""

    def requester(self) -> Requester:
        data = self.cleaned_data
        return Requester(data["requester_name"], data["requester_email"], data["requester_phone"])

    def answers(self) -> dict[str, Any]:
        """Answers keyed by the question's label (what staff read), files excluded."""
        return {
            field.label: str(self.cleaned_data.get(f"q{field.pk}") or "")
            for field in self.service_fields
            if field.kind != FormField.Kind.FILE
        }

    def files_by_field(self) -> dict[int, Any]:
        return {
            field.pk: self.cleaned_data[f"q{field.pk}"]
            for field in self.service_fields
            if field.kind == FormField.Kind.FILE and self.cleaned_data.get(f"q{field.pk}")
        }


def _sensible_date(value: date) -> None:
    today = timezone.localdate()
    earliest = today.replace(year=today.year - DATE_YEARS_BACK, day=1)
    latest = today.replace(year=today.year + DATE_YEARS_AHEAD, day=1)
    if not earliest <= value <= latest:
        raise forms.ValidationError(
            _("Type a date from %(earliest)s to %(latest)s.")
            % {"earliest": thai_date(earliest), "latest": thai_date(latest)}
        )


class TrackingForm(forms.Form):
    tracking = forms.CharField(
        label=_("Tracking number"),
        max_length=40,
        error_messages={"required": _("Type the tracking number, e.g. S70-K7Q9PX.")},
    )


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you?"),
        choices=[
            (5, _("5 — very satisfied")),
            (4, "4"),
            (3, "3"),
            (2, "2"),
            (1, _("1 — not satisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class MoveForm(forms.Form):
    to = forms.ChoiceField(
        label=_("New status"),
        choices=[("", _("— choose —")), *Request.Status.choices],
        error_messages={"required": _("Choose the new status.")},
    )
    reason = forms.CharField(
        label=_("Reason (when rejecting)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    collect_info = forms.CharField(
        label=_("Where and how to collect it (when done, optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "E.g. “Collect it at the school office, Monday to Friday 8:30–16:30, with your ID "
            "card.” Shown to the requester on the status page and in the e-mail."
        ),
    )


class RequesterMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the requester"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "E.g. “Collect it at the counter on Friday after 13:00.” Shown on the request's "
            "status page and e-mailed when the requester gave an address. At most 2,000 "
            "characters."
        ),
        error_messages={"required": _("Write the message to the requester.")},
    )


class WalkInForm(forms.Form):
    service = forms.ModelChoiceField(label=_("Service"), queryset=Service.objects.none())
    served_on = ThaiDateField(label=_("Date"))
    count = forms.IntegerField(label=_("Number of people served"), min_value=1, initial=1)

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        service = self.fields["service"]
        assert isinstance(service, forms.ModelChoiceField)
        service.queryset = Service.objects.filter(agency=agency, walk_in=True, is_active=True)
