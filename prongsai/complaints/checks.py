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
