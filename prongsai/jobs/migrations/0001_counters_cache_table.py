"""The database table behind the "counters" cache when no Redis is configured."""

from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    backend = settings.CACHES.get("counters", {}).get("BACKEND", "")
    if backend.endswith("DatabaseCache"):
        call_command("createcachetable", settings.CACHES["counters"]["LOCATION"], database=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
