"""Errors where the eye is: a summary at the top of the form with a link to each field at fault,
the summary focusable and autofocused, each field marked invalid with its message beside it."""

import re

import pytest
from django.urls import reverse

from prongsai.services import actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_request(client, school) -> str:
    service = actions.create_from_template(agency=school, key="transcript")
    url = reverse("services:detail", kwargs={"agency": school.slug, "pk": service.pk})
    response = client.post(url, {"requester_name": ""})
    assert response.status_code == 200
    return response.content.decode()


def test_the_summary_comes_first_and_links_to_each_field(failed_request):
    html = failed_request
    summary = re.search(r"<div[^>]*data-error-summary[^>]*>.*?</div>", html, re.S)
    assert summary is not None
    tag = summary.group(0).split(">", 1)[0]
    assert 'tabindex="-1"' in tag
    assert "autofocus" in tag
    assert 'role="alert"' in tag
    links = re.findall(r'<a href="#([^"]+)">', summary.group(0))
    assert "id_requester_name" in links
    for anchor in links:
        assert f'id="{anchor}"' in html  # every link leads to a field on the page
    form_start = html.index("<form", html.index('id="request"'))
    assert form_start < html.index("data-error-summary") < html.index('id="id_requester_name"')


def test_fields_at_fault_are_marked_and_described_by_their_message(failed_request):
    box = re.search(r"<input[^>]*id=\"id_requester_name\"[^>]*>", failed_request).group(0)
    assert 'aria-invalid="true"' in box
    assert "id_requester_name_error" in box
    assert 'id="id_requester_name_error"' in failed_request


def test_the_page_loads_the_forms_script(failed_request):
    assert "/static/js/forms.js" in failed_request


def test_every_form_is_checked_by_the_server_in_thai_not_by_the_browser_in_english():
    """`novalidate` on every form: no browser bubble "Please fill out this field"."""
    from pathlib import Path

    templates = Path(__file__).resolve().parent.parent / "prongsai" / "templates"
    missing = [
        f"{path.relative_to(templates)}: {tag[:60]}"
        for path in sorted(templates.rglob("*.html"))
        for tag in re.findall(r"<form\b[^>]*>", path.read_text())
        if "novalidate" not in tag
    ]
    assert missing == []
