"""A retry of the same filing (same form token or API idempotency key) files nothing new and,
for 15 minutes, gets the same receipt back, from any worker: the receipt is kept in the
database, encrypted with the expiry and a hash of the submission (`FilingRetry`).

The key is scoped to the agency (the same key at another agency is another key) and bound to
the submission: the same key with other content never returns the receipt.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta

from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from prongsai.complaints.models import Complaint, FilingRetry
from prongsai.jobs import registry

RETRY_TTL = 15 * 60


class KeyReused(Exception):
    """The idempotency key was already used here for a different submission."""


def key_hash(agency_id: int, key: str) -> str:
    return hashlib.sha256(f"complaint-idem:{agency_id}:{key}".encode()).hexdigest()


def fingerprint(fields: Mapping[str, object], attachments: Sequence[UploadedFile]) -> str:
    """A hash of what was sent (kept only inside the encrypted memory)."""
    content = {
        "fields": {name: str(value).strip() for name, value in sorted(fields.items())},
        "files": [(upload.name or "", upload.size or 0) for upload in attachments],
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


def remember(*, complaint: Complaint, receipt: str, submission: str) -> None:
    """Keep the receipt for retries (inside the filing's transaction)."""
    memory = {"receipt": receipt, "expires": time.time() + RETRY_TTL, "submission": submission}
    FilingRetry.objects.create(
        complaint=complaint, memory=json.dumps(memory), created_on=timezone.localdate()
    )
    registry.kick("complaint-retries")  # forget older ones soon, even without cron


def recall(*, complaint: Complaint, submission: str) -> str | None:
    """The receipt for a retry of `complaint`'s filing, or None once it has expired.

    Raises KeyReused when the submission differs from the one filed with this key.
    """
    retry = FilingRetry.objects.filter(complaint=complaint).first()
    if retry is None:
        return None
    memory = json.loads(retry.memory)
    if memory["expires"] < time.time():
        retry.delete()
        return None
    if memory["submission"] != submission:
        raise KeyReused
    return str(memory["receipt"])


def purge_expired() -> int:
    """Delete expired retry memories; the "complaint-retries" job, every minute. Returns rows."""
    purged, _by_model = FilingRetry.objects.filter(
        created_on__lt=timezone.localdate() - timedelta(days=1)
    ).delete()
    now = time.time()
    for retry in FilingRetry.objects.all():
        if json.loads(retry.memory)["expires"] < now:
            retry.delete()
            purged += 1
    return purged
