"""Seed Thailand's government holidays of 2566–2570 B.E. (see holidays_seed.py for which)."""

from datetime import date

from django.db import migrations

from prongsai.workdays import holidays_seed


def seed(apps, schema_editor):
    Holiday = apps.get_model("workdays", "Holiday")
    for iso, th, en in holidays_seed.rows():
        Holiday.objects.get_or_create(
            date=date.fromisoformat(iso), defaults={"name_th": th, "name_en": en}
        )


class Migration(migrations.Migration):
    dependencies = [("workdays", "0001_holiday")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
