import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def drop_tokens_older_than_two_factor(apps, schema_editor):
    """A token minted before its owner set up two-step sign-in skipped the second step: drop it
    (the owner mints a new one from a verified session)."""
    Token = apps.get_model("authtoken", "Token")
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    for device in TOTPDevice.objects.filter(confirmed=True).exclude(created_at=None):
        Token.objects.filter(user_id=device.user_id, created__lt=device.created_at).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("authtoken", "0004_alter_tokenproxy_options"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [
        migrations.CreateModel(
            name="SecondStepAttempts",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="second_step_attempts",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("count", models.PositiveIntegerField(default=0)),
                ("last_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "verbose_name": "second-step attempts",
                "verbose_name_plural": "second-step attempts",
            },
        ),
        migrations.RunPython(drop_tokens_older_than_two_factor, migrations.RunPython.noop),
    ]
