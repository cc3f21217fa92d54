"""API token authentication that honours two-step sign-in."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from prongsai.accounts.actions import needs_second_step


class SecondStepTokenAuthentication(TokenAuthentication):
    """DRF's token authentication, refusing a token that skipped the second step.

    Tokens are minted only from a session that passed the second step (accounts.views.api_token)
    and deleted when their owner enrols; this also refuses, whatever their history:
    - a token of an account that must use two-step sign-in but has not set it up (a site
      administrator under REQUIRE_ADMIN_2FA);
    - a token older than the account's authenticator (made before the owner enrolled).
    """

    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        user, token = super().authenticate_credentials(key)
        if needs_second_step(user=user):
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if device is None or (device.created_at and token.created < device.created_at):
                raise AuthenticationFailed(
                    _("This token was made without two-step sign-in. Make a new one.")
                )
        return user, token
