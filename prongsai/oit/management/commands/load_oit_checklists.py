"""python manage.py load_oit_checklists — reload the shipped OIT lists after an update."""

from typing import Any

from django.core.management.base import BaseCommand

from prongsai.oit.catalogue import load_checklists
from prongsai.oit.models import Answer, Checklist, Item


class Command(BaseCommand):
    help = "Create or update the OIT checklists that ship with Prongsai (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        written = load_checklists(Checklist, Item, Answer)
        self.stdout.write(f"{written} items loaded")
