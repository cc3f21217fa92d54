"""The database table behind the "pages" cache when no Redis is configured."""

from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    pages = settings.CACHES.get("pages", {})
    if pages.get("BACKEND", "").endswith("DatabaseCache"):
        # createcachetable takes the table's name (the cache's LOCATION), not the cache's.
        call_command(
            "createcachetable", pages["LOCATION"], database=schema_editor.connection.alias
        )


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
