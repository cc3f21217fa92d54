"""Key rotation for complaint encryption.

1. `python manage.py rotate_complaint_key --new-key` prints a new key.
2. Put it FIRST in COMPLAINT_KEYS, keeping the old key after it: COMPLAINT_KEYS=new,old
3. `python manage.py rotate_complaint_key` re-encrypts every case, message and file with it.
4. Remove the old key from COMPLAINT_KEYS.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from prongsai.complaints import crypto
from prongsai.complaints.upkeep import rotate_keys


class Command(BaseCommand):
    help = "Re-encrypt all complaint content with the first key of COMPLAINT_KEYS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--new-key", action="store_true", help="print a new key and stop")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["new_key"]:
            self.stdout.write(crypto.generate_key())
            return
        touched = rotate_keys()
        self.stdout.write(f"เข้ารหัสใหม่แล้ว {touched} รายการ (re-encrypted {touched} rows and files)")
