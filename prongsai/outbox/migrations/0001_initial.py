import prongsai.vault.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='OutboxMessage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(blank=True, max_length=50, verbose_name='kind')),
                ('subject', prongsai.vault.fields.EncryptedTextField(blank=True, default=str, editable=True, verbose_name='subject')),
                ('recipients', prongsai.vault.fields.EncryptedTextField(blank=True, default=str, editable=True, verbose_name='recipients')),
                ('body', prongsai.vault.fields.EncryptedTextField(blank=True, default=str, editable=True, verbose_name='body')),
                ('status', models.CharField(choices=[('pending', 'Waiting to be sent'), ('sent', 'Sent'), ('failed', 'Gave up')], default='pending', max_length=10, verbose_name='status')),
                ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='attempts')),
                ('next_try_at', models.DateTimeField(blank=True, null=True, verbose_name='next try')),
                ('last_error', models.CharField(blank=True, max_length=200, verbose_name='last error')),
                ('created_on', models.DateField(verbose_name='queued on')),
                ('sent_on', models.DateField(blank=True, null=True, verbose_name='sent on')),
            ],
            options={
                'verbose_name': 'outgoing e-mail',
                'verbose_name_plural': 'outgoing e-mails',
                'ordering': ['-pk'],
                'indexes': [models.Index(fields=['status', 'next_try_at'], name='outbox_due')],
            },
        ),
    ]
