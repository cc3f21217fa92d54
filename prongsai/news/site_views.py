"""The installation's /sitemap.xml and /robots.txt (public, no agency in the URL)."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from prongsai.news import sitemap


def _base(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


@require_GET
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    body = sitemap.sitemap_xml(sitemap.entries(), _base(request))
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        sitemap.robots_txt(_base(request)), content_type="text/plain; charset=utf-8"
    )
