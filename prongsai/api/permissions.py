from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from prongsai.agencies.access import effective_roles, get_agency_or_404


class HasAgencyRole(BasePermission):
    """The API side of the gate: the view names `required_roles`; the URL names the agency.

    No role in the agency → 404, like the staff pages, so other agencies stay invisible.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False
        agency = get_agency_or_404(view.kwargs["agency"])
        held = effective_roles(request.user, agency)
        if not held:
            from django.http import Http404

            raise Http404
        view.agency = agency
        view.roles = held
        return bool(held & view.required_roles)
