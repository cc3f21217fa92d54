from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.grants import notify_if_complaint_officer
from prongsai.agencies.models import Membership


class MembershipInline(admin.TabularInline[Membership, User]):
    model = Membership
    extra = 1
    autocomplete_fields = ["agency"]
    fields = ["agency", "role", "unit", "position"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_superuser"]
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        (_("Contact"), {"fields": ("title", "phone")}),
    )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        """Memberships given here are told like those given on an agency's pages."""
        previous = {
            inline.instance.pk: inline.initial.get("role")
            for inline in getattr(formset, "forms", [])
            if isinstance(inline.instance, Membership) and inline.instance.pk
        }
        super().save_formset(request, form, formset, change)
        if formset.model is not Membership:
            return
        by = request.user if isinstance(request.user, User) else None
        for membership in getattr(formset, "new_objects", []) + [
            changed for changed, _fields in getattr(formset, "changed_objects", [])
        ]:
            notify_if_complaint_officer(
                membership=membership, previous_role=previous.get(membership.pk), by=by
            )
