from django.contrib import admin

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
