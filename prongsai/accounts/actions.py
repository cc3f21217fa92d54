"""Writes about accounts: two-factor devices and API tokens."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from prongsai.accounts.models import SecondStepAttempts, User

DEVICE_NAME = "authenticator"
MAX_SECOND_STEP_ATTEMPTS = 5
SECOND_STEP_LOCK = timedelta(minutes=15)


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
    """Confirm enrolment if the code matches.

    Side effects: other devices of the user removed; the user's API token deleted (it was
    minted without the second step, so it must not outlive the switch to two-step sign-in).
    """
    if not device.verify_token(token):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        Token.objects.filter(user=device.user).delete()
    return True


def needs_second_step(*, user: User) -> bool:
    """Whether this account signs in with a code: it has enrolled, or it is a site
    administrator and the installation requires it (REQUIRE_ADMIN_2FA)."""
    if user.is_superuser and settings.REQUIRE_ADMIN_2FA:
        return True
    return confirmed_totp_device(user=user) is not None


def reserve_second_step_attempt(*, user: User) -> bool:
    """Count one try of a code *before* it is checked; False when the account is locked.

    One conditional UPDATE does the counting, so parallel wrong codes cannot race past the
    limit. The lock lasts SECOND_STEP_LOCK after the last try; a right code clears the count.

    Side effects: the account's attempt counter raised.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            SecondStepAttempts.objects.get_or_create(user=user)
    except IntegrityError:  # created by a parallel request meanwhile
        pass
    SecondStepAttempts.objects.filter(user=user, last_at__lt=now - SECOND_STEP_LOCK).update(count=0)
    counted = SecondStepAttempts.objects.filter(
        user=user, count__lt=MAX_SECOND_STEP_ATTEMPTS
    ).update(count=F("count") + 1, last_at=now)
    return counted == 1


def clear_second_step_attempts(*, user: User) -> None:
    """Side effects: the account's attempt counter set back to zero after a right code."""
    SecondStepAttempts.objects.filter(user=user).update(count=0)


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
