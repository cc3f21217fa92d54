"""Refuse a request body larger than its URL accepts, before Django reads it (Thai 413).

With a Content-Length the answer comes at once, nothing read. A chunked body (no length) is
counted while it is read into a spooled temporary file (memory flat), and refused as soon as
it passes the limit; otherwise the view reads it from there as usual. Put this first in
MIDDLEWARE, and give the reverse proxy the largest limit (docs/security.md).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable

from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from prongsai.uploads.limits import MB, body_limit

__all__ = ["UploadLimitMiddleware", "too_large"]

CHUNK = 64 * 1024
SPOOL_IN_MEMORY = 1 * MB
BODY_METHODS = {"POST", "PUT", "PATCH"}


def too_large(request: HttpRequest, limit: int) -> HttpResponse:
    message = _(
        "What you sent is larger than this page accepts (at most %(mb)s MB in all). Attach "
        "smaller or fewer files and send it again."
    ) % {"mb": f"{limit / MB:,.1f}".removesuffix(".0")}
    if request.path_info.startswith("/api/"):
        response: HttpResponse = JsonResponse({"detail": message}, status=413)
    else:
        html = render_to_string("uploads/too_large.html", {"message": message})
        response = HttpResponse(html, status=413)
    response["Connection"] = "close"  # do not wait for the rest of the body
    return response


class UploadLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in BODY_METHODS:
            return self.get_response(request)
        limit = body_limit(request.path_info)
        length = request.META.get("CONTENT_LENGTH")
        if length:
            try:
                declared = int(length)
            except ValueError:
                return HttpResponse(_("Bad request."), status=400)
            if declared > limit:
                return too_large(request, limit)
        elif "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            refused = self._count_chunked(request, limit)
            if refused is not None:
                return refused
        return self.get_response(request)

    def _count_chunked(self, request: HttpRequest, limit: int) -> HttpResponse | None:
        stream = request.META.get("wsgi.input")
        if stream is None:
            return None
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 -- kept by the request
        total = 0
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > limit:
                spool.close()
                return too_large(request, limit)
            spool.write(chunk)
        spool.seek(0)
        request.META["CONTENT_LENGTH"] = str(total)
        request._stream = LimitedStream(spool, total)  # type: ignore[assignment,arg-type]
        request._read_started = False  # type: ignore[attr-defined]
        request._spooled_body = spool  # type: ignore[attr-defined]  # closed with the request
        return None
