"""Input hygiene for every request, in one place before any view runs.

- A NUL byte in the path is refused with a Thai 400 page (PostgreSQL cannot store or compare
  it, so without this a lookup by a URL segment answered 500).
- Control characters (NUL included) are removed from query parameters and every submitted form
  value (what the API receives as JSON
  goes through `api.parsers.CleanJSONParser`), so nothing stored can later break a DOCX or XLSX
  export. Tab, line feed and carriage return are kept.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils.translation import gettext as _

from prongsai.lib.text import has_controls, strip_controls

Handler = Callable[[HttpRequest], HttpResponse]


def _bad_request(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "400.html",
        {"reason": _("The address contains a character that cannot be used. Check the link.")},
        status=400,
    )


def _unreadable_body(request: HttpRequest) -> HttpResponse:
    message = _("The form data could not be read. Please send the form again.")
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400)
    return render(request, "400.html", {"reason": message}, status=400)


def _clean(data: QueryDict) -> QueryDict | None:
    """A cleaned copy of `data`, or None when nothing needed cleaning."""
    if not any(has_controls(value) for _key, values in data.lists() for value in values):
        return None
    cleaned = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        cleaned.setlist(key, [strip_controls(value) for value in values])
    cleaned._mutable = False
    return cleaned


class InputCleaningMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            return _bad_request(request)
        cleaned_query = _clean(request.GET)
        if cleaned_query is not None:
            request.GET = cleaned_query  # type: ignore[assignment]
        if request.method == "POST" and request.content_type in {
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        }:
            try:
                cleaned = _clean(request.POST)
            except MultiPartParserError:
                return _unreadable_body(request)
            if cleaned is not None:
                request.POST = cleaned  # type: ignore[assignment]
        return self.get_response(request)
