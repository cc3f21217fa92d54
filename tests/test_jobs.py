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


@pytest.mark.django_db(transaction=True)
def test_a_flood_of_kicks_runs_one_thread_per_job(settings):
    """A burst of requests that each queue mail must not start a thread (and a database
    connection) per request while the mail server hangs."""
    import threading

    settings.JOBS_MODE = "thread"
    started = threading.Event()
    release = threading.Event()
    runs: list[int] = []

    def slow() -> int:
        runs.append(threading.get_ident())
        started.set()
        release.wait(5)
        return 1

    registry.register(registry.Job("test-slow", slow))
    try:
        before = threading.active_count()
        for _ in range(50):
            with transaction.atomic():
                registry.kick("test-slow")
        started.wait(5)
        assert threading.active_count() <= before + 1
        release.set()
        for thread in threading.enumerate():
            if thread.name == "prongsai-job-test-slow":
                thread.join(5)
        # The kicks that came while it ran are not lost: it ran once more, in the same thread.
        assert len(runs) == 2
        assert len(set(runs)) == 1
    finally:
        registry._JOBS.pop("test-slow", None)
