"""The No Gift Policy API (public, no login): the year's approved declaration, published
activities with their photos, the published report; nothing unpublished."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity.report_actions import publish_report
from tests.factories import member
from tests.integrity.helpers import add_photo, record_activity

pytestmark = pytest.mark.django_db


def api(agency, year):
    return reverse("api:no_gift_year", kwargs={"agency": agency.slug, "year": year})


def test_the_api_gives_only_what_is_published(client, school):
    from datetime import date

    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)
    draft = actions.start_declaration(agency=school, year=2568, by=officer, today=date(2024, 11, 1))
    body = client.get(api(school, 2568)).json()
    assert body["declaration"] is None
    assert body["activities"] == []
    assert body["report"] is None
    actions.approve_declaration(declaration=draft, by=director)
    shown = record_activity(school, held_on=date(2024, 12, 1), published=True, title="เผยแพร่")
    add_photo(shown, alt_text="ภาพกิจกรรม")
    record_activity(school, held_on=date(2024, 12, 2), title="ยังไม่เผยแพร่")
    publish_report(agency=school, year=2568, notes="ผลการดำเนินการ", by=officer)
    body = client.get(api(school, 2568)).json()
    assert body["declaration"]["version"] == 1
    assert len(body["declaration"]["commitments_th"]) == 4
    assert [activity["title"] for activity in body["activities"]] == ["เผยแพร่"]
    photo = body["activities"][0]["photos"][0]
    assert photo["alt_text"] == "ภาพกิจกรรม"
    assert client.get(photo["url"]).status_code == 200
    assert body["report"]["figures"]["gifts"]["total"] == 0


def test_an_unknown_agency_is_404(client):
    assert client.get("/api/v1/agencies/nowhere/no-gift/2568/").status_code == 404
