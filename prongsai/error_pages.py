"""The product's own error pages while developing.

With ``DEBUG`` on Django answers a missing page with its yellow page listing every URL
pattern, and an error with a traceback page.  Those are for a developer who asks for them
(``DEBUG_PAGES=1``); otherwise this middleware answers as production does: the Thai
400/403/404/500 pages (JSON under ``/api/``).  The traceback still goes to the console log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, get_resolver
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


class ProductErrorPagesMiddleware:
    """Without ``DEBUG_PAGES``, serve the product's error pages even when ``DEBUG`` is on."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _debug_pages_wanted():
            return self.get_response(request)
        try:
            get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
        except Resolver404 as exc:
            # Django would list every URL pattern here; CommonMiddleware (outside) still
            # adds a missing slash because this answer is a 404 as well.
            return product_error_response(request, Http404(str(exc))) or HttpResponse(status=404)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if _debug_pages_wanted():
            return None
        return product_error_response(request, exc)
