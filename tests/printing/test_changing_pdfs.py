"""Finding 3 of issue 10 for pages whose figures change all the time (complaint statistics,
the services dashboard) and for manuals: keyed by a fingerprint of the data, printed by the
"print" job, never in the request; the newest earlier print stands in meanwhile."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.jobs import registry
from prongsai.printing import actions as printing
from prongsai.printing.models import PrintedDocument
from tests.conftest import FAKE_PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(monkeypatch, settings):
    settings.JOBS_MODE = "cron"
    calls: list[str] = []

    def fake(html: str) -> bytes:
        calls.append(html)
        return FAKE_PDF + str(len(calls)).encode()

    monkeypatch.setattr(printing, "print_pdf", fake)
    return calls


def test_complaint_statistics_pdf_follows_the_figures(client, school, counted, settings):
    from tests.complaints.test_statistics import make

    settings.COMPLAINT_KEYS = "smvq6xEU-gBbWb2qLmecSR43_JECBtHmcTFRTTtTDac="
    url = reverse(
        "complaints:statistics_file", kwargs={"agency": school.slug, "year": 2566, "fmt": "pdf"}
    )
    first = client.get(url)
    assert first.status_code == 503
    assert first["Retry-After"]
    # The visitor's browser asks again by itself (no dead end behind a "try again" text).
    assert '<meta http-equiv="refresh" content="5">' in first.content.decode()
    assert counted == []
    registry.run("print")
    ready = client.get(url)
    assert ready.status_code == 200
    assert ready.getvalue() == FAKE_PDF + b"1"

    make(school, date(2022, 11, 1))  # a new case: new figures, a new print
    stand_in = client.get(url)
    assert stand_in.status_code == 200  # the earlier print while the new one waits
    assert stand_in.getvalue() == FAKE_PDF + b"1"
    assert len(counted) == 1
    registry.run("print")
    assert client.get(url).getvalue() == FAKE_PDF + b"2"
    assert PrintedDocument.objects.count() == 1  # the older file was removed


def test_dashboard_pdf_is_printed_off_the_request(client, school, counted):
    url = reverse("services:dashboard_file", kwargs={"agency": school.slug, "fmt": "pdf"})
    assert client.get(f"{url}?year=2567").status_code == 503
    assert client.get(f"{url}?year=2567&quarter=1").status_code == 503
    assert counted == []
    assert registry.run("print") == 2
    response = client.get(f"{url}?year=2567")
    assert response.status_code == 200
    assert response["ETag"]
    assert client.get(f"{url}?year=2567", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_manual_is_printed_at_approval(client, school, counted):
    from tests.manuals.test_public import public_url, published_manual

    manual = published_manual(school, title="คู่มือทดสอบ")
    assert client.get(public_url("public_pdf", school, pk=manual.pk)).status_code == 503
    registry.run("print")
    assert len(counted) == 1
    assert "คู่มือทดสอบ" in counted[0]
    assert client.get(public_url("public_pdf", school, pk=manual.pk)).status_code == 200


def test_a_manual_that_cannot_be_printed_tells_its_editor(client, school, monkeypatch, settings):
    from prongsai.exports.pdf import PrintRefused
    from tests.conftest import login
    from tests.factories import member
    from tests.manuals.test_public import published_manual

    settings.JOBS_MODE = "cron"

    def refuse(html: str) -> bytes:
        raise PrintRefused("การพิมพ์เอกสารเป็น PDF ใช้เวลาเกิน 90 วินาที")

    monkeypatch.setattr(printing, "print_pdf", refuse)
    manual = published_manual(school, title="คู่มือยาวมาก")
    registry.run("print")
    from prongsai.agencies.roles import Role

    login(client, member(school, Role.DIRECTOR))
    page = client.get(
        reverse("manuals:staff_detail", kwargs={"agency": school.slug, "pk": manual.pk})
    )
    assert "ใช้เวลาเกิน 90 วินาที" in page.content.decode()
