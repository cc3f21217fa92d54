"""How a view answers for a printed PDF: the file with its ETag, or a Thai "being prepared"
page (503 + Retry-After) that never waits on Chromium."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.utils import timezone

from prongsai.files.serve import serve_file
from prongsai.jobs import registry
from prongsai.printing.actions import JOB, MAX_ATTEMPTS
from prongsai.printing.models import PrintedDocument

__all__ = ["RETRY_AFTER", "serve_pdf"]

RETRY_AFTER = 30  # seconds
Status = PrintedDocument.Status


def _file(request: HttpRequest, document: PrintedDocument, filename: str) -> HttpResponse | None:
    etag = f'"{document.etag}"'
    if etag in request.headers.get("If-None-Match", ""):
        response: HttpResponse = HttpResponseNotModified()
        response["ETag"] = etag
        return response
    try:  # public documents: nosniff, and the web server sends the bytes where configured
        response = serve_file(request, document.file, filename=filename, private=False)
    except Http404:  # the file was removed from the storage: print it again
        PrintedDocument.objects.filter(pk=document.pk).update(
            status=Status.PENDING, attempts=0, updated_at=timezone.now()
        )
        registry.kick(JOB)
        return None
    response["ETag"] = etag
    response["Cache-Control"] = "public, no-cache"  # revalidate: the ETag answers 304
    if document.printed_at:
        response["Last-Modified"] = document.printed_at.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return response


def serve_pdf(
    request: HttpRequest,
    document: PrintedDocument,
    *,
    filename: str,
    fallback: bool = False,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """The printed file of `document`; with `fallback`, the newest printed file of its group
    while this one is printing (pages whose figures change all the time)."""
    if document.status == Status.READY and document.file:
        response = _file(request, document, filename)
        if response is not None:
            return response
    if fallback:
        newest = (
            PrintedDocument.objects.filter(group=document.group, status=Status.READY)
            .exclude(pk=document.pk)
            .order_by("-printed_at")
            .first()
        )
        if newest is not None:
            response = _file(request, newest, filename)
            if response is not None:
                return response
    failed = document.status == Status.FAILED
    page = render(
        request,
        "printing/preparing.html",
        {
            **(context or {}),
            "failed": failed,
            "retry_later": failed and document.attempts >= MAX_ATTEMPTS,
            "retry_after": RETRY_AFTER,
        },
        status=503,
    )
    if not failed:
        page["Retry-After"] = str(RETRY_AFTER)
    page["Cache-Control"] = "no-store"
    return page
