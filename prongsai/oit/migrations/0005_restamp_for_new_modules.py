"""Re-stamp the shipped OIT lists so installed items point at the pages of the modules added
since 0004 (the complaint guideline, risks, procurement, ethics, the budget's and HR's reports …):
an existing database's disclosure page links them without the officer pasting anything.
A module that adds evidence later ships a migration like this one, or the administrator runs
`manage.py load_oit_checklists`."""

from django.db import migrations


def load(apps, schema_editor):
    from prongsai.oit.catalogue import load_checklists

    load_checklists(
        apps.get_model("oit", "Checklist"),
        apps.get_model("oit", "Item"),
        apps.get_model("oit", "Answer"),
    )


class Migration(migrations.Migration):
    dependencies = [("oit", "0004_components_in_thai")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
