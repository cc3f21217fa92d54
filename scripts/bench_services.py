"""How fast the service statistics dashboard is on large data (PostgreSQL only).

Usage: DATABASE_URL=postgres://…/prongsai_bench_services .venv/bin/python scripts/bench_services.py
(`make bench` runs it after scripts/bench.py.)

With $DATABASE_URL pointing at PostgreSQL it makes two synthetic loads with
`manage.py generate_service_load` (an area office with 100 schools, 3 services each, requests
over the last 3 fiscal years plus walk-ins): 10,000 requests under the office
`bench-services-10k` and 1,000,000 under `bench-services-1m`. A load already in the database
with the right number of requests is reused, so a second run skips the minutes the million
takes. For each size it times, best of 5 after one warm-up run, over the last complete fiscal
year:

* (a) the dashboard of one school, rendered through Django's test client (the whole stack:
  middleware, queries, template, SVG);
* (b) the dashboard of the area office (100 schools summed and ranked);
* (c) beside each, the bare aggregate SQL over the same rows: one `cursor.execute` of the query
  grouped by service and month with counts and `percentile_cont`, the least any dashboard must
  pay; and prints ours/bare and the 1M/10k ratio of each.

The page is timed computing its figures every time (an area office's figures are otherwise
cached for `OFFICE_CACHE_SECONDS`); "cached ms" is the same page served with the cache on, what
a visitor gets within those minutes. "queries" and "sql ms" are one run's database queries and
the time they took (the rest is Python: middleware, the template, the SVG).

The targets (school < 300 ms, office < 1 s, ≤ 3× from 10k to 1M) are printed beside the
figures; the script never judges them and exits non-zero only when something failed to run.
Without PostgreSQL it says so and exits 0: SQLite is not what an area office runs.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

REPEAT = 5
SCHOOLS = 100
YEARS = 3
LOADS = [(10_000, "bench-services-10k"), (1_000_000, "bench-services-1m")]
TARGETS = "targets: school < 300 ms, office < 1 s, 1M/10k ≤ 3x"

BARE_SQL = """
SELECT service_id,
       EXTRACT(MONTH FROM received_at AT TIME ZONE %(tz)s) AS month,
       count(*),
       count(*) FILTER (WHERE channel = 'online'),
       count(*) FILTER (WHERE status = 'done'),
       count(*) FILTER (WHERE status = 'done' AND completed_at <= due_at),
       sum(rating) FILTER (WHERE rating BETWEEN 1 AND 5),
       count(rating) FILTER (WHERE rating BETWEEN 1 AND 5),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY completed_at - received_at)
           FILTER (WHERE status = 'done' AND completed_at IS NOT NULL)
