"""The ratings (1–5) requesters give to finished requests, as the platform's ServiceRatings
(agencies.modules): the feedback module counts them toward a service's satisfaction survey
without knowing this module."""

from collections.abc import Sequence
from datetime import date

from django.db.models import Count

from prongsai.agencies.models import Agency
from prongsai.services.models import Request, Service


def rated_services(agency: Agency) -> list[tuple[int, str]]:
    """The agency's services, in catalogue order: (id, name)."""
    return list(
        Service.objects.filter(agency=agency).order_by("order", "name").values_list("pk", "name")
    )


def rating_counts(
    agency: Agency, service_ids: Sequence[int], first: date, last: date
) -> dict[int, int]:
    """{score: number} of the ratings of these services' requests completed from `first` to
    `last` (inclusive): one query."""
    if not service_ids:
        return {}
    rows = (
        Request.objects.filter(
            agency=agency,
            service__in=service_ids,
            rating__isnull=False,
            completed_at__date__gte=first,
            completed_at__date__lte=last,
        )
        .values_list("rating")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {int(score): int(n) for score, n in rows}
