"""Reads: the manuals of an agency for the back office and for the public, in a fixed number of
queries whatever their number."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Max, Prefetch, QuerySet, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404

from prongsai.agencies.models import Agency, Unit
from prongsai.manuals.models import Manual, ManualStep, ManualVersion

Status = ManualVersion.Status


@dataclass(frozen=True)
class StaffRow:
    manual: Manual
    latest: ManualVersion | None  # the newest version, whatever its status
    public: ManualVersion | None  # the newest published version (what the public sees)
    review_due: bool  # the public version's review date has come


def _review_due(version: ManualVersion | None, today: date) -> bool:
    return version is not None and version.review_on is not None and version.review_on <= today


def staff_rows(agency: Agency, today: date) -> list[StaffRow]:
    """Every manual with its newest and its public version: two queries."""
    manuals = (
        Manual.objects.filter(agency=agency)
        .select_related("owner_unit")
        .prefetch_related(Prefetch("versions", queryset=ManualVersion.objects.order_by("-number")))
        .order_by("title", "pk")
    )
    rows = []
    for manual in manuals:
        versions = list(manual.versions.all())
        public = next((v for v in versions if v.is_published), None)
        rows.append(
            StaffRow(
                manual=manual,
                latest=versions[0] if versions else None,
                public=public,
                review_due=_review_due(public, today),
            )
        )
    return rows


def manual_for_staff(agency: Agency, pk: int) -> Manual:
    """The manual with every version and its steps (404 when not this agency's)."""
    return get_object_or_404(
        Manual.objects.select_related("agency", "owner_unit").prefetch_related(
            Prefetch(
                "versions",
                queryset=ManualVersion.objects.order_by("-number")
                .select_related("approved_by", "submitted_by", "created_by")
                .prefetch_related("steps"),
            )
        ),
        agency=agency,
        pk=pk,
    )


def units_for_writing(agency: Agency, unit_ids: set[int] | None) -> QuerySet[Unit]:
    """The units a writer may give a manual to (`unit_ids` None: every unit of the agency)."""
    units = Unit.objects.filter(agency=agency).order_by("order", "name_th")
    return units if unit_ids is None else units.filter(pk__in=unit_ids)


def open_version(manual: Manual) -> ManualVersion | None:
    """The version being written or waiting for approval (uses prefetched versions)."""
    return next((v for v in manual.versions.all() if not v.is_published), None)


def public_version(manual: Manual) -> ManualVersion | None:
    """The newest published version (uses prefetched versions)."""
    return next((v for v in manual.versions.all() if v.is_published), None)


@dataclass(frozen=True)
class PublicRow:
    manual: Manual
    version: ManualVersion  # annotated with step_count and total_minutes


def published_manuals(agency: Agency) -> list[PublicRow]:
    """Manuals with a published version, each with its newest one: two queries."""
    published = (
        ManualVersion.objects.filter(status=Status.PUBLISHED)
        .annotate(step_count=Count("steps"), total_minutes=Sum("steps__duration_minutes"))
        .order_by("-number")
    )
    manuals = (
        Manual.objects.filter(agency=agency, versions__status=Status.PUBLISHED)
        .distinct()
        .select_related("owner_unit")
        .prefetch_related(Prefetch("versions", queryset=published, to_attr="published"))
        .order_by("title", "pk")
    )
    return [PublicRow(manual, manual.published[0]) for manual in manuals]


def published_version(agency: Agency, pk: int) -> ManualVersion:
    """The newest published version of the agency's manual `pk`, with its steps; 404 if none."""
    version = (
        ManualVersion.objects.filter(manual__agency=agency, manual_id=pk, status=Status.PUBLISHED)
        .select_related("manual", "manual__owner_unit", "manual__agency", "approved_by")
        .prefetch_related(Prefetch("steps", queryset=ManualStep.objects.order_by("order", "pk")))
        .order_by("-number")
        .first()
    )
    if version is None:
        raise Http404
    return version


def total_minutes(version: ManualVersion) -> int:
    """The sum of the steps' durations (uses prefetched steps)."""
    return sum(step.duration_minutes for step in version.steps.all())


def newest_publication(agency: Agency) -> datetime | None:
    latest: datetime | None = ManualVersion.objects.filter(
        manual__agency=agency, status=Status.PUBLISHED
    ).aggregate(latest=Max("published_at"))["latest"]
    return latest
