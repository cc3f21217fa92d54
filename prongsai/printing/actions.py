"""Public PDFs printed once, off the request path, and served as files (finding 3, issue 10).

A page that offers a PDF calls `request_print(key=…, group=…)`: it finds or creates the
`PrintedDocument` of that exact content (one row per key, so concurrent first requests make
one) and, when it is new, kicks the "print" job after the transaction commits. The job
(`print_pending`) claims each pending row with a conditional UPDATE, so two workers never print
the same document, prints it in a child process with a time limit (`exports.pdf.print_isolated`)
and keeps the file in the default storage with its ETag. A document too long, with too many
pages or too slow to print is marked failed with a Thai message for the editor; any other
failure is tried again (up to MAX_ATTEMPTS) by the next run (`manage.py run_jobs`).

What to print comes from the row: its `html` (a statistics page: the key is a fingerprint of
that HTML) or a registered source (`register_source("measures.publication", fn)`), called with
the row's `params` in the job, so a heavy document is never rendered in a request.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.jobs import registry
from prongsai.printing.models import PrintedDocument

__all__ = [
    "JOB",
    "MAX_ATTEMPTS",
    "fingerprint",
    "print_pending",
    "register_source",
    "request_print",
]

log = logging.getLogger(__name__)

JOB = "print"
MAX_ATTEMPTS = 3
REKICK_AFTER = timedelta(minutes=2)  # a pending row older than this is kicked again on request
# A document that failed every attempt (Chromium crashed, the machine was short of memory) is
# tried again by the first request after this long; one refused for its size never is (the
# same text would be refused again; a changed document has a new key).
RETRY_FAILED_AFTER = timedelta(hours=1)
Status = PrintedDocument.Status

Source = Callable[[dict[str, Any]], str | None]
_SOURCES: dict[str, Source] = {}


def register_source(name: str, render: Source) -> None:
    """`render(params)` gives the HTML to print, or None when the thing is gone."""
    _SOURCES[name] = render


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def request_print(
    *,
    key: str,
    group: str,
    source: str = "",
    params: dict[str, Any] | None = None,
    html: str = "",
) -> PrintedDocument:
    """The printed document for `key`, created (and the print job kicked) when it is new."""
    if not html and source not in _SOURCES:
        raise KeyError(f"no print source named {source!r}")
    with transaction.atomic():
        document, created = PrintedDocument.objects.get_or_create(
            key=key,
            defaults={"group": group, "source": source, "params": params or {}, "html": html},
        )
        if created:
            registry.kick(JOB)
        elif document.status == Status.PENDING and document.updated_at < timezone.now() - (
            REKICK_AFTER
        ):
            # A kick that was lost (a worker restarted): ask again, at most every REKICK_AFTER.
            PrintedDocument.objects.filter(pk=document.pk).update(updated_at=timezone.now())
            registry.kick(JOB)
        elif (
            document.status == Status.FAILED
            and document.attempts >= MAX_ATTEMPTS
            and document.updated_at < timezone.now() - RETRY_FAILED_AFTER
        ):
            PrintedDocument.objects.filter(pk=document.pk, status=Status.FAILED).update(
                status=Status.PENDING, attempts=0, error="", updated_at=timezone.now()
            )
            registry.kick(JOB)
            document.refresh_from_db()
    if created and transaction.get_autocommit():
        document.refresh_from_db()  # printed already when the job runs inline (tests)
    return document


def print_pdf(html: str) -> bytes:
    """Print `html` within the installation's limits (tests replace this)."""
    from prongsai.exports.pdf import print_isolated

    return print_isolated(
        html,
        timeout=settings.PDF_TIMEOUT,
        max_pages=settings.PDF_MAX_PAGES,
        max_characters=settings.PDF_MAX_CHARACTERS,
    )


def _claim(tried: set[int]) -> PrintedDocument | None:
    """The next document to print, now marked as printing by us (None when there is none);
    a document already `tried` in this run waits for the next run."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.PDF_TIMEOUT * 3)  # its printer died
    waiting = Q(status=Status.PENDING) | Q(status=Status.PRINTING, updated_at__lt=stale)
    for pk in (
        PrintedDocument.objects.filter(waiting)
        .exclude(pk__in=tried)
        .order_by("created_at")
        .values_list("pk", flat=True)
    )[:10]:
        claimed = (
            PrintedDocument.objects.filter(waiting, pk=pk).update(
                status=Status.PRINTING, updated_at=now, attempts=F("attempts") + 1
            )
            == 1
        )
        if claimed:
            return PrintedDocument.objects.get(pk=pk)
    return None


def _fail(document: PrintedDocument, message: str) -> None:
    PrintedDocument.objects.filter(pk=document.pk).update(
        status=Status.FAILED, error=message, updated_at=timezone.now()
    )


def _print_one(document: PrintedDocument) -> None:
    from prongsai.exports.pdf import PrintRefused, count_pages

    html: str | None = document.html
    if not html:
        render = _SOURCES.get(document.source)
        html = render(document.params) if render is not None else None
    if html is None:  # the publication or version is gone: nothing to print
        document.delete()
        return
    try:
        pdf = print_pdf(html)
    except PrintRefused as refused:
        _fail(document, str(refused))
        return
    except Exception:
        log.exception("printing %s failed (attempt %s)", document.key, document.attempts)
        if document.attempts >= MAX_ATTEMPTS:
            _fail(
                document,
                _(
                    "The PDF could not be printed after several tries. The other formats are "
                    "available; the system administrator has the details in the log."
                ),
            )
        else:
            PrintedDocument.objects.filter(pk=document.pk).update(
                status=Status.PENDING, updated_at=timezone.now()
            )
        return
    document.file.save(f"{uuid.uuid4().hex}.pdf", ContentFile(pdf), save=False)
    document.etag = hashlib.sha256(pdf).hexdigest()[:32]
    document.pages = count_pages(pdf)
    document.status = Status.READY
    document.error = ""
    document.html = ""
    document.printed_at = timezone.now()
    document.save()
    _prune(document)


def _prune(kept: PrintedDocument) -> None:
    """Older printed files of the same document are no longer served: delete them."""
    older = PrintedDocument.objects.filter(
        group=kept.group, status__in=[Status.READY, Status.FAILED], created_at__lte=kept.created_at
    ).exclude(pk=kept.pk)
    for document in older:
        if document.file:
            document.file.delete(save=False)
        document.delete()


def print_pending() -> int:
    """The "print" job: print every pending document; returns how many were handled."""
    tried: set[int] = set()
    while (document := _claim(tried)) is not None:
        tried.add(document.pk)
        _print_one(document)
    return len(tried)
