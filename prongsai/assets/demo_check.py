"""The demo school's annual check: the committee of the fiscal year that has just ended, with
most assets already checked (some damaged, deteriorated, lost or no longer needed), so the
committee's demo users can walk the rest; loading again adds nothing."""

import random
from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.assets import check_actions, check_queries, check_rules
from prongsai.assets.models import AssetCheck

FINDINGS = [
    ("usable", "", 90),
    ("damaged", "เปิดไม่ติด", 4),
    ("deteriorated", "ใช้งานมานาน สภาพเก่า", 3),
    ("lost", "ไม่พบในห้องที่ระบุ", 1),
    ("not_needed", "ล้าสมัย ไม่ได้ใช้แล้ว", 2),
]


def load_check(school: Agency, say: Callable[[str], None]) -> None:
    today = timezone.localdate()
    year = check_rules.year_to_appoint(today)
    if today < check_rules.starts_on(year):
        year -= 1  # September: show last year's check, under way
    if AssetCheck.objects.filter(agency=school, fiscal_year=year).exists():
        say(f"Assets: the demo check of {year} is there already.")
        return
    people = {
        user.username: user
        for user in User.objects.filter(
            username__in=["director", "staff", "unit_head", "ita_officer"]
        )
    }
    if len(people) < 4:
        return
    start = check_rules.starts_on(year)
    check = check_actions.appoint_committee(
        agency=school,
        actor=people["director"],
        data=check_actions.Committee(
            fiscal_year=year,
            appointed_on=start - timedelta(days=16),
            order_number=f"{152}/{year - 1}",
            chair=people["unit_head"],
            members=[people["staff"]],
            secretary=people["ita_officer"],
        ),
    )
    rng = random.Random(213)  # noqa: S311 -- demo data, not security
    assets = list(check_queries.covered(check).order_by("number"))
    done = 0
    for asset in assets:
        if rng.random() > 0.85:
            continue  # left for the committee to walk
        condition, note, _weight = rng.choices(FINDINGS, weights=[f[2] for f in FINDINGS])[0]
        check_actions.record_result(
            check=check,
            asset=asset,
            condition=condition,
            note=note,
            actor=people["unit_head"],
            today=max(today, start),
        )
        done += 1
    say(f"Assets: the check of {year} with {done} of {len(assets)} assets checked.")
