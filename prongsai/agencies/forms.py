from typing import Any

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.actions import PersonData
from prongsai.agencies.models import RESERVED_SLUGS, Agency, Unit
from prongsai.agencies.roles import Role


def https_url_fields(field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """Addresses typed without a scheme become https:// (Django 6's default, chosen now)."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class AgencyForm(forms.ModelForm[Agency]):
    class Meta:
        model = Agency
        formfield_callback = https_url_fields
        fields = [
            "name_th",
            "name_en",
            "slug",
            "kind",
            "parent",
            "address",
            "phone",
            "email",
            "website",
            "facebook",
        ]
        error_messages = {
            "slug": {"unique": _("Another agency already uses this web address name.")}
        }

    def __init__(self, *args: Any, can_move: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parent = self.fields["parent"]
        assert isinstance(parent, forms.ModelChoiceField)
        parent.queryset = Agency.objects.filter(is_active=True).exclude(pk=self.instance.pk)
        parent.empty_label = _("— none (top level) —")
        if not can_move:
            # Only a site administrator moves an agency or changes its address.
            for name in ("slug", "parent", "kind"):
                self.fields[name].disabled = True

    def clean_slug(self) -> str:
        slug: str = self.cleaned_data["slug"].strip().lower()
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("“%(slug)s” is reserved; choose another.") % {"slug": slug}
            )
        return slug


class UnitForm(forms.ModelForm[Unit]):
    class Meta:
        model = Unit
        fields = ["name_th", "name_en", "kind", "parent", "order"]

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.agency = agency
        parent = self.fields["parent"]
        assert isinstance(parent, forms.ModelChoiceField)
        parent.queryset = Unit.objects.filter(agency=agency).exclude(pk=self.instance.pk)
        parent.empty_label = _("— none (top level) —")

    def validate_unique(self) -> None:
        # The constraint on (agency, lower(name)) needs the agency, which the form does not show.
        try:
            self.instance.validate_constraints()
        except forms.ValidationError:
            self.add_error("name_th", _("This agency already has a unit with this name."))


class PersonForm(forms.Form):
    """Add a person. The e-mail address identifies them: an existing account is invited."""

    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_(
            "If an account already uses this address, its owner is invited and gets the roles "
            "only after accepting. Otherwise a new account is made and sent a set-password link."
        ),
        error_messages={"required": _("Give the person's e-mail address.")},
    )
    username = forms.RegexField(
        label=_("Username for a new account"),
        max_length=150,
        required=False,
        regex=r"^[A-Za-z0-9_.@+-]+\Z",  # ASCII only: no look-alike Ａｄｍｉｎ
        error_messages={
            "invalid": _("Use English letters, digits and @ . + - _ only, without spaces.")
        },
    )
    title = forms.CharField(label=_("Title"), max_length=40, required=False)
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    roles = forms.MultipleChoiceField(
        label=_("Roles in this agency"),
        choices=Role.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one role.")},
    )
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.none(), required=False)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit = self.fields["unit"]
        assert isinstance(unit, forms.ModelChoiceField)
        unit.queryset = Unit.objects.filter(agency=agency)

    def person_data(self) -> PersonData:
        data = self.cleaned_data
        return PersonData(
            username=data.get("username", ""),
            title=data["title"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data.get("email", ""),
            phone=data["phone"],
            roles=data["roles"],
            unit=data["unit"],
            position=data["position"],
        )


class EditPersonForm(PersonForm):
    """Edit a person's roles here, and their title, names and phone when `profile_locked` is
    off. Never their e-mail address or password: only the account's owner changes those."""

    def __init__(self, *args: Any, profile_locked: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["email"]
        del self.fields["username"]
        if profile_locked:
            for name in ("title", "first_name", "last_name", "phone"):
                self.fields[name].disabled = True


class PeopleImportForm(forms.Form):
    sheet = forms.FileField(
        label=_("Sheet of people (.csv or .xlsx)"),
        error_messages={"required": _("Choose a .csv or .xlsx file to import.")},
    )
