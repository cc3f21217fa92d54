"""python manage.py send_budget_mail — for cron, beside send_reminders, e.g. every morning at
07:00: on the first working day of a month (or the first run after it) each unit head and the
director get the month just ended's spending against plan; later runs that month send nothing
again. `--date 2567-05-02`-style testing: --today YYYY-MM-DD (C.E.); --force ignores the
working-day check (never the once-a-month log)."""

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from prongsai.budget.monthly_actions import send_monthly_mail


class Command(BaseCommand):
    help = "Send the monthly spending mail to unit heads and directors (once a month)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="the day to act as (YYYY-MM-DD, C.E.)")
        parser.add_argument("--force", action="store_true", help="skip the working-day check")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        if options["today"]:
            try:
                today = date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError("--today takes YYYY-MM-DD") from error
        sent = send_monthly_mail(today, force=options["force"])
        self.stdout.write(f"budget monthly mail: {sent} e-mail(s)")
