"""The code of ethics' form: title, text, the source document (a PDF or a link)."""

from typing import Any

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from prongsai.integrity.ethics_actions import EthicsCodeData
from prongsai.integrity.models import EthicsCode
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

ETHICS_SOURCE = UploadKind(20 * MB, 1, ("pdf",), "PDF")


class EthicsCodeForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the code"),
        max_length=300,
        help_text=_("For example: ประมวลจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา"),
        error_messages={"required": _("Type the title of the code of ethics.")},
    )
    body = forms.CharField(
        label=_("The code's text or a summary of it"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "One paragraph a line. Add the school's own ethics requirements, if any, at the end."
        ),
        error_messages={"required": _("Type the code's text or a summary of it.")},
    )
    source_file = forms.FileField(
        label=_("The source document (PDF)"),
        required=False,
        help_text=lazy(ETHICS_SOURCE.help_text, str)(),
    )
    remove_file = forms.BooleanField(label=_("Remove the source document"), required=False)
    source_url = forms.URLField(
        label=_("Or a link to the source document"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For example the announcement in the Royal Gazette."),
        error_messages={
            "invalid": _("Type the whole address of the link, starting with https://."),
        },
    )

    def __init__(self, *args: Any, code: EthicsCode | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.code = code
        if code is None or not code.source_file:
            del self.fields["remove_file"]

    @classmethod
    def initial_of(cls, code: EthicsCode | None) -> dict[str, Any]:
        if code is None:
            return {}
        return {"title": code.title, "body": code.body, "source_url": code.source_url}

    def clean_source_file(self) -> Any:
        upload = self.cleaned_data.get("source_file")
        if upload:
            check_upload(upload, ETHICS_SOURCE)
        return upload

    def ethics_data(self) -> EthicsCodeData:
        data = self.cleaned_data
        return EthicsCodeData(
            title=data["title"],
            body=data["body"],
            source_url=data.get("source_url") or "",
            source_file=data.get("source_file") or None,
            remove_file=bool(data.get("remove_file")),
        )
