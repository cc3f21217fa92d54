from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "prongsai.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from prongsai.accounts.models import User

        # Passwords and login times change on every sign-in; they are noise in the audit log.
        auditlog.register(User, exclude_fields=["password", "last_login"])
