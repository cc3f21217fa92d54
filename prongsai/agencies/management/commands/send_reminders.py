"""python manage.py send_reminders — for cron, e.g. every morning at 07:00."""

from typing import Any

from django.core.management.base import BaseCommand

from prongsai.agencies.reminders import reminders


class Command(BaseCommand):
    help = "Send due reminders: complaint deadlines, and what other modules register."

    def handle(self, *args: Any, **options: Any) -> None:
        for reminder in reminders():
            sent = reminder.run()
            self.stdout.write(f"{reminder.name}: {sent} e-mail(s)")
