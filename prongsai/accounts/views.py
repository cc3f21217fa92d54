"""Sign-in with optional (for administrators, required) TOTP, and account security pages."""

import base64
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from rest_framework.authtoken.models import Token

from prongsai.accounts import actions
from prongsai.accounts.forms import LoginForm, ResetForm, TokenForm
from prongsai.accounts.models import User

PENDING_KEY = "prongsai_pending_2fa"


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: LoginForm) -> HttpResponse:  # type: ignore[override]
        user = form.get_user()
        assert isinstance(user, User)
        if actions.confirmed_totp_device(user=user) is None:
            return super().form_valid(form)
        # Password right, second factor still to come: remember who, but do not sign in yet.
        self.request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": getattr(user, "backend", settings.AUTHENTICATION_BACKENDS[-1]),
            "next": self.get_success_url(),
        }
        return redirect("accounts:login_verify")


def login_verify(request: HttpRequest) -> HttpResponse:
    pending: dict[str, Any] | None = request.session.get(PENDING_KEY)
    user = User.objects.filter(pk=pending["user"], is_active=True).first() if pending else None
    device = actions.confirmed_totp_device(user=user) if user else None
    if pending is None or user is None or device is None:
        return redirect("accounts:login")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Counted per account in the database before the check: parallel tries cannot race.
        if not actions.reserve_second_step_attempt(user=user):
            del request.session[PENDING_KEY]
            messages.error(
                request,
                _("Too many wrong codes. Wait 15 minutes, then sign in again."),
            )
            return redirect("accounts:login")
        if device.verify_token(form.cleaned_data["token"]):
            actions.clear_second_step_attempts(user=user)
            del request.session[PENDING_KEY]
            login(request, user, backend=pending["backend"])
            otp_login(request, device)
            return redirect(pending["next"])
        form.add_error(
            "token",
            _("The code is not correct or has expired. Wait for a new code and try again."),
        )
    return render(request, "accounts/login_verify.html", {"form": form})


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    confirmed = actions.confirmed_totp_device(user=user)
    if confirmed is not None:
        return render(
            request,
            "accounts/two_factor.html",
            {
                "enabled": True,
                "may_disable": not (user.is_superuser and settings.REQUIRE_ADMIN_2FA),
            },
        )
    device = actions.start_totp_enrolment(user=user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if actions.confirm_totp_device(device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            messages.success(
                request, _("Two-step sign-in is on. You will need your app from now on.")
            )
            return redirect("agencies:staff_entry")
        form.add_error(
            "token", _("The code does not match. Check the time on your phone and try again.")
        )
    context = {
        "enabled": False,
        "form": form,
        "qr_data_uri": _qr_data_uri(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode("ascii"),
        "required": user.is_superuser and settings.REQUIRE_ADMIN_2FA,
    }
    return render(request, "accounts/two_factor.html", context)


@require_POST
@login_required
def two_factor_disable(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if user.is_superuser and settings.REQUIRE_ADMIN_2FA:
        messages.error(request, _("Administrators must keep two-step sign-in on."))
    else:
        actions.remove_totp_devices(user=user)
        messages.success(request, _("Two-step sign-in is off."))
    return redirect("accounts:two_factor")


@login_required
def api_token(request: HttpRequest) -> HttpResponse:
    """A token acts for its owner without the second step, so it is shown and made only in a
    session that passed the second step when the account has one (or must have one)."""
    user = request.user
    assert isinstance(user, User)
    if actions.needs_second_step(user=user) and not user.is_verified():  # type: ignore[attr-defined]
        if actions.confirmed_totp_device(user=user) is None:
            messages.error(request, _("Set up two-step sign-in before making an API token."))
            return redirect("accounts:two_factor_setup")
        return render(request, "accounts/api_token.html", {"needs_second_step": True}, status=403)
    if request.method == "POST":
        actions.renew_api_token(user=user)
        messages.success(request, _("A new API token was made; the old one no longer works."))
        return redirect("accounts:api_token")
    token = Token.objects.filter(user=user).first()
    return render(request, "accounts/api_token.html", {"token": token})


def _qr_data_uri(text: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("agencies:staff_entry")

    def form_valid(self, form: Any) -> HttpResponse:
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)
