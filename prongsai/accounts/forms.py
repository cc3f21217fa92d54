from collections.abc import Iterator
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The username or password is not correct. Check the keyboard language "
            "(Thai/English) and Caps Lock, then try again."
        ),
        "inactive": _("This account has been switched off. Ask your administrator."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Username")
        self.fields["password"].label = _("Password")


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("6-digit code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        max_length=12,
        error_messages={
            "invalid": _("Type the 6 digits shown in your authenticator app."),
            "required": _("Type the 6 digits shown in your authenticator app."),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self) -> str:
        return str(self.cleaned_data["token"]).strip()


class ResetForm(PasswordResetForm):
    """Also reaches people added without a password who lost their set-password e-mail."""

    def get_users(self, email: str) -> Iterator[Any]:
        from prongsai.accounts.models import User

        yield from User.objects.filter(email__iexact=email, is_active=True)
