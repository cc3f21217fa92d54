import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.assets.models import Asset, Damage, Loan

pytestmark = pytest.mark.django_db


def test_the_demo_register_has_about_300_assets_in_every_condition_once():
    call_command("load_demo", stdout=io.StringIO())
    school = Agency.objects.get(slug="kamphaeng-wittayakhom")
    numbers = set(Asset.objects.filter(agency=school).values_list("number", flat=True))
    assert 250 <= len(numbers) <= 350
    conditions = set(Asset.objects.filter(agency=school).values_list("condition", flat=True))
    assert conditions == set(Asset.Condition.values)
    assert Asset.objects.filter(agency=school, name__contains="รถตู้").exists()
    assert Asset.objects.filter(agency=school, kind=Asset.Kind.CONSUMABLE).exists()
    loans = Loan.objects.filter(agency=school)
    assert set(loans.values_list("status", flat=True)) == set(Loan.Status.values)
    assert set(loans.values_list("kind", flat=True)) == set(Loan.Kind.values)
    assert loans.filter(status="handed_over", due_on__lt=timezone.localdate()).exists()
    assert Damage.objects.filter(item__loan__agency=school).exists()
    count = loans.count()
    call_command("load_demo", stdout=io.StringIO())
    assert set(Asset.objects.filter(agency=school).values_list("number", flat=True)) == numbers
    assert loans.count() == count
