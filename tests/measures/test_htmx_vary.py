"""Answers that differ for htmx say so (Vary: HX-Request): no cache serves a fragment as a page."""

import pytest
from django.urls import reverse
from django.utils.cache import has_vary_header

from prongsai.agencies.roles import Role
from prongsai.measures.models import MeasureRow
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_the_row_editor_varies_on_htmx_in_both_versions(client, school, seed_plan):
    login(client, member(school, Role.ITA_OFFICER))
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    edit = reverse(
        "measures:staff_row_edit", kwargs={"agency": school.slug, "year": 2566, "pk": row.pk}
    )
    fragment = client.get(edit, HTTP_HX_REQUEST="true")
    page = client.get(edit)
    assert fragment.content.decode().lstrip().startswith("<tr")
    assert "<html" in page.content.decode()
    assert has_vary_header(fragment, "HX-Request")
    assert has_vary_header(page, "HX-Request")


def test_a_page_that_never_looks_at_htmx_does_not_vary_on_it(client, school):
    response = client.get(reverse("agencies:home", kwargs={"agency": school.slug}))
    assert response.status_code == 200
    assert not has_vary_header(response, "HX-Request")
