"""python manage.py export_measures --agency SLUG --year 2566 --format pdf --output PATH"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from prongsai.agencies.models import Agency
from prongsai.measures.queries import plan_with_rows, report_document
from prongsai.measures.rendering import FORMATS, render_report


class Command(BaseCommand):
    help = "Export a measures plan or report from the current data (not only what is published)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agency", required=True)
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--format", choices=FORMATS, required=True)
        parser.add_argument(
            "--period",
            choices=["plan", "half", "full"],
            default="full",
            help="half = the 6-month report, full = the annual report, plan = the plan",
        )
        parser.add_argument("--output", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            raise CommandError(f"ไม่พบหน่วยงาน “{options['agency']}” (no such agency)")
        plan = plan_with_rows(agency, options["year"])
        if plan is None:
            raise CommandError(f"{agency.slug} ยังไม่มีแผนปี {options['year']} (no plan that year)")
        rendered = render_report(report_document(plan, options["period"]), options["format"])
        Path(options["output"]).write_bytes(rendered.content)
        self.stdout.write(f"{options['output']}: {len(rendered.content):,} bytes")
