"""Encryption at rest (Fernet) for confidential content: complaints and the mail outbox.

The keys never live in the database: `COMPLAINT_KEYS` (or `COMPLAINT_KEYS_FILE`) holds one or
more Fernet keys separated by commas, newest first; old keys still decrypt until
`python manage.py rotate_complaint_key` has re-encrypted everything with the newest one.
With DEBUG on and no key configured, a key is created once under var/secrets/ so that
`make run` works; production refuses to start a complaint action without a key.
"""

import functools
import os
import time
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["InvalidToken", "decrypt", "encrypt", "fernet", "generate_key", "rotate"]


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


def _development_key_file() -> Path:
    return Path(settings.VAR_DIR) / "secrets" / "complaint-keys"


def configured_keys() -> list[str]:
    raw = settings.COMPLAINT_KEYS
    if raw:
        return [key.strip() for key in raw.replace("\n", ",").split(",") if key.strip()]
    if not settings.DEBUG:
        raise ImproperlyConfigured(
            "COMPLAINT_KEYS is not set: complaints cannot be stored without an encryption key "
            "(docs/deployment.md, 'Complaint keys')."
        )
    path = _development_key_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(generate_key())
    return [key.strip() for key in path.read_text().split(",") if key.strip()]


@functools.cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.encode("ascii")) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "COMPLAINT_KEYS holds a value that is not a Fernet key "
            "(make one with: python manage.py rotate_complaint_key --new-key)."
        ) from exc


def fernet() -> MultiFernet:
    return _fernet(tuple(configured_keys()))


def encrypt(data: bytes) -> bytes:
    """A Fernet token stamped with the start of the day (UTC), not the current second: a Fernet
    token carries its creation time in clear, and a complaint's time of day must not be kept."""
    day_start = int(time.time()) // 86400 * 86400
    return fernet().encrypt_at_time(data, day_start)


def decrypt(token: bytes) -> bytes:
    return fernet().decrypt(token)


def rotate(token: bytes) -> bytes:
    """Re-encrypt with the newest key (MultiFernet.rotate)."""
    return fernet().rotate(token)
