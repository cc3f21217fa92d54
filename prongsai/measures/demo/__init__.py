"""The demo's measures: the seed report as the 2566 plan, published, and this year's plan."""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year_bounds
from prongsai.measures import actions
from prongsai.measures.importing import read_report
from prongsai.measures.models import Plan, Publication

SEED = Path(__file__).resolve().parent / "measures-report-2566.txt"


def load_measures(school: Agency, say: Callable[[str], None]) -> None:
    document = read_report(SEED.name, SEED.read_bytes())
    plan = actions.import_plan(agency=school, year=2566, document=document, replace=True)
    officer = User.objects.filter(username="ita_officer").first()
    # Published when a school would have: the plan early in the year, the report at its end
    # (the OIT checks the dates against the fiscal year).
    for kind, published in (
        ("plan", datetime(2022, 11, 15, 10, tzinfo=UTC)),
        ("full", datetime(2023, 9, 28, 10, tzinfo=UTC)),
    ):
        publication = actions.publish_report(plan=plan, kind=kind, actor=officer)
        Publication.objects.filter(pk=publication.pk).update(published_at=published)
    say(f"Measures: the seed report is the published 2566 plan of {school.slug}.")

    year = current_fiscal_year()
    Plan.objects.filter(agency=school, fiscal_year=year).delete()
    current = actions.copy_plan(source=plan, year=year)
    start, _end = fiscal_year_bounds(year)
    first_row = current.measures.get(number=1).rows.first()
    if officer is not None and first_row is not None:
        actions.record_progress(
            row=first_row,
            author=officer,
            happened_on=min(start + timedelta(days=20), date.today()),
            text="ทบทวนคู่มือการปฏิบัติงานของทุกงานและเผยแพร่บนเว็บไซต์",
        )
    say(f"Measures: the {year} plan of {school.slug} is a copy of 2566, for editing.")
