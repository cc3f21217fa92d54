"""Make a large synthetic load for the service statistics: an area office with N schools, a few
services each, and many requests (plus walk-ins) over the last fiscal years.

    manage.py generate_service_load --agencies 100 --requests 1000000 --years 3 \\
        [--office-slug bench-office] [--seed 1] [--replace]

For benchmarks (scripts/bench_services.py) and for trying the dashboard on realistic volumes;
never on a production database. Fast: `bulk_create` in batches of 10,000, so no model signal
fires (the audit log records none of it), and the audit log is switched off for the few ORM
writes left (the agencies). Deterministic for a given --seed and day. The monthly rollup the
area office's figures read (`ServiceMonth`) is rebuilt for the new schools at the end.

Refuses when the office exists, unless --replace, which first deletes the office, its schools
and everything this command made for them (with plain DELETE statements: the ORM would load a
million requests to cascade).
"""

from __future__ import annotations

import random
import time as clock
from datetime import date, datetime, time, timedelta
from typing import Any

from auditlog.context import disable_auditlog
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year_bounds
from prongsai.services import rollup
from prongsai.services.models import (
    FormField,
    Request,
    RequestFile,
    Service,
    ServiceMonth,
    Step,
    WalkIn,
)
from prongsai.services.tracking import sequence_tracking

BATCH = 10_000
SERVICES = [
    # (name, promised days, share of the requests)
    ("ขอใบรับรองผลการเรียน (ปพ.1)", 3, 0.35),
    ("ขอใบรับรองการเป็นนักเรียน", 1, 0.30),
    ("ขอใช้อาคารสถานที่ของโรงเรียน", 5, 0.15),
    ("สอบถามข้อมูลและขอคำปรึกษา", 2, 0.20),
]
RATINGS = [1, 2, 3, 4, 5]
RATING_WEIGHTS = [2, 4, 14, 35, 45]
SHARE_ONLINE = 0.75
SHARE_RATED = 0.55
SHARE_WITHIN = 0.8
SHARE_REJECTED = 0.03
WALK_IN_DAY_SHARE = 0.3
REQUESTER = "ผู้ขอรับบริการ (ข้อมูลทดสอบ)"


