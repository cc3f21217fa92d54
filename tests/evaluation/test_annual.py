"""The training record and the annual HR report: the director reads names and hours, the area
office's supervisor aggregates only; PDF (printing service) and Word."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.evaluation import annual_document, report_queries, training_actions
from tests.conftest import login
from tests.evaluation.helpers import open_round, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_training_is_refused_with_the_reason(school):
    person = member(school, Role.STAFF)
    with pytest.raises(ValidationError) as refused:
        training_actions.add_training(
            agency=school,
            person=person,
            course="การวัดผล",
            started_on=date(2023, 11, 3),
            ended_on=date(2023, 11, 1),
            hours=Decimal(6),
        )
    assert len(refused.value.messages) == 1


def test_hours_per_person_by_fiscal_year(school):
    _found, who = open_round(school)
    for started, hours in ((date(2023, 10, 1), 6), (date(2024, 9, 30), Decimal("12.5"))):
        training_actions.add_training(
            agency=school,
            person=who["teacher"],
            course="ครู",
            started_on=started,
            ended_on=started,
            hours=Decimal(hours),
        )
    training_actions.add_training(  # fiscal 2568: not counted in 2567
        agency=school,
        person=who["other"],
        course="ครู",
        started_on=date(2024, 10, 1),
        ended_on=date(2024, 10, 1),
        hours=Decimal(3),
    )
    done = report_queries.training_hours(school, 2567)
    assert done["hours"] == Decimal("18.5")
    assert done["trained"] == 1
    assert done["staff"] == 4  # everyone working here: director, head, two teachers
    assert done["mean"] == Decimal("4.63")  # 18.5 / 4 = 4.625 → 4.63


def test_a_certificate_that_is_not_what_it_says_is_refused(client, school):
    person = member(school, Role.STAFF)
    login(client, person)
    address = reverse("evaluation:training", kwargs={"agency": school.slug})
    fake = SimpleUploadedFile("cert.pdf", b"MZ not a pdf", content_type="application/pdf")
    response = client.post(
        address,
        {
            "course": "ลูกเสือ",
            "started_on": "1/11/2566",
            "ended_on": "๒/๑๑/๒๕๖๖",
            "hours": "๑๒",
            "certificate": fake,
        },
    )
    assert response.status_code == 200
    assert "ลูกเสือ" in response.content.decode()  # nothing typed is lost
    assert not report_queries.trainings_of(school, person)
    good = SimpleUploadedFile("cert.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    response = client.post(
        address,
        {
            "course": "ลูกเสือ",
            "started_on": "1/11/2566",
            "ended_on": "2/11/2566",
            "hours": "12",
            "certificate": good,
        },
    )
    assert response.status_code == 302
    (row,) = report_queries.trainings_of(school, person)
    assert row.hours == 12
    assert row.certificate


def test_the_supervisor_reads_aggregates_only(
    client, school, office, django_capture_on_commit_callbacks
):
    found, who = open_round(school)
    through_scoring(found, who)
    training_actions.add_training(
        agency=school,
        person=who["teacher"],
        course="ครู",
        started_on=date(2023, 11, 1),
        ended_on=date(2023, 11, 1),
        hours=Decimal(6),
    )
    address = reverse("evaluation:annual", kwargs={"agency": school.slug, "year": 2567})
    login(client, who["director"])
    full = client.get(address).content.decode()
    assert who["teacher"].display_name in full
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    page = client.get(address)
    assert page.status_code == 200
    text = page.content.decode()
    assert who["teacher"].display_name not in text
    assert "6" in text
    report = report_queries.annual_report(school, 2567, names=False)
    html = annual_document.annual_html(report)
    assert who["teacher"].display_name not in html
    pdf_url = reverse("evaluation:annual_pdf", kwargs={"agency": school.slug, "year": 2567})
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(pdf_url).status_code == 503  # being prepared, off the request path
    pdf = client.get(pdf_url)
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    word = client.get(
        reverse("evaluation:annual_docx", kwargs={"agency": school.slug, "year": 2567})
    )
    assert word.status_code == 200
    assert word.content[:2] == b"PK"
