from django.core.management.base import BaseCommand

from prongsai.pagecache.versions import bump_all


class Command(BaseCommand):
    help = (
        "Make every stored public page unreachable (docs/pagecache.md): after a change the "
        "page cache cannot see (another program writing the database, a restored backup, "
        "writes made while Redis was unreachable)."
    )

    def handle(self, *args: object, **options: object) -> None:
        bump_all()
        self.stdout.write("page cache: every stored page is out of date now")
