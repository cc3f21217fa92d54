"""Language and two-factor rules that apply to every request."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import translation

Handler = Callable[[HttpRequest], HttpResponse]


class ThaiFirstLocaleMiddleware:
    """Thai unless the visitor chose otherwise with the language switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language, so a teacher whose
    phone is set to English would get English pages; our users expect Thai first.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language  # Django's own convention
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response


# Pages an administrator without a verified second factor may still open: enrolment itself,
# the second step of login, logout, the language switch and static files.
TWO_FACTOR_EXEMPT_PREFIXES = (
    "/accounts/",
    "/i18n/",
    "/static/",
)


class AdminTwoFactorMiddleware:
    """Site administrators must pass TOTP before any other page (REQUIRE_ADMIN_2FA)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            settings.REQUIRE_ADMIN_2FA
            and user.is_authenticated
            and user.is_superuser
            and not user.is_verified()  # type: ignore[attr-defined]  # added by OTPMiddleware
            and not request.path.startswith(TWO_FACTOR_EXEMPT_PREFIXES)
        ):
            return redirect("accounts:two_factor_setup")
        return self.get_response(request)
