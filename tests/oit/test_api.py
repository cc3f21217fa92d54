"""The public OIT API: /api/v1/agencies/<agency>/oit/<year>/."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member
from tests.oit.test_public import (
    YEAR,
    add_file,
    add_link,
    answer,
    count_queries,
    file_url,
    fill_every_item,
    item_url,
)

pytestmark = pytest.mark.django_db


def api_url(agency_slug: str, year: int = YEAR) -> str:
    return reverse("api:oit_public", kwargs={"agency": agency_slug, "year": year})


def test_shape_and_only_published_evidence(client, school):
    o1 = answer(school, "O1", explanation="แผนผังโครงสร้างปัจจุบัน")
    structure = add_file(o1, "แผนผังโครงสร้าง", "structure.pdf")
    add_link(o1, "โครงสร้างบนเว็บไซต์เขต", "https://example.com/structure")
    o2 = answer(school, "O2", status="draft", explanation="ยังไม่เผยแพร่")
    add_link(o2, "ร่าง", "https://example.com/draft")

    response = client.get(api_url(school.slug))
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"agency", "year", "checklist", "score", "items"}
    assert data["agency"] == school.slug
    assert data["year"] == YEAR
    assert data["checklist"]["scheme"] == "obec_school"
    assert data["checklist"]["owner"] is None
    assert isinstance(data["score"], float)
    assert [item["code"] for item in data["items"]] == [f"O{n}" for n in range(1, 44)]

    first, second = data["items"][0], data["items"][1]
    assert set(first) == {
        "code", "title", "subindicator", "status", "url", "explanation", "evidence"
    }  # fmt: skip
    assert first["subindicator"] == "9.1"
    assert first["status"] == "published"
    assert first["url"] == f"http://testserver{item_url(school, 'O1')}"
    assert first["explanation"] == "แผนผังโครงสร้างปัจจุบัน"
    assert first["evidence"] == [
        {
            "kind": "file",
            "title": "แผนผังโครงสร้าง",
            "url": f"http://testserver{file_url(school, 'O1', structure.pk)}",
            "dated_on": None,
        },
        {
            "kind": "link",
            "title": "โครงสร้างบนเว็บไซต์เขต",
            "url": "https://example.com/structure",
            "dated_on": None,
        },
    ]
    assert second["status"] == "not_published"
    assert second["explanation"] == ""
    assert second["evidence"] == []
    assert "https://example.com/draft" not in response.content.decode()


def test_no_sign_in_needed_and_a_token_changes_nothing(client, school):
    answer(school, "O1")
    anonymous = client.get(api_url(school.slug)).json()
    login(client, member(school, Role.ITA_OFFICER))
    assert client.get(api_url(school.slug)).json() == anonymous


def test_unknown_agency_or_year_is_404_json(client, school):
    for url in (api_url("no-such-school"), api_url(school.slug, 2400)):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")
        assert "detail" in response.json()


def test_query_count_does_not_grow_with_evidence(client, school):
    url = api_url(school.slug)
    fill_every_item(school, 1)
    with_one = count_queries(client, url)
    fill_every_item(school, 3)
    assert count_queries(client, url) == with_one
    assert all(len(item["evidence"]) >= 3 for item in client.get(url).json()["items"])


def test_the_schema_documents_it(client):
    schema = client.get(reverse("api:schema"), HTTP_ACCEPT="application/json")
    assert "/api/v1/agencies/{agency}/oit/{year}/" in schema.content.decode()
