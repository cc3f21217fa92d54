from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('services', '0002_servicemonth'),
    ]

    operations = [
        migrations.AddField(
            model_name='request',
            name='idempotency_hash',
            field=models.CharField(blank=True, max_length=64, null=True, unique=True),
        ),
        migrations.AddField(
            model_name='request',
            name='submission_hash',
            field=models.CharField(blank=True, max_length=64),
        ),
    ]
