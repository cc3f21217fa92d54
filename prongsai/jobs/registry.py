"""Background work: named "drain" jobs that do whatever is pending, and a kick to run them soon.

The truth is always a database row (an outbox message, a document to print): a job looks for
pending rows and does them, so it is safe to run twice, at the same time, or late. `kick(name)`
asks for a run after the current transaction commits, in the way the installation is set up
(`JOBS_MODE`):

- ``celery``  — a Celery task on the broker in ``CELERY_BROKER_URL`` (production, several servers);
- ``thread``  — a daemon thread in this process (the embedded default: one school, one server);
- ``inline``  — right after commit, in the same thread (tests);
- ``cron``    — nothing now; ``manage.py run_jobs`` from cron does the work.

Whatever the mode, ``manage.py run_jobs`` (cron, every minute) also catches up on anything a
kick missed (a worker restarted, a mail server that was down), so nothing pending is forgotten.
A job never runs inside the request a user waits on, except in ``inline`` mode.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections, transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[], int]  # does what is pending; returns how many things it did


_JOBS: dict[str, Job] = {}


def register(job: Job) -> None:
    _JOBS[job.name] = job


def jobs() -> list[Job]:
    return list(_JOBS.values())


def get(name: str) -> Job:
    return _JOBS[name]


def run(name: str) -> int:
    """Run one job now, in this thread (workers, cron and tests call this)."""
    return _JOBS[name].run()


_lock = threading.Lock()
_running: set[str] = set()  # jobs with a thread in this process
_again: set[str] = set()  # jobs kicked while their thread was running


def _run_in_thread(name: str) -> None:
    """At most one thread per job in this process, whatever the number of kicks: a kick that
    arrives while the job runs makes it run once more when it ends (a flood of requests cannot
    start a flood of threads and database connections)."""
    with _lock:
        if name in _running:
            _again.add(name)
            return
        _running.add(name)

    def target() -> None:
        while True:
            close_old_connections()
            try:
                run(name)
            except Exception:
                log.exception("background job %s failed; run_jobs will try again", name)
            finally:
                close_old_connections()
            with _lock:
                if name not in _again:
                    _running.discard(name)
                    return
                _again.discard(name)

    # Not a daemon: a management command (load_demo) waits for its printing and mail to finish
    # before the process exits, instead of leaving them half done.
    threading.Thread(target=target, name=f"prongsai-job-{name}", daemon=False).start()


def wait_for_threads() -> None:
    """Wait until the job threads of this process have finished (a command that must not exit,
    or change its settings back, while they run)."""
    while threads := [t for t in threading.enumerate() if t.name.startswith("prongsai-job-")]:
        for thread in threads:
            thread.join()


def _dispatch(name: str) -> None:
    mode = settings.JOBS_MODE
    if mode == "inline":
        try:
            run(name)
        except Exception:
            log.exception("job %s failed; run_jobs will try again", name)
    elif mode == "thread":
        _run_in_thread(name)
    elif mode == "celery":
        from prongsai.jobs.worker import drain

        try:
            drain.delay(name)
        except Exception:  # broker down: the rows stay pending, run_jobs (cron) catches up
            log.exception("could not queue job %s on the broker", name)
    # "cron": nothing now


def kick(name: str) -> None:
    """Ask for `name` to run soon, after the current transaction commits (never before)."""
    if name not in _JOBS:
        raise KeyError(f"no job named {name!r}")
    transaction.on_commit(lambda: _dispatch(name))
