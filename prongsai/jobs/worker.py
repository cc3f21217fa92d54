"""The Celery application (production): `celery -A prongsai.jobs.worker worker --beat`.

Only used when CELERY_BROKER_URL is set. Beat runs every job once a minute, so a message whose
first try failed is retried without cron.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prongsai.settings")

from celery import Celery
from django.conf import settings

app = Celery("prongsai")
app.conf.update(
    broker_url=settings.CELERY_BROKER_URL or "memory://",
    task_time_limit=settings.JOBS_TIME_LIMIT,
    task_soft_time_limit=max(settings.JOBS_TIME_LIMIT - 5, 1),
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    beat_schedule={"run-every-job": {"task": "prongsai.jobs.run_all", "schedule": 60.0}},
)


@app.task(name="prongsai.jobs.drain")  # type: ignore[untyped-decorator]  # celery ships no types
def drain(name: str) -> int:
    import django

    django.setup()
    from prongsai.jobs.registry import run

    return run(name)


@app.task(name="prongsai.jobs.run_all")  # type: ignore[untyped-decorator]  # celery ships no types
def run_all() -> int:
    import django

    django.setup()
    from prongsai.jobs.registry import jobs

    return sum(job.run() for job in jobs())
