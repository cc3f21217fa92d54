from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path, register_converter
from django.views import defaults
from django.views.i18n import set_language

from prongsai.api.errors import api_not_found, api_server_error
from prongsai.lib.converters import BuddhistYearConverter

register_converter(BuddhistYearConverter, "be_year")

admin.site.site_header = "Prongsai — ผู้ดูแลระบบ"
admin.site.site_title = "Prongsai"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("prongsai.accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/", include("prongsai.api.urls")),
    # Agency paths (/<slug>/…) come last so the fixed prefixes above always win.
    path("", include("prongsai.measures.urls")),
    path("", include("prongsai.complaints.urls")),
    path("", include("prongsai.oit.urls")),
    path("", include("prongsai.services.urls")),
    path("", include("prongsai.manuals.urls")),
    path("", include("prongsai.integrity.urls")),
    path("", include("prongsai.feedback.urls")),
    path("", include("prongsai.assets.urls")),
    path("", include("prongsai.news.urls")),
    path("", include("prongsai.evaluation.urls")),
    path("", include("prongsai.budget.urls")),
    path("", include("prongsai.risks.urls")),
    path("", include("prongsai.procurement.urls")),
    path("", include("prongsai.agencies.urls")),
]


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return api_not_found(request, exception)
    return defaults.page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return api_server_error(request)
    return defaults.server_error(request)
