"""Encryption at rest for complaint content, and the slow hash of receipts.

The cipher itself lives in prongsai.vault.crypto (the mail outbox uses it too); its names are
re-exported here.

The keys never live in the database: `COMPLAINT_KEYS` (or `COMPLAINT_KEYS_FILE`) holds one or
more Fernet keys separated by commas, newest first; old keys still decrypt until
`python manage.py rotate_complaint_key` has re-encrypted everything with the newest one.
With DEBUG on and no key configured, a key is created once under var/secrets/ so that
`make run` works; production refuses to start a complaint action without a key.
"""

import hashlib

from django.conf import settings

from prongsai.vault.crypto import (
    InvalidToken,
    configured_keys,
    decrypt,
    encrypt,
    fernet,
    generate_key,
    rotate,
)

__all__ = [
    "InvalidToken",
    "configured_keys",
    "decrypt",
    "encrypt",
    "fernet",
    "generate_key",
    "receipt_hash",
    "rotate",
]


def receipt_hash(receipt: str) -> str:
    """scrypt of the receipt: slow to guess, and the same receipt always gives the same hash so a
    case can be found by it. The salt is derived from the encryption keys' owner secret, not
    stored in the database."""
    salt = hashlib.sha256(b"prongsai-receipt:" + settings.COMPLAINT_RECEIPT_SALT.encode()).digest()
    digest = hashlib.scrypt(
        receipt.encode("ascii"),
        salt=salt,
        n=settings.COMPLAINT_RECEIPT_SCRYPT_N,
        r=8,
        p=1,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    return digest.hex()