FROM services_request
WHERE agency_id = ANY(%(agencies)s) AND received_at >= %(start)s AND received_at < %(end)s
GROUP BY 1, 2
"""


def is_postgresql(url: str) -> bool:
    return urlsplit(url).scheme.split("+")[0] in {"postgres", "postgresql", "pgsql"}


def setup(db_url: str) -> None:
    """Production-like settings (DEBUG off, as scripts/bench.py runs gunicorn), then Django."""
    from bench import child_env

    env = child_env(db_url)
    env["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prongsai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)


def ensure_load(size: int, slug: str) -> None:
    from django.core.management import call_command
    from django.db import connection

    from prongsai.agencies.models import Agency
    from prongsai.services.models import Request

    office = Agency.objects.filter(slug=slug).first()
    if office is not None:
        have = Request.objects.filter(agency__parent=office).count()
        schools = Agency.objects.filter(parent=office).count()
        if have == size and schools == SCHOOLS:
            print(f"{slug}: reusing {have:,} requests in {schools} schools")
            return
    print(f"{slug}: generating {size:,} requests in {SCHOOLS} schools…", flush=True)
    started = time.perf_counter()
    call_command(
        "generate_service_load",
        agencies=SCHOOLS,
        requests=size,
        years=YEARS,
        office_slug=slug,
        seed=1,
        replace=True,
        stdout=open(os.devnull, "w"),  # noqa: SIM115 -- quiet progress
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE services_request")
        cursor.execute("ANALYZE services_walkin")
    print(f"{slug}: generated in {time.perf_counter() - started:.0f} s")


def best_ms(run: Callable[[], object]) -> float:
    run()  # warm-up: templates, connections, PostgreSQL's caches
    times = []
    for _ in range(REPEAT):
        gc.collect()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def measure(slug: str, year: int) -> dict[str, dict[str, float]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from prongsai.agencies.models import Agency
    from prongsai.lib.fiscal import fiscal_year_bounds
    from prongsai.services import dashboard_views
    from prongsai.services.models import Request

    cached_seconds = dashboard_views.OFFICE_CACHE_SECONDS
    office = Agency.objects.get(slug=slug)
    schools = list(Agency.objects.filter(parent=office).order_by("slug"))
    school = schools[0]
    first, last = fiscal_year_bounds(year)
    start = timezone.make_aware(datetime.combine(first, time_of_day.min))
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time_of_day.min))
    client = Client()
    results: dict[str, dict[str, float]] = {}
    for name, agency, ids in (
        ("school", school, [school.pk]),
        ("office", office, [s.pk for s in schools]),
    ):
        url = f"/{agency.slug}/dashboard/?year={year}"

        def page(url: str = url) -> None:
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"GET {url} answered {response.status_code}")

        def bare(ids: list[int] = ids) -> None:
            with connection.cursor() as cursor:
                cursor.execute(
                    BARE_SQL,
                    {"tz": "Asia/Bangkok", "agencies": ids, "start": start, "end": end},
                )
                cursor.fetchall()

        rows = Request.objects.filter(
            agency_id__in=ids, received_at__gte=start, received_at__lt=end
        ).count()
        # The figures computed every time: an area office's are otherwise cached for a while.
        dashboard_views.OFFICE_CACHE_SECONDS = 0
        ours = best_ms(page)
        bare_ms = best_ms(bare)
        with CaptureQueriesContext(connection) as captured:
            page()
        sql_ms = sum(float(query["time"]) for query in captured.captured_queries) * 1000
        queries = len(captured)  # now: the next request resets the query log
        dashboard_views.OFFICE_CACHE_SECONDS = cached_seconds
        cached_ms = best_ms(page)
        results[name] = {
            "rows": rows,
            "ours": ours,
            "bare": bare_ms,
            "queries": queries,
            "sql": sql_ms,
            "cached": cached_ms,
        }
    return results


def main() -> int:
    db_url = os.environ.get("DATABASE_URL", "")
    if not is_postgresql(db_url):
        print(
            "bench_services: needs PostgreSQL; skipped. Set DATABASE_URL, e.g. "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/prongsai_bench_services"
        )
        return 0
    setup(db_url)
    from prongsai.lib.fiscal import current_fiscal_year

    year = current_fiscal_year() - 1  # the last complete fiscal year
    measured = {}
    for size, slug in LOADS:
        ensure_load(size, slug)
    for size, slug in LOADS:
        print(f"timing {slug} (fiscal year {year}, best of {REPEAT})…", flush=True)
        measured[size] = measure(slug, year)

    print()
    print(f"PostgreSQL, fiscal year {year}, {SCHOOLS} schools, {os.cpu_count()} CPUs; {TARGETS}")
    print(
        f"{'load':>10} {'page':<7} {'rows':>9} {'page ms':>9} {'queries':>8} {'sql ms':>8}"
        f" {'bare ms':>8} {'ours/bare':>10} {'cached ms':>10}"
    )
    for size, _slug in LOADS:
        for name, figures in measured[size].items():
            ratio = figures["ours"] / figures["bare"] if figures["bare"] else float("inf")
            print(
                f"{size:>10,} {name:<7} {int(figures['rows']):>9,} {figures['ours']:>9.1f}"
                f" {int(figures['queries']):>8} {figures['sql']:>8.1f} {figures['bare']:>8.1f}"
                f" {ratio:>9.2f}x {figures['cached']:>10.1f}"
            )
    small, large = (measured[size] for size, _slug in LOADS)
    for name in ("school", "office"):
        print(
            f"1M/10k {name}: page {large[name]['ours'] / small[name]['ours']:.2f}x, "
            f"bare SQL {large[name]['bare'] / small[name]['bare']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
