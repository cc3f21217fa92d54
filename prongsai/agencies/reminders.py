"""Reminder jobs that modules add to `send_reminders` (run by cron), in AppConfig.ready()."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Reminder:
    name: str
    run: Callable[[], int]  # sends what is due; returns how many e-mails went out


_REMINDERS: list[Reminder] = []


def register(reminder: Reminder) -> None:
    if all(existing.name != reminder.name for existing in _REMINDERS):
        _REMINDERS.append(reminder)


def reminders() -> list[Reminder]:
    return list(_REMINDERS)
