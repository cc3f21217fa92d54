"""Finding 3 of issue 10: the public report.pdf is printed once per published version by the
"print" job, never in the request; until then a Thai 503 with Retry-After; the file is served
with an ETag; a document that cannot be printed tells its editor why."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.exports.pdf import PrintRefused
from prongsai.jobs import registry
from prongsai.measures import actions
from prongsai.printing import actions as printing
from prongsai.printing.models import PrintedDocument
from tests.conftest import FAKE_PDF, login
from tests.factories import member

pytestmark = pytest.mark.django_db


def pdf_url(school, kind="full"):
    url = reverse(
        "measures:public_report_file", kwargs={"agency": school.slug, "year": 2566, "fmt": "pdf"}
    )
    return f"{url}?kind={kind}"


@pytest.fixture
def cron(settings):
    settings.JOBS_MODE = "cron"  # nothing prints until run_jobs


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []

    def fake(html: str) -> bytes:
        calls.append(html)
        return FAKE_PDF

    monkeypatch.setattr(printing, "print_pdf", fake)
    return calls


def test_the_request_never_prints_and_says_so_in_thai(client, school, seed_plan, cron, counted):
    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    for _ in range(6):  # six visitors before the print job ran
        response = client.get(pdf_url(school))
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "กำลังจัดทำไฟล์ PDF" in response.content.decode()
    assert counted == []  # nothing printed in a request
    assert PrintedDocument.objects.count() == 1

    assert registry.run("print") == 1
    response = client.get(pdf_url(school))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == FAKE_PDF
    etag = response["ETag"]
    again = client.get(pdf_url(school), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert len(counted) == 1  # printed once
    assert registry.run("print") == 0


def test_publishing_prints_after_commit(
    client, school, seed_plan, counted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_report(plan=seed_plan, kind="full", actor=None)
    assert len(counted) == 1
    assert "มาตรการ" in counted[0]
    assert client.get(pdf_url(school)).status_code == 200
    # A new version prints anew; the older file is gone.
    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_report(plan=seed_plan, kind="full", actor=None)
    assert len(counted) == 2
    assert PrintedDocument.objects.filter(status="ready").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_first_requests_print_once(school, seed_plan, settings, counted):
    settings.JOBS_MODE = "cron"
    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    PrintedDocument.objects.all().delete()  # as before this change: nothing asked for yet
    from django.test import Client

    # SQLite serialises writers (one visitor there); the unique key holds either way.
    threads = 1 if connection.vendor == "sqlite" else 6
    results: list[int] = []

    def visit() -> None:
        results.append(Client().get(pdf_url(school)).status_code)
        connection.close()

    workers = [threading.Thread(target=visit) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert set(results) == {503}
    assert PrintedDocument.objects.count() == 1
    registry.run("print")
    registry.run("print")
    assert len(counted) == 1


def test_a_document_that_cannot_be_printed_tells_the_editor(
    client, school, seed_plan, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(html: str) -> bytes:
        raise PrintRefused("เอกสารยาวเกิน 200 หน้า จึงพิมพ์เป็น PDF ไม่ได้")

    monkeypatch.setattr(printing, "print_pdf", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_report(plan=seed_plan, kind="full", actor=None)
    document = PrintedDocument.objects.get()
    assert document.status == "failed"
    assert "200 หน้า" in document.error
    public = client.get(pdf_url(school))
    assert public.status_code == 503
    assert "Retry-After" not in public
    login(client, member(school, Role.ITA_OFFICER))
    staff = client.get(reverse("measures:staff_plan", kwargs={"agency": school.slug, "year": 2566}))
    assert "เอกสารยาวเกิน 200 หน้า" in staff.content.decode()


def test_a_failing_printer_is_retried_then_reported(school, seed_plan, monkeypatch, cron):
    def broken(html: str) -> bytes:
        raise RuntimeError("Chromium crashed")

    monkeypatch.setattr(printing, "print_pdf", broken)
    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    for _ in range(printing.MAX_ATTEMPTS):
        registry.run("print")
    document = PrintedDocument.objects.get()
    assert document.status == "failed"
    assert document.attempts == printing.MAX_ATTEMPTS
    assert document.error


def test_the_length_limit_refuses_before_chromium():
    from prongsai.exports.pdf import check_length

    check_length("<p>" + "ก" * 1000 + "</p>", 1000)
    with pytest.raises(PrintRefused, match="ตัวอักษร"):
        check_length("<style>" + "x" * 5000 + "</style><p>" + "ก" * 1001 + "</p>", 1000)
