"""`manage.py check --deploy`: production without a mail server holds mail instead of logging it."""

from typing import Any

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def mail_is_delivered(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if not settings.EMAIL_HOLD:
        return []
    return [
        Warning(
            "EMAIL_HOST is not set: e-mail (password-reset links, notices) is held in the outbox "
            "and nobody receives it.",
            hint="Set EMAIL_HOST (and EMAIL_HOST_USER/EMAIL_HOST_PASSWORD); held mail is sent by "
            "the next `manage.py run_jobs` (docs/deployment.md).",
            id="prongsai.W010",
        )
    ]
