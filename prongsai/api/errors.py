"""Every API error is JSON with a Thai (or, by choice, English) `detail`."""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

MESSAGES: dict[type[Exception], Callable[[], str]] = {
    exceptions.NotAuthenticated: lambda: _("Please sign in or send an API token."),
    exceptions.AuthenticationFailed: lambda: _("The API token or sign-in is not valid."),
    exceptions.PermissionDenied: lambda: _("Your roles do not allow this."),
    exceptions.NotFound: lambda: _("Not found."),
    exceptions.MethodNotAllowed: lambda: _("This method is not allowed here."),
    exceptions.NotAcceptable: lambda: _("This response format is not available."),
    exceptions.UnsupportedMediaType: lambda: _("Send JSON or form data."),
    exceptions.Throttled: lambda: _("Too many requests. Please wait and try again."),
    exceptions.ParseError: lambda: _(
        "The request body could not be read. Check that it is valid JSON."
    ),
}


def thai_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, Http404):
        response.data = {"detail": _("Not found.")}
        return response
    if isinstance(exc, DjangoPermissionDenied):
        response.data = {"detail": _("Your roles do not allow this.")}
        return response
    for kind, message in MESSAGES.items():
        if isinstance(exc, kind):
            response.data = {"detail": message()}
            break
    return response


def api_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return JsonResponse({"detail": _("Not found.")}, status=404)


def api_server_error(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {"detail": _("Something went wrong on our side. Please try again later.")}, status=500
    )
