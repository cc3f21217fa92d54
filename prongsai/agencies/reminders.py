"""Reminder jobs that modules declare in their manifests, sent by `send_reminders` (cron)."""

from collections.abc import Callable
from dataclasses import dataclass

from prongsai.agencies.modules import modules


@dataclass(frozen=True)
class Reminder:
    name: str
    run: Callable[[], int]  # sends what is due; returns how many e-mails went out


def reminders() -> list[Reminder]:
    return [reminder for module in modules() for reminder in module.reminders]
