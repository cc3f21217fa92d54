import uuid
from typing import Any

from django import forms
from django.core import signing
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
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


StepFormSet = inlineformset_factory(
    Service, Step, fields=["title", "responsible", "minutes", "output"], extra=2, can_delete=True
)


class FieldFormBase(BaseInlineFormSet):  # type: ignore[type-arg]
    pass


FieldFormSet = inlineformset_factory(
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


class RequestForm(forms.Form):
    """The online form of one service: contact details, then the service's own questions."""

    requester_name = forms.CharField(label=_("Your name"), max_length=200)
    requester_email = forms.EmailField(label=_("Your e-mail"), required=False)
    requester_phone = forms.CharField(label=_("Your phone"), max_length=40, required=False)
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
        if field.kind == FormField.Kind.LONG_TEXT:
            return forms.CharField(
                widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, **common
            )
        if field.kind == FormField.Kind.NUMBER:
            return forms.DecimalField(max_digits=12, decimal_places=2, **common)
        if field.kind == FormField.Kind.DATE:
            return ThaiDateField(**common)
        if field.kind == FormField.Kind.CHOICE:
            options = [line.strip() for line in field.choices.splitlines() if line.strip()]
            return forms.ChoiceField(choices=[("", "—"), *[(o, o) for o in options]], **common)
        if field.kind == FormField.Kind.FILE:
            # Size and contents (not the name) checked; the limit said under the field.
            limit = SERVICE_FILE.help_text()
            common["help_text"] = f"{field.help_text} {limit}" if field.help_text else limit
            return forms.FileField(
                validators=[lambda upload: check_upload(upload, SERVICE_FILE)], **common
            )
        return forms.CharField(max_length=500, **common)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("requester_email") and not data.get("requester_phone"):
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


class TrackingForm(forms.Form):
    tracking = forms.CharField(label=_("Tracking number"), max_length=20)


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
    to = forms.ChoiceField(label=_("New status"), choices=Request.Status.choices)
    reason = forms.CharField(
        label=_("Reason (when rejecting)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
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
