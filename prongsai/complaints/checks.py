"""`manage.py check --deploy` refuses a production configuration without complaint keys."""

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def complaint_keys_configured(app_configs: Any, **kwargs: Any) -> list[Error]:
    if settings.COMPLAINT_KEYS:
        return []
    return [
        Error(
            "COMPLAINT_KEYS is not set: complaints cannot be stored encrypted.",
            hint="Create one with `python manage.py rotate_complaint_key --new-key` and set "
            "COMPLAINT_KEYS (or COMPLAINT_KEYS_FILE); see docs/deployment.md.",
            id="prongsai.E001",
        )
    ]


@register(Tags.security, deploy=True)
def receipt_salt_is_its_own_secret(app_configs: Any, **kwargs: Any) -> list[Error]:
    if settings.COMPLAINT_RECEIPT_SALT and settings.COMPLAINT_RECEIPT_SALT != settings.SECRET_KEY:
        return []
    return [
        Error(
            "COMPLAINT_RECEIPT_SALT must be set, and differ from SECRET_KEY.",
            hint="Receipts are hashed with it; rotating SECRET_KEY must not make them unusable. "
            "Set it once to a long random string and never change it (docs/deployment.md).",
            id="prongsai.E002",
        )
    ]
