"""python manage.py import_measures PATH --agency SLUG [--year 2566] [--replace]"""

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from prongsai.agencies.models import Agency
from prongsai.measures.actions import import_plan
from prongsai.measures.importing import guess_year, read_report
from prongsai.measures.problems import ImportProblem


class Command(BaseCommand):
    help = "Import a measures report (.txt in the seed's layout, .html or .docx); all or nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path")
        parser.add_argument("--agency", required=True, help="agency slug")
        parser.add_argument("--year", type=int, help="fiscal year (B.E.); default: from the file")
        parser.add_argument("--replace", action="store_true", help="replace an existing plan")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            raise CommandError(f"ไม่พบหน่วยงาน “{options['agency']}” (no such agency)")
        if not path.is_file():
            raise CommandError(f"ไม่พบไฟล์ {path} (no such file)")
        try:
            document = read_report(path.name, path.read_bytes())
        except ImportProblem as problem:
            raise CommandError(f"{path}: {problem}") from problem
        year = options["year"] or guess_year(document)
        if year is None:
            raise CommandError("ไม่พบปีงบประมาณในไฟล์ กรุณาระบุ --year เช่น --year 2566")
        try:
            plan = import_plan(
                agency=agency, year=year, document=document, replace=options["replace"]
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        rows = sum(len(measure.rows) for measure in document.measures)
        self.stdout.write(
            self.style.SUCCESS(
                f"นำเข้าแผนปี {plan.fiscal_year} ของ {agency.slug}: "
                f"{len(document.measures)} มาตรการ {rows} แถว"
            )
        )
