"""The holidays in Django admin: the site administrator adds the cabinet's special days."""

from django.contrib import admin

from prongsai.workdays.models import Holiday


@admin.register(Holiday)
class HolidayAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["date", "name_th", "name_en"]
    list_filter = ["date"]
    search_fields = ["name_th", "name_en"]
    date_hierarchy = "date"
    ordering = ["-date"]
