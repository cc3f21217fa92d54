from django.contrib import admin

from prongsai.measures.models import Measure, Plan, Publication


class MeasureInline(admin.TabularInline[Measure, Plan]):
    model = Measure
    extra = 0
    fields = ["number", "name", "heading_tail"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin[Plan]):
    list_display = ["agency", "fiscal_year", "updated_at"]
    list_filter = ["fiscal_year"]
    inlines = [MeasureInline]


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin[Publication]):
    list_display = ["plan", "kind", "version", "published_at"]
    readonly_fields = ["plan", "kind", "version", "document", "published_at", "published_by"]
