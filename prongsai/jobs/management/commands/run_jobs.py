from django.core.management.base import BaseCommand, CommandParser

from prongsai.jobs.registry import jobs, run


class Command(BaseCommand):
    help = (
        "Do all pending background work (mail outbox, document printing). For cron, every minute."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--only", action="append", default=[], help="job name (repeatable)")

    def handle(self, *args: object, **options: object) -> None:
        only = options["only"]
        assert isinstance(only, list)
        for job in jobs():
            if only and job.name not in only:
                continue
            done = run(job.name)
            self.stdout.write(f"{job.name}: {done}")
