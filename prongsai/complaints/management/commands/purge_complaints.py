"""python manage.py purge_complaints — delete closed cases past their retention (for cron)."""

from typing import Any

from django.core.management.base import BaseCommand

from prongsai.complaints.upkeep import purge_expired


class Command(BaseCommand):
    help = "Delete, for good, closed complaints older than each agency's retention period."

    def handle(self, *args: Any, **options: Any) -> None:
        purged = purge_expired()
        self.stdout.write(f"ลบเรื่องร้องเรียนที่พ้นระยะเวลาเก็บรักษาแล้ว {purged} เรื่อง")
