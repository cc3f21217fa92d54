import uuid
from typing import TYPE_CHECKING, Any

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Unit
from prongsai.complaints.actions import MAX_TEXT_CHARACTERS, NewComplaint, too_long_message
from prongsai.complaints.models import Complaint, ComplaintSettings
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import COMPLAINT_ATTACHMENT, UploadKind

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise  # django-stubs: a lazy string

TOKEN_SALT = "prongsai.complaint-form"  # noqa: S105 -- a signing namespace, not a secret
MIN_SECONDS_TO_FILL = 3  # faster than any person types; a bot posting the form at once


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files, each checked by size and contents (not its name), at most
    `kind.max_files` of them (prongsai.uploads)."""

    def __init__(self, *args: Any, kind: UploadKind = COMPLAINT_ATTACHMENT, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)
        self.kind = kind

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            files = [single(item, initial) for item in data]
        else:
            files = [single(data, initial)] if data else []
        if len(files) > self.kind.max_files:
            raise forms.ValidationError(
                _("Attach at most %(count)d files.") % {"count": self.kind.max_files}
            )
        for upload in files:
            check_upload(upload, self.kind)
        return files


def new_form_token() -> str:
    """A signed (idempotency key, time the form was shown) pair; no client data in it."""
    return signing.dumps(
        {"key": uuid.uuid4().hex, "t": timezone.now().timestamp()}, salt=TOKEN_SALT
    )


class FormTokenMixin(forms.Form):
    form_token = forms.CharField(widget=forms.HiddenInput)
    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_form_token(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = signing.loads(
                self.cleaned_data["form_token"], salt=TOKEN_SALT, max_age=60 * 60 * 24
            )
        except signing.BadSignature as exc:
            raise forms.ValidationError(
                _("The form has expired. Your text is kept below: please send it again.")
            ) from exc
        return data

    def is_probably_bot(self) -> bool:
        if self.cleaned_data.get("website"):
            return True
        token = self.cleaned_data.get("form_token") or {}
        shown_at = float(token.get("t", 0))
        return timezone.now().timestamp() - shown_at < MIN_SECONDS_TO_FILL

    @property
    def idempotency_key(self) -> str:
        token = self.cleaned_data.get("form_token") or {}
        return str(token.get("key", ""))


class ComplaintForm(FormTokenMixin):
    IDENTITY = [
        ("anonymous", _("Anonymous: I do not give my name")),
        ("named", _("I give my name and contact details")),
    ]
    category = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Complaint.Category.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the complaint is about.")},
    )
    what_happened = forms.CharField(
        label=_("What happened?"),
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MAX_TEXT_CHARACTERS}),
        help_text=_(
            "Where, what was said or done, and anything that helps us check it. At most "
            "20,000 characters (about eight pages); attach longer documents as files."
        ),
        error_messages={"required": _("Tell us what happened, in a few sentences at least.")},
    )
    when_happened = forms.CharField(label=_("When? (if you know)"), required=False, max_length=200)
    who_involved = forms.CharField(
        label=_("Who was involved? (if you know)"), required=False, max_length=500
    )
    related_to = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    attachments = MultipleFileField(
        label=_("Files or pictures (optional)"),
        required=False,
        help_text=_("Up to 5 files: pictures, PDF or office files, 10 MB each."),
    )
    identity = forms.ChoiceField(
        label=_("Your identity"), choices=IDENTITY, widget=forms.RadioSelect, initial="anonymous"
    )
    reporter_name = forms.CharField(label=_("Your name"), required=False, max_length=200)
    reporter_email = forms.EmailField(label=_("Your e-mail"), required=False)
    reporter_phone = forms.CharField(label=_("Your phone"), required=False, max_length=40)
    pdpa_consent = forms.BooleanField(
        label=_(
            "I agree that the agency keeps my name and contact details to handle this complaint "
            "only, under the Personal Data Protection Act B.E. 2562."
        ),
        required=False,
    )
    notify_email = forms.EmailField(
        label=_("E-mail for “there is news” notices (optional, also when anonymous)"),
        required=False,
        help_text=_("We only write that there is news; never the content or your receipt."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("identity") == "named":
            if not data.get("reporter_name"):
                self.add_error("reporter_name", _("Type your name, or choose “Anonymous”."))
            if not data.get("reporter_email") and not data.get("reporter_phone"):
                self.add_error("reporter_email", _("Give an e-mail address or a phone number."))
            if not data.get("pdpa_consent"):
                self.add_error("pdpa_consent", _("Tick the consent box, or choose “Anonymous”."))
        return data

    def clean_what_happened(self) -> str:
        text: str = self.cleaned_data["what_happened"]
        if len(text.strip()) > MAX_TEXT_CHARACTERS:
            raise forms.ValidationError(too_long_message(len(text.strip())))
        return text

    def complaint_data(self) -> NewComplaint:
        data = self.cleaned_data
        named = data["identity"] == "named"
        return NewComplaint(
            category=data["category"],
            what_happened=data["what_happened"],
            when_happened=data["when_happened"],
            who_involved=data["who_involved"],
            related_to=data["related_to"],
            reporter_name=data["reporter_name"] if named else "",
            reporter_email=data["reporter_email"] if named else "",
            reporter_phone=data["reporter_phone"] if named else "",
            notify_email=data["notify_email"],
            pdpa_consent=bool(data["pdpa_consent"]) if named else False,
        )


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=_("Your 16-digit receipt"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "spellcheck": "false"}
        ),
        error_messages={"required": _("Type the 16-digit receipt you received.")},
    )


class ReplyForm(forms.Form):
    receipt = forms.CharField(widget=forms.HiddenInput)
    body = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT_CHARACTERS}),
        required=False,
        max_length=MAX_TEXT_CHARACTERS,
        help_text=_("At most 20,000 characters."),
    )
    attachments = MultipleFileField(
        label=_("Add files (optional)"),
        required=False,
        help_text=_("Up to 5 files: pictures, PDF or office files, 10 MB each."),
    )


# The complaint officer's case page: one labelled form per action. Choices start empty;
# consequential ones (close, exclude) need a reason and a ticked confirmation.
EMPTY_CHOICE = _("— choose —")


class StaffMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the reporter"),
        max_length=MAX_TEXT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The reporter reads it with the receipt; an e-mail says only that there is news."
        ),
        error_messages={"required": _("Write the message to the reporter.")},
    )


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("What was done"),
        max_length=MAX_TEXT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For staff only; the reporter does not see it."),
        error_messages={"required": _("Write what was done.")},
    )


class PersonChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A person, shown by their display name."""

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name)


