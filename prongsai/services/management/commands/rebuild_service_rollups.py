"""Recompute the monthly rollup of the services (`ServiceMonth`) from the requests and walk-ins.

    manage.py rebuild_service_rollups [--agency SLUG ...]

Run it once after upgrading to the version that added the rollup (the area offices' figures
are read from it), and after writing requests or walk-ins outside the actions (bulk loads,
hand fixes in the database). Safe to run again at any time: it replaces the rows it computes.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from prongsai.agencies.models import Agency
from prongsai.services import rollup


class Command(BaseCommand):
    help = "Recompute the monthly service rollups an area office's figures are read from."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--agency",
            action="append",
            default=[],
            metavar="SLUG",
            help="Only this agency (repeatable); an area office's slug means its schools too.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        slugs: list[str] = options["agency"]
        ids: list[int] | None = None
        if slugs:
            agencies = list(Agency.objects.filter(slug__in=slugs))
            missing = set(slugs) - {agency.slug for agency in agencies}
            if missing:
                raise CommandError(f"Unknown agencies: {', '.join(sorted(missing))}")
            ids = [agency.pk for agency in agencies]
            ids += list(Agency.objects.filter(parent__in=agencies).values_list("pk", flat=True))
        started = time.perf_counter()
        rows = rollup.rebuild(ids)
        seconds = time.perf_counter() - started
        self.stdout.write(f"{rows:,} service months rebuilt in {seconds:.1f} s")
