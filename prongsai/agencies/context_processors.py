from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, object]:
    return {"SITE_NAME": settings.SITE_NAME}


def agency_menu(request: HttpRequest) -> dict[str, object]:
    """The agency's public menu on its public pages (never under /staff/ or /accounts/)."""
    from prongsai.agencies.public_menu import menu_agency, public_menu

    match = getattr(request, "resolver_match", None)
    slug = match.kwargs.get("agency") if match is not None else None
    if not isinstance(slug, str) or "/staff/" in request.path:
        return {}
    agency = menu_agency(slug)
    if agency is None:
        return {}
    return {"public_menu": public_menu(agency, request.path), "menu_agency": agency}
