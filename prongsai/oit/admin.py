from django.contrib import admin

from prongsai.oit.models import Checklist, ItaResult, Item


class ItemInline(admin.TabularInline[Item, Checklist]):
    model = Item
    extra = 0
    fields = [
        "order",
        "code",
        "title",
        "title_en",
        "subindicator",
        "subindicator_name",
        "window",
        "generator",
        "requirements",
        "requirements_en",
        "requirements_for",
    ]


@admin.register(Checklist)
class ChecklistAdmin(admin.ModelAdmin[Checklist]):
    """Where an office edits its own list (and a site administrator the shipped ones)."""

    list_display = ["year", "scheme", "owner", "published"]
    list_filter = ["year", "scheme", "published"]
    inlines = [ItemInline]


@admin.register(ItaResult)
class ItaResultAdmin(admin.ModelAdmin[ItaResult]):
    list_display = ["agency", "year", "total", "iit", "eit", "oit"]
    list_filter = ["year"]
