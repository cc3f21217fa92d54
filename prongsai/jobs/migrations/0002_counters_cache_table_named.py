"""The "counters" cache's table under its configured name (0001 passed the cache's alias, which
createcachetable takes as a table name, so a database migrated without a later
`createcachetable` had no `prongsai_counters` and the rate limits failed open)."""

from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    cache = settings.CACHES.get("counters", {})
    tables = schema_editor.connection.introspection.table_names()
    if cache.get("BACKEND", "").endswith("DatabaseCache") and cache["LOCATION"] not in tables:
        call_command(
            "createcachetable", cache["LOCATION"], database=schema_editor.connection.alias
        )


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_counters_cache_table")]
    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
