"""Reads about services and requests."""

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from prongsai.agencies.models import Agency, Unit
from prongsai.services.models import Request, Service


def catalogue(agency: Agency, *, include_staff: bool) -> QuerySet[Service]:
    services = Service.objects.filter(agency=agency, is_active=True).select_related("owner_unit")
    if not include_staff:
        services = services.filter(audience=Service.Audience.PUBLIC)
    return services.order_by("order", "name")


def queue(agency: Agency, *, service_id: int | None, status: str) -> QuerySet[Request]:
    requests = Request.objects.filter(agency=agency).select_related("service", "assigned_to")
    if service_id:
        requests = requests.filter(service_id=service_id)
    if status == "open":
        requests = requests.filter(status__in=[Request.Status.RECEIVED, Request.Status.IN_PROGRESS])
    elif status in Request.Status.values:
        requests = requests.filter(status=status)
    return requests.order_by("due_at")


def queue_counts(agency: Agency) -> dict[str, int]:
    now = timezone.now()
    open_states = [Request.Status.RECEIVED, Request.Status.IN_PROGRESS]
    return Request.objects.filter(agency=agency).aggregate(
        open=Count("pk", filter=Q(status__in=open_states)),
        overdue=Count("pk", filter=Q(status__in=open_states, due_at__lt=now)),
        new=Count("pk", filter=Q(status=Request.Status.RECEIVED)),
    )


def services_of(agency: Agency) -> QuerySet[Service]:
    """Every service of the agency, active or not, in the catalogue's order."""
    return (
        Service.objects.filter(agency=agency).select_related("owner_unit").order_by("order", "name")
    )


def units_among(agency: Agency, unit_ids: set[int]) -> list[Unit]:
    """The agency's units of those ids (the units a unit head gives services to)."""
    return list(Unit.objects.filter(agency=agency, pk__in=unit_ids))


def tracking_exists(agency: Agency, tracking: str) -> bool:
    return Request.objects.filter(agency=agency, tracking=tracking).exists()
