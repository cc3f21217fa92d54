"""A PDF that failed every attempt is tried again by a later request, not left dead forever;
one refused for its size is not (the same text would be refused again)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from prongsai.exports.pdf import PrintRefused
from prongsai.jobs import registry
from prongsai.printing import actions as printing
from prongsai.printing.models import PrintedDocument
from tests.conftest import FAKE_PDF

pytestmark = pytest.mark.django_db
Status = PrintedDocument.Status


@pytest.fixture
def printer(monkeypatch, settings):
    settings.JOBS_MODE = "cron"
    state = {"fail": Exception("chromium crashed")}

    def fake(html: str) -> bytes:
        if state["fail"] is not None:
            raise state["fail"]
        return FAKE_PDF

    monkeypatch.setattr(printing, "print_pdf", fake)
    return state


def ask():
    return printing.request_print(key="again-1", group="again", html="<p>เอกสาร</p>")


def fail_every_attempt():
    for _attempt in range(printing.MAX_ATTEMPTS):
        registry.run("print")


def age(hours: float) -> None:
    PrintedDocument.objects.update(updated_at=timezone.now() - timedelta(hours=hours))


def test_a_failed_pdf_is_printed_again_by_a_request_an_hour_later(printer):
    ask()
    fail_every_attempt()
    assert PrintedDocument.objects.get().status == Status.FAILED
    printer["fail"] = None  # the machine is healthy again

    age(0.5)
    assert ask().status == Status.FAILED  # not within the hour: no storm of retries
    age(2)
    assert ask().status == Status.PENDING
    registry.run("print")
    assert PrintedDocument.objects.get().status == Status.READY


def test_a_pdf_refused_for_its_size_is_not_tried_again(printer):
    printer["fail"] = PrintRefused("เอกสารยาวเกินกำหนด")
    ask()
    registry.run("print")
    assert PrintedDocument.objects.get().status == Status.FAILED
    age(5)
    assert ask().status == Status.FAILED
