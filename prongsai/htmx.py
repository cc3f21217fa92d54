"""htmx requests: `request.htmx`, and `Vary: HX-Request` on every answer that depends on it.

A page that answers an htmx request with a fragment and a plain visit with the whole page must
say so, or a browser (or a proxy) may serve the fragment from its cache when someone opens the
address itself (the back button, a reload). This middleware stands in for django-htmx's: it
gives views the same `request.htmx`, notes whether the view (or its template) asked, and then
adds `Vary: HX-Request` to the response, whichever version it is. Views read the header only
through `request.htmx`.
"""

from collections.abc import Callable

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.cache import patch_vary_headers
from django_htmx.middleware import HtmxDetails


class _NotedHtmxDetails(HtmxDetails):
    asked = False

    def __bool__(self) -> bool:
        self.asked = True
        return super().__bool__()


class HtmxVaryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        details = _NotedHtmxDetails(request)
        request.htmx = details  # type: ignore[attr-defined]  # HttpRequest declares no htmx
        response = self.get_response(request)
        if details.asked:
            patch_vary_headers(response, ("HX-Request",))
        return response
