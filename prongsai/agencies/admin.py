"""Django admin for agencies, units and memberships, and for accounts (their memberships are
edited inline, so the user admin lives here, above accounts)."""

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.grants import notify_if_complaint_officer
from prongsai.agencies.models import Agency, Membership, Unit


class UnitInline(admin.TabularInline[Unit, Agency]):
    model = Unit
    extra = 0
    fields = ["name_th", "name_en", "kind", "parent", "order"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin[Agency]):
    list_display = ["name_th", "slug", "kind", "parent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name_th", "name_en", "slug"]
    list_select_related = ["parent"]
    inlines = [UnitInline]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin[Unit]):
    list_display = ["name_th", "agency", "kind", "parent"]
    list_filter = ["agency"]
    search_fields = ["name_th", "name_en"]
    list_select_related = ["agency", "parent"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin[Membership]):
    list_display = ["user", "agency", "role", "unit"]
    list_filter = ["role", "agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "agency"]
    list_select_related = ["user", "agency", "unit"]

    def save_model(self, request: HttpRequest, obj: Membership, form: Any, change: bool) -> None:
        previous = (
            Membership.objects.filter(pk=obj.pk).values_list("role", flat=True).first()
            if obj.pk
            else None
        )
        super().save_model(request, obj, form, change)
        by = request.user if isinstance(request.user, User) else None
        notify_if_complaint_officer(membership=obj, previous_role=previous, by=by)


class MembershipInline(admin.TabularInline[Membership, User]):
    model = Membership
    extra = 1
    autocomplete_fields = ["agency"]
    fields = ["agency", "role", "unit", "position"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin[User]):
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