class Command(BaseCommand):
    help = "Create an area office with schools, services and many requests (load testing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agencies", type=int, default=100, help="Schools (default 100).")
        parser.add_argument(
            "--requests", type=int, default=1_000_000, help="Requests (default 1,000,000)."
        )
        parser.add_argument(
            "--years", type=int, default=3, help="Fiscal years, the current one last (3)."
        )
        parser.add_argument("--office-slug", default="bench-office")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--services", type=int, default=3, help="Services per school (1-4, default 3)."
        )
        parser.add_argument(
            "--replace", action="store_true", help="Delete the office and its data first."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        agencies, requests, years = options["agencies"], options["requests"], options["years"]
        services_each = options["services"]
        slug = options["office_slug"]
        if agencies < 1 or requests < 0 or years < 1 or not 1 <= services_each <= len(SERVICES):
            raise CommandError("--agencies ≥ 1, --requests ≥ 0, --years ≥ 1, --services 1-4.")
        started = clock.perf_counter()
        with disable_auditlog(), transaction.atomic():
            existing = Agency.objects.filter(slug=slug).first()
            if existing is not None:
                if not options["replace"]:
                    raise CommandError(
                        f"The agency {slug!r} exists. Use --replace to delete it and its data."
                    )
                self._delete(existing)
            rng = random.Random(options["seed"])  # noqa: S311 -- synthetic data, not secrets
            office, schools = self._agencies(slug, agencies)
            services = self._services(schools, services_each)
            made = self._requests(rng, office, services, requests, years)
            walk_ins = self._walk_ins(rng, services, years)
            months = rollup.rebuild([school.pk for school in schools])
        seconds = clock.perf_counter() - started
        self.stdout.write(
            f"{office.slug}: {len(schools)} schools, {len(services)} services, "
            f"{made:,} requests, {walk_ins:,} walk-in days, {months:,} service months "
            f"in {seconds:.1f} s"
        )

    # --- deleting ---------------------------------------------------------------------------

    def _delete(self, office: Agency) -> None:
        ids = [office.pk, *Agency.objects.filter(parent=office).values_list("pk", flat=True)]
        marks = ", ".join(["%s"] * len(ids))
        request_table = Request._meta.db_table
        service_table = Service._meta.db_table
        statements = [
            f"DELETE FROM {ServiceMonth._meta.db_table} WHERE agency_id IN ({marks})",  # noqa: S608
            f"DELETE FROM {RequestFile._meta.db_table} WHERE request_id IN "  # noqa: S608
            f"(SELECT id FROM {request_table} WHERE agency_id IN ({marks}))",
            f"DELETE FROM {request_table} WHERE agency_id IN ({marks})",  # noqa: S608
            f"DELETE FROM {WalkIn._meta.db_table} WHERE agency_id IN ({marks})",  # noqa: S608
            f"DELETE FROM {Step._meta.db_table} WHERE service_id IN "  # noqa: S608
            f"(SELECT id FROM {service_table} WHERE agency_id IN ({marks}))",
            f"DELETE FROM {FormField._meta.db_table} WHERE service_id IN "  # noqa: S608
            f"(SELECT id FROM {service_table} WHERE agency_id IN ({marks}))",
            f"DELETE FROM {service_table} WHERE agency_id IN ({marks})",  # noqa: S608
        ]
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement, ids)
        Agency.objects.filter(parent=office).delete()
        office.delete()

    # --- creating ---------------------------------------------------------------------------

    def _agencies(self, slug: str, count: int) -> tuple[Agency, list[Agency]]:
        office = Agency.objects.create(
            slug=slug,
            name_th=f"สำนักงานเขตพื้นที่การศึกษาทดสอบภาระงาน ({slug})",
            name_en=f"Load-test area office ({slug})",
            kind=Agency.Kind.AREA_OFFICE,
        )
        width = len(str(count))
        Agency.objects.bulk_create(
            [
                Agency(
                    slug=f"{slug}-{number:0{width}d}",
                    name_th=f"โรงเรียนทดสอบภาระงาน {number:0{width}d}",
                    name_en=f"Load-test school {number:0{width}d}",
                    kind=Agency.Kind.SCHOOL,
                    parent=office,
                )
                for number in range(1, count + 1)
            ],
            batch_size=BATCH,
        )
        schools = list(Agency.objects.filter(parent=office).order_by("slug"))
        return office, schools

    def _services(self, schools: list[Agency], each: int) -> list[Service]:
        Service.objects.bulk_create(
            [
                Service(
                    agency=school,
                    name=name,
                    promised_days=days,
                    order=order,
                    description="งานบริการสำหรับทดสอบภาระงาน",
                )
                for school in schools
                for order, (name, days, _share) in enumerate(SERVICES[:each], start=1)
            ],
            batch_size=BATCH,
        )
        return list(Service.objects.filter(agency__in=schools).order_by("agency_id", "order"))

    def _requests(
        self,
        rng: random.Random,
        office: Agency,
        services: list[Service],
        count: int,
        years: int,
    ) -> int:
        now = timezone.now()
        first_day = fiscal_year_bounds(current_fiscal_year(timezone.localdate()) - years + 1)[0]
        start = timezone.make_aware(datetime.combine(first_day, time(8)))
        span = (now - start).total_seconds()
        # Some schools are busier than others; each service has its share of the school's.
        weights = []
        school_weight: dict[int, float] = {}
        shares = {name: share for name, _days, share in SERVICES}
        for service in services:
            if service.agency_id not in school_weight:
                school_weight[service.agency_id] = 0.3 + rng.random() * 1.4
            weights.append(school_weight[service.agency_id] * shares[service.name])
        base = office.pk * 100_000_000  # each office its own range of generated numbers
        made = 0
        while made < count:
            size = min(BATCH, count - made)
            picked = rng.choices(services, weights=weights, k=size)
            batch = [
                self._request(rng, service, start, span, now, base + made + index)
                for index, service in enumerate(picked)
            ]
            Request.objects.bulk_create(batch, batch_size=BATCH)
            made += size
            if made % 100_000 == 0 or made == count:
                self.stdout.write(f"  {made:,} requests", ending="\r")
        self.stdout.write("")
        return made

    def _request(
        self,
        rng: random.Random,
        service: Service,
        start: datetime,
        span: float,
        now: datetime,
        number: int,
    ) -> Request:
        received = start + timedelta(seconds=rng.random() * span)
        # Shaped like online numbers (S70-XXXXXX): the year of receipt, a code per number.
        tracking = sequence_tracking(timezone.localdate(received), number)
        promised = timedelta(days=service.promised_days)
        if rng.random() < SHARE_WITHIN:
            took = promised * (0.05 + rng.random() * 0.95)
        else:
            took = promised * (1.0 + rng.random() * 2.0)
        completed: datetime | None = received + took
        status = Request.Status.DONE
        rating = None
        if rng.random() < SHARE_REJECTED:
            status, completed = Request.Status.REJECTED, None
        elif completed is not None and completed > now:
            status = rng.choice((Request.Status.RECEIVED, Request.Status.IN_PROGRESS))
            completed = None
        elif rng.random() < SHARE_RATED:
            rating = rng.choices(RATINGS, weights=RATING_WEIGHTS)[0]
        return Request(
            agency_id=service.agency_id,
            service=service,
            tracking=tracking,
            channel=(
                Request.Channel.ONLINE if rng.random() < SHARE_ONLINE else Request.Channel.WALK_IN
            ),
            status=status,
            requester_name=REQUESTER,
            received_at=received,
            due_at=received + promised,
            completed_at=completed,
            rating=rating,
        )

    def _walk_ins(self, rng: random.Random, services: list[Service], years: int) -> int:
        today = timezone.localdate()
        first_day = fiscal_year_bounds(current_fiscal_year(today) - years + 1)[0]
        days = [
            first_day + timedelta(days=offset)
            for offset in range((today - first_day).days + 1)
            if (first_day + timedelta(days=offset)).weekday() < 5
        ]
        batch: list[WalkIn] = []
        made = 0
        for service in services:
            for day in days:
                if rng.random() < WALK_IN_DAY_SHARE:
                    batch.append(_walk_in(service, day, rng.randint(1, 6)))
            if len(batch) >= BATCH:
                WalkIn.objects.bulk_create(batch, batch_size=BATCH)
                made += len(batch)
                batch = []
        WalkIn.objects.bulk_create(batch, batch_size=BATCH)
        return made + len(batch)


def _walk_in(service: Service, day: date, count: int) -> WalkIn:
    return WalkIn(agency_id=service.agency_id, service=service, served_on=day, count=count)
