"""The demo school a year into using Prongsai: most items published, the pages this system
makes (manuals, e-services, usage dashboard, measures, complaints) among them, a few missing."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.oit.demo import MISSING
from prongsai.oit.queries import is_public, item_states

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_school() -> Agency:
    call_command("load_demo", stdout=io.StringIO())
    return Agency.objects.get(slug="kamphaeng-wittayakhom")


def test_generated_evidence_is_published_and_only_a_few_items_are_missing(client, demo_school):
    states = {s.item.code: s for s in item_states(demo_school, 2566, timezone.localdate())}
    for code in ("O14", "O15", "O16", "O18", "O28", "O29", "O42", "O43"):
        state = states[code]
        assert [e.kind for e in state.evidence][:1] == ["generated"], code
        assert is_public(state), code
    assert {code for code, state in states.items() if not is_public(state)} == set(MISSING)
    # The action plan of 2566 was approved in September 2565, before its year began: the
    # generated page answers the year it was asked for, so its date is no problem.
    assert states["O11"].status == "published"
    assert not states["O11"].problems
    # An item no page answers carries an uploaded stand-in document that opens, never a link
    # to a made-up website.
    stand_in = states["O4"].evidence[0]
    assert stand_in.kind == "file"
    opened = client.get(stand_in.url)
    assert opened.status_code == 200
    assert b"".join(opened.streaming_content if opened.streaming else [opened.content])[:2] == b"PK"
    assert not [e.url for s in states.values() for e in s.evidence if "example." in e.url]
    for code in MISSING:
        assert states[code].status == "missing"
        assert states[code].answer.owner_unit is not None
    html = client.get(reverse("oit:public_year", kwargs={"agency": demo_school.slug, "year": 2566}))
    published = len(states) - len(MISSING)
    assert f"{published}" in re.sub(r"<[^>]+>", " ", html.content.decode())
