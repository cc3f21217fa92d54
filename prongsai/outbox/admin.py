"""Mail outbox in Django admin: what waits, what failed and why; never whom or what it says."""

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from prongsai.outbox.actions import retry_now
from prongsai.outbox.models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = [
        "pk",
        "kind",
        "status",
        "attempts",
        "next_try_at",
        "last_error",
        "created_on",
        "sent_on",
    ]
    list_filter = ["status", "kind"]
    fields = [
        "kind",
        "status",
        "attempts",
        "next_try_at",
        "last_error",
        "created_on",
        "sent_on",
    ]
    readonly_fields = tuple(str(field) for field in fields)
    actions = ["retry"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description=_("Try again now"))
    def retry(self, request: HttpRequest, queryset: QuerySet[OutboxMessage]) -> None:
        count = retry_now(pks=queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail will be tried again.",
                "%(count)d e-mails will be tried again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
