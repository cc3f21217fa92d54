import pytest
from django.core.management import call_command
from django.db import transaction

from prongsai.jobs import registry


@pytest.fixture
def counter():
    calls: list[str] = []
    registry.register(registry.Job("test-counter", lambda: calls.append("x") or 1))
    yield calls
    registry._JOBS.pop("test-counter", None)


@pytest.mark.django_db(transaction=True)
def test_kick_runs_after_commit_not_before(counter):
    with transaction.atomic():
        registry.kick("test-counter")
        assert counter == []
    assert counter == ["x"]


@pytest.mark.django_db(transaction=True)
def test_kick_of_a_rolled_back_transaction_does_nothing(counter):
    def fail() -> None:
        with transaction.atomic():
            registry.kick("test-counter")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail()
    assert counter == []


@pytest.mark.django_db(transaction=True)
def test_cron_mode_leaves_the_work_to_run_jobs(counter, settings):
    settings.JOBS_MODE = "cron"
    with transaction.atomic():
        registry.kick("test-counter")
    assert counter == []
    call_command("run_jobs", "--only", "test-counter")
    assert counter == ["x"]


def test_unknown_job_is_an_error():
    with pytest.raises(KeyError):
        registry.kick("no-such-job")
