"""Re-stamp the shipped OIT lists: required components in Thai (English kept as the English
version), notes for other kinds of agency tagged, titles without internal notes. Answers keep
their ticks; an office's own copies still in the old English words get the Thai text too."""

from django.db import migrations


def load(apps, schema_editor):
    from prongsai.oit.catalogue import load_checklists

    load_checklists(
        apps.get_model("oit", "Checklist"),
        apps.get_model("oit", "Item"),
        apps.get_model("oit", "Answer"),
    )


class Migration(migrations.Migration):
    dependencies = [("oit", "0003_item_components_in_english_and_scope")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