class AssignForm(forms.Form):
    officer = PersonChoiceField(
        label=_("Complaint officer"),
        queryset=User.objects.none(),
        empty_label=EMPTY_CHOICE,
        error_messages={"required": _("Choose the officer who handles the case.")},
    )

    def __init__(self, *args: Any, officers: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["officer"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = officers


class ConfirmMixin(forms.Form):
    def confirm_field(self, label: "str | _StrPromise") -> None:
        self.fields["confirm"] = forms.BooleanField(
            label=label,
            required=True,
            error_messages={"required": _("Tick the box to confirm.")},
        )


class ExcludeForm(ConfirmMixin):
    person = PersonChoiceField(
        label=_("Person named in the case"),
        queryset=User.objects.none(),
        empty_label=EMPTY_CHOICE,
        error_messages={"required": _("Choose the person to exclude.")},
    )
    reason = forms.CharField(
        label=_("Why (recorded on the case)"),
        max_length=MAX_TEXT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say why this person is excluded from the case.")},
    )

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = people
        self.confirm_field(
            _(
                "I confirm: this person will no longer see the case or get its notices. Only "
                "the site administrator can undo it."
            )
        )


class CloseForm(ConfirmMixin):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[("", EMPTY_CHOICE), *Complaint.Outcome.choices],
        error_messages={"required": _("Choose the outcome.")},
    )
    reason = forms.CharField(
        label=_("Reason (the reporter reads it)"),
        max_length=MAX_TEXT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the outcome.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.confirm_field(
            _(
                "I confirm: closing ends the case. The reporter is told there is news and can "
                "no longer add messages."
            )
        )


class SettingsForm(forms.ModelForm[ComplaintSettings]):
    class Meta:
        model = ComplaintSettings
        fields = [
            "acknowledge_days",
            "result_days",
            "retention_years",
            "handling_unit",
            "other_channels",
            "director_reads_content",
        ]
        widgets = {"other_channels": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, site_admin: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        units = self.fields["handling_unit"]
        assert isinstance(units, forms.ModelChoiceField)
        units.queryset = Unit.objects.filter(agency_id=self.instance.agency_id).order_by("name_th")
        if not site_admin:
            # The director's access to content is granted by the site administrator only.
            self.fields["director_reads_content"].disabled = True
