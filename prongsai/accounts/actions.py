"""Writes about accounts: two-factor devices and API tokens."""

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from prongsai.accounts.models import User

DEVICE_NAME = "authenticator"


def confirmed_totp_device(*, user: User) -> TOTPDevice | None:
    device: TOTPDevice | None = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device


def start_totp_enrolment(*, user: User) -> TOTPDevice:
    """The unconfirmed device the user is enrolling, created on first visit.

    Side effects: may create a TOTPDevice (unconfirmed; it does not count until confirmed).
    """
    device: TOTPDevice | None = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def confirm_totp_device(*, device: TOTPDevice, token: str) -> bool:
    """Confirm enrolment if the code matches. Side effects: other devices of the user removed."""
    if not device.verify_token(token):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return True


def remove_totp_devices(*, user: User) -> int:
    """Switch two-factor off. Side effects: every TOTP device of the user deleted."""
    deleted: int = TOTPDevice.objects.filter(user=user).delete()[0]
    return deleted


def renew_api_token(*, user: User) -> Token:
    """A fresh API token; the old one stops working. Side effects: token replaced."""
    with transaction.atomic():
        Token.objects.filter(user=user).delete()
        token: Token = Token.objects.create(user=user)
    return token
