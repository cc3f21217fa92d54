"""Pay for performance: the pool shared by level in the school's proportions, computed by hand,
approved by the director once everyone has a result."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.evaluation import pay, pay_actions, queries
from prongsai.evaluation.models import StaffType
from tests.conftest import login
from tests.evaluation.helpers import all_levels, assessment_of, open_round, through_scoring

pytestmark = pytest.mark.django_db

SHARES = {"outstanding": 4, "very_good": 3, "good": 2, "fair": 1, "improve": 0}


def test_the_table_by_hand():
    rows = [("ก", "outstanding"), ("ข", "very_good"), ("ค", "very_good"), ("ง", "improve")]
    # shares 4 + 3 + 3 + 0 = 10; pool 10,000 → 4,000 / 3,000 / 3,000 / 0
    done = pay.table(rows, Decimal(10000), SHARES)
    assert [r["amount"] for r in done["rows"]] == [4000, 3000, 3000, 0]
    assert done["left"] == 0
    # a pool that does not divide: 100 shared 1 : 1 : 1 → 33.33 each, 0.01 left by rounding
    thirds = pay.table([(1, "good"), (2, "good"), (3, "good")], Decimal(100), SHARES)
    assert [r["amount"] for r in thirds["rows"]] == [Decimal("33.33")] * 3
    assert thirds["left"] == Decimal("0.01")


def test_shares_are_refused_with_the_reason():
    assert pay.share_problems({**SHARES, "good": ""})
    assert pay.share_problems({**SHARES, "good": -1})
    assert pay.share_problems({**SHARES, "fair": 5})  # fair above good and very good
    assert not pay.share_problems(SHARES)


def test_approval_waits_for_every_result(client, school):
    found, who = open_round(school)
    through_scoring(found, who)  # the teacher: 100 → outstanding
    table = pay_actions.save_pay_table(
        round_=found, staff_type=StaffType.TEACHER, pool=Decimal(12000), shares=SHARES
    )
    with pytest.raises(ValidationError, match="2"):  # the other teacher and the unit head
        pay_actions.approve_pay_table(table=table, by=who["director"])
    for user in (who["other"], who["head"]):
        item = assessment_of(found, user)
        from prongsai.evaluation import actions

        actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
        assessor = who["director"] if user == who["head"] else who["head"]
        actions.score_assessment(
            assessment=item, by=assessor, scores=all_levels(item, 3), comment=""
        )
    pay_actions.approve_pay_table(table=table, by=who["director"])
    with pytest.raises(ValidationError):
        pay_actions.save_pay_table(
            round_=found, staff_type=StaffType.TEACHER, pool=Decimal(1), shares=SHARES
        )
    # 4 (outstanding) + 2 + 2 (good, 73.5) = 8 shares: 6,000 / 3,000 / 3,000
    assert queries.own_pay(assessment_of(found, who["teacher"])) == Decimal("6000.00")
    login(client, who["teacher"])
    mine = reverse("evaluation:mine", kwargs={"agency": school.slug, "pk": found.pk})
    assert "6,000.00" in client.get(mine).content.decode()


def test_the_director_types_the_pool_in_thai_digits(client, school):
    found, who = open_round(school)
    through_scoring(found, who)
    login(client, who["director"])
    address = reverse("evaluation:pay", kwargs={"agency": school.slug, "pk": found.pk})
    fields = {f"share_{code}": str(value) for code, value in SHARES.items()}
    refused = client.post(address, {"staff_type": "teacher", "pool": "สามหมื่น", **fields})
    assert refused.status_code == 200
    assert "สามหมื่น" in refused.content.decode()  # what was typed is kept
    response = client.post(address, {"staff_type": "teacher", "pool": "๓๕,๐๐๐ บาท", **fields})
    assert response.status_code == 302
    assert queries.pay_table_of(found, "teacher").pool == Decimal(35000)
    again = client.get(response["Location"]).content.decode()
    assert 'value="35,000.00"' in again  # the saved pool comes back as the table writes it
