"""python manage.py oit_status --agency SLUG --year 2566 [--json]"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.oit.queries import item_states, oit_score


class Command(BaseCommand):
    help = "Print every OIT item of an agency's year with its status and problems."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agency", required=True)
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            raise CommandError(f"ไม่พบหน่วยงาน “{options['agency']}” (no such agency)")
        states = item_states(agency, options["year"], timezone.localdate())
        if not states:
            raise CommandError(f"ไม่มีรายการ OIT ของปี {options['year']} (no checklist for that year)")
        if options["json"]:
            payload = {
                "agency": agency.slug,
                "year": options["year"],
                "score": oit_score(states),
                "items": [
                    {
                        "code": state.item.code,
                        "title": state.item.title,
                        "status": state.status,
                        "problems": [
                            {"kind": problem.kind, "message": str(problem)}
                            for problem in state.problems
                        ],
                        "evidence": [evidence.url for evidence in state.evidence],
                    }
                    for state in states
                ],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for state in states:
            problems = "; ".join(str(problem) for problem in state.problems)
            self.stdout.write(f"{state.item.code:<5} {state.status:<10} {state.item.title}")
            if problems:
                self.stdout.write(f"      {problems}")
        self.stdout.write(f"OIT score today: {oit_score(states)}")
