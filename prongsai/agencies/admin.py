from typing import Any

from django.contrib import admin
from django.http import HttpRequest

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
