"""The product's own error pages while developing.

With ``DEBUG`` on Django answers a missing page with its yellow page listing every URL
pattern, and an error with a traceback page.  Those are for a developer who asks for them
(``DEBUG_PAGES=1``); otherwise this middleware answers as production does: the Thai
400/403/404/500 pages (JSON under ``/api/``).  The traceback still goes to the console log.

A 405 (a form's POST-only address opened from a bookmark or typed in) gets a Thai page in
production as well: Django's own answer to it is blank.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import Resolver404, get_resolver, reverse
from django.views import defaults

logger = logging.getLogger("django.request")


def _debug_pages_wanted() -> bool:
    return not settings.DEBUG or bool(getattr(settings, "DEBUG_PAGES", False))


def product_error_response(request: HttpRequest, exc: Exception) -> HttpResponse | None:
    """The response production would give for ``exc``; ``None`` leaves it to Django."""
    from prongsai import urls

    if isinstance(exc, Http404):
        return urls.handler404(request, exc)
    if isinstance(exc, PermissionDenied):
        return defaults.permission_denied(request, exc)
    if isinstance(exc, (BadRequest, SuspiciousOperation)):
        return defaults.bad_request(request, exc)
    logger.error(
        "Internal Server Error: %s", request.path, exc_info=exc, extra={"request": request}
    )
    return urls.handler500(request)


def _is_staff(request: HttpRequest) -> bool:
    return request.path_info.startswith("/staff/") or "/staff/" in request.path_info


def _way_back(request: HttpRequest) -> str:
    """The back office's home for a staff address, else the agency's (or the site's) home."""
    from prongsai.agencies.models import Agency

    try:
        match = get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
    except Resolver404:
        return reverse("agencies:index")
    slug = match.kwargs.get("agency")
    if slug is not None and not isinstance(slug, str):
        slug = getattr(slug, "slug", None)
    staff = _is_staff(request)
    if slug and Agency.objects.filter(slug=slug).exists():
        name = "agencies:staff_home" if staff else "agencies:home"
        return reverse(name, kwargs={"agency": slug})
    return reverse("agencies:staff_entry" if staff else "agencies:index")


def method_not_allowed(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Django's blank 405 as a Thai page; the status and the ``Allow`` header stay."""
    page = render(
        request,
        "405.html",
        {"way_back": _way_back(request), "to_staff": _is_staff(request)},
        status=405,
    )
    if response.has_header("Allow"):
        page["Allow"] = response["Allow"]
    return page


def _blank_405(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 405
        and not request.path_info.startswith("/api/")
        and not getattr(response, "streaming", False)
        and not response.content
    )


class ProductErrorPagesMiddleware:
    """Without ``DEBUG_PAGES``, serve the product's error pages even when ``DEBUG`` is on."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _debug_pages_wanted():
            try:
                get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
            except Resolver404 as exc:
                # Django would list every URL pattern here; CommonMiddleware (outside) still
                # adds a missing slash because this answer is a 404 as well.
                return product_error_response(request, Http404(str(exc))) or HttpResponse(
                    status=404
                )
        response = self.get_response(request)
        if _blank_405(request, response):
            return method_not_allowed(request, response)
        return response

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if _debug_pages_wanted():
            return None
        return product_error_response(request, exc)
