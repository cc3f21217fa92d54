"""The demo's e-services: the typical school services and a year of plausible use."""

import random
from collections.abc import Callable
from datetime import datetime, time, timedelta

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year_bounds
from prongsai.services import actions, rollup
from prongsai.services.models import Request, Service, WalkIn
from prongsai.services.service_templates import TEMPLATES
from prongsai.services.tracking import sequence_tracking

NAMES = ["สมชาย ใจดี", "วิภา รักเรียน", "ประยุทธ์ มั่นคง", "กานดา สุขใจ", "นพดล แสงทอง"]


def _demo_tracking(received: datetime, counter: int, taken: set[str]) -> str:
    """Numbered like online requests (S70-XXXXXX), never one already used."""
    number = counter
    while (tracking := sequence_tracking(timezone.localdate(received), number)) in taken:
        number += 1_000_003
    taken.add(tracking)
    return tracking


def load_services(school: Agency, say: Callable[[str], None]) -> None:
    if Service.objects.filter(agency=school).exists():
        say("Services: demo services already there.")
        return
    services = [actions.create_from_template(agency=school, key=key) for key in TEMPLATES]
    rng = random.Random(2566)  # noqa: S311 -- demo data, not security
    year = current_fiscal_year()
    start = fiscal_year_bounds(year - 1)[0]
    today = timezone.localdate()
    requests = []
    day = start
    counter = 0
    taken = set(Request.objects.values_list("tracking", flat=True))
    while day <= today:
        for service in services:
            for _n in range(rng.choice((0, 0, 1, 1, 2))):
                counter += 1
                received = timezone.make_aware(
                    datetime.combine(day, time(8 + rng.randrange(8), rng.randrange(60)))
                )
                if received > timezone.now():
                    continue
                hours = rng.choice((2, 6, 20, 30, 50, 70, 100))
                completed = received + timedelta(hours=hours)
                done = completed.date() < today
                requests.append(
                    Request(
                        agency=school,
                        service=service,
                        tracking=_demo_tracking(received, counter, taken),
                        channel=Request.Channel.ONLINE,
                        status=Request.Status.DONE if done else Request.Status.RECEIVED,
                        requester_name=rng.choice(NAMES),
                        requester_email="parent@example.com",
                        received_at=received,
                        due_at=received + timedelta(days=service.promised_days),
                        completed_at=completed if done else None,
                        rating=rng.choice((3, 4, 4, 5, 5)) if done and rng.random() < 0.6 else None,
                    )
                )
        if day.weekday() < 5:
            service = rng.choice(services)
            WalkIn.objects.create(
                agency=school, service=service, served_on=day, count=rng.randrange(1, 6)
            )
        day += timedelta(days=1)
    Request.objects.bulk_create(requests, batch_size=1000)
    rollup.rebuild([school.pk])  # bulk_create bypasses the actions that keep it current
    say(f"Services: {len(services)} services, {len(requests)} requests since {start.isoformat()}.")
