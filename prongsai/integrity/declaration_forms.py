"""The declaration's forms: start a fiscal year, and the text itself (Thai, optional English)."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.integrity import declaration_actions as actions
from prongsai.integrity.models import Declaration
from prongsai.thaidates import ThaiDateField


class StartForm(forms.Form):
    year = forms.TypedChoiceField(
        label=_("Fiscal year"),
        coerce=int,
        error_messages={
            "required": _("Choose the fiscal year of the declaration."),
            "invalid_choice": _("Choose one of the fiscal years offered."),
        },
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["year"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [(year, str(year)) for year in years]


def _text(label: Any, *, required: bool, rows: int, help_text: Any = "") -> Any:
    return forms.CharField(
        label=label,
        max_length=4000,
        required=required,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class DeclarationForm(forms.Form):
    title_th = forms.CharField(
        label=_("Subject (Thai)"),
        max_length=300,
        help_text=_("Printed after “เรื่อง” under the agency's name."),
        error_messages={"required": _("Type the subject of the declaration.")},
    )
    preamble_th = _text(
        _("Preamble (Thai)"),
        required=True,
        rows=8,
        help_text=_("The laws and policies the declaration follows; each line is a paragraph."),
    )
    commitments_th = _text(
        _("Commitments (Thai)"),
        required=True,
        rows=8,
        help_text=_("One commitment a line; they are numbered ๑, ๒, ๓ … when printed."),
    )
    declared_on = ThaiDateField(
        label=_("Date of the declaration"),
        error_messages={"required": _("Type the date of the declaration.")},
    )
    signer_name = forms.CharField(
        label=_("The director's name"),
        max_length=200,
        help_text=_("As it is printed under the signature, for example นายสมชาย ใจดี."),
        error_messages={"required": _("Type the director's name for the signature block.")},
    )
    signer_position = forms.CharField(
        label=_("The director's position"),
        max_length=300,
        error_messages={"required": _("Type the director's position.")},
    )
    title_en = forms.CharField(
        label=_("Subject (English, optional)"), max_length=300, required=False
    )
    preamble_en = _text(_("Preamble (English, optional)"), required=False, rows=6)
    commitments_en = _text(
        _("Commitments (English, optional)"),
        required=False,
        rows=6,
        help_text=_("One commitment a line."),
    )

    def __init__(self, *args: Any, year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.year = year
        self.fields["preamble_th"].error_messages["required"] = _("Type the preamble.")
        self.fields["commitments_th"].error_messages["required"] = _(
            "Type at least one commitment."
        )

    @classmethod
    def initial_of(cls, declaration: Declaration) -> dict[str, Any]:
        return {name: getattr(declaration, name) for name in cls.base_fields}

    def clean_declared_on(self) -> Any:
        value = self.cleaned_data["declared_on"]
        actions.check_declared_on(self.year, value)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        english = [data.get(name, "").strip() for name in ("title_en", "commitments_en")]
        if any(english) and not all(english):
            missing = "title_en" if not english[0] else "commitments_en"
            self.add_error(
                missing,
                ValidationError(
                    _("The English version needs both its subject and its commitments.")
                ),
            )
        return data

    def declaration_data(self) -> actions.DeclarationData:
        return actions.DeclarationData(
            **{name: self.cleaned_data[name] for name in self.base_fields}
        )


class ReportForm(forms.Form):
    notes = forms.CharField(
        label=_("What was done under the policy, problems and suggestions"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Printed above the figures. The figures (declaration, activities, gifts) come from "
            "the system and carry no one's name."
        ),
        error_messages={"required": _("Write what was done under the policy this year.")},
    )
