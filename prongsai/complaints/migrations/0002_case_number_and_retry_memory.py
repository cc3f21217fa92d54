import django.db.models.deletion
import prongsai.vault.fields
from django.db import migrations, models


def fill_numbers(apps, schema_editor):
    """The number after the year of every existing case number ("2570-0042" → 42)."""
    Complaint = apps.get_model("complaints", "Complaint")
    for complaint in Complaint.objects.only("pk", "reference").iterator():
        tail = complaint.reference.rpartition("-")[2]
        if tail.isdigit():
            Complaint.objects.filter(pk=complaint.pk).update(number=int(tail))


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="complaint",
            name="number",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(fill_numbers, migrations.RunPython.noop),
        migrations.CreateModel(
            name="FilingRetry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "memory",
                    prongsai.vault.fields.EncryptedTextField(
                        blank=True, default=str, editable=True
                    ),
                ),
                ("created_on", models.DateField()),
                (
                    "complaint",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="complaints.complaint",
                    ),
                ),
            ],
        ),
    ]
