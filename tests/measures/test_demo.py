import io

import pytest
from django.core.management import call_command

from prongsai.measures.demo import SEED as DEMO_SEED
from prongsai.measures.models import Plan, Publication
from tests.measures.conftest import SEED


def test_the_demo_ships_the_seed_byte_for_byte():
    assert DEMO_SEED.read_bytes() == SEED.read_bytes()


@pytest.mark.django_db
def test_the_demo_publishes_the_seed_as_the_2566_report_and_starts_this_year():
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())  # idempotent
    plan = Plan.objects.get(agency__slug="kamphaeng-wittayakhom", fiscal_year=2566)
    assert plan.measures.count() == 10
    assert Publication.objects.filter(plan=plan, kind="full").count() == 1
    assert Plan.objects.filter(agency__slug="kamphaeng-wittayakhom").count() == 2
