"""Load the OIT item lists that ship with Prongsai (prongsai/oit/data/oit_items.yaml)."""

from django.db import migrations


def load(apps, schema_editor):
    from prongsai.oit.catalogue import load_checklists

    load_checklists(apps.get_model("oit", "Checklist"), apps.get_model("oit", "Item"))


class Migration(migrations.Migration):
    dependencies = [("oit", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
