"""Invitations: an existing account takes roles in an agency only by accepting one."""

import secrets
from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.grants import apply_roles, as_actor, check_target
from prongsai.agencies.models import Agency, Invitation, Membership, Unit

INVITATION_DAYS = 14


def invite_person(
    *,
    agency: Agency,
    user: User,
    roles: Sequence[str],
    unit: Unit | None,
    position: str,
    by: User | None,
    request: HttpRequest | None = None,
) -> Invitation:
    """Invite an existing account to take roles here; an earlier pending invitation is replaced.

    Side effects: invitation saved (only a hash of its token); an e-mail queued to the
    account's own address.
    """
    from prongsai.outbox.actions import queue_mail

    if not roles:
        raise ValidationError(_("Choose at least one role."))
    if unit is not None and unit.agency_id != agency.pk:
        raise ValidationError(_("The unit must belong to this agency."))
    check_target(user=user, by=by)
    token = secrets.token_urlsafe(32)
    with transaction.atomic(), as_actor(by):
        Invitation.objects.filter(
            agency=agency, user=user, status=Invitation.Status.PENDING
        ).update(status=Invitation.Status.CANCELLED)
        invitation = Invitation.objects.create(
            agency=agency,
            user=user,
            email=user.email,
            roles=sorted(set(roles)),
            unit=unit,
            position=position,
            token_hash=Invitation.hash_token(token),
            invited_by=by,
            expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
        )
        path = reverse("agencies:invitation", kwargs={"token": token})
        base = request.build_absolute_uri("/").rstrip("/") if request else settings.SITE_URL
        context = {
            "agency": agency.name_th,
            "by": by.display_name if by else settings.SITE_NAME,
            "roles": ", ".join(invitation.role_labels()),
            "link": base + path,
            "days": INVITATION_DAYS,
            "username": user.username,
        }
        body = (
            _(
                "%(by)s invites your account “%(username)s” to take these roles in %(agency)s: "
                "%(roles)s.\n\n"
                "Nothing changes until you accept. Sign in and open this link to accept or "
                "decline (it works for %(days)d days):\n\n%(link)s\n\n"
                "If you did not expect this, ignore this e-mail or tell the site administrator."
            )
            % context
        )
        queue_mail(
            to=[user.email],
            subject=_("Invitation to %(agency)s") % context,
            body=body,
            kind="invitation",
        )
    return invitation


def answer_invitation(*, invitation: Invitation, user: User, accept: bool) -> Invitation:
    """The invited person, signed in, accepts (roles added here) or declines.

    Side effects: memberships saved (audit log, the person as actor); invitation closed.
    """
    with transaction.atomic(), as_actor(user):
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if (
            locked.status != Invitation.Status.PENDING
            or locked.user_id != user.pk
            or locked.expires_at <= timezone.now()
        ):
            raise ValidationError(_("This invitation is no longer valid."))
        if accept:
            current = Membership.objects.filter(user=user, agency=locked.agency).values_list(
                "role", flat=True
            )
            apply_roles(
                user=user,
                agency=locked.agency,
                roles={*current, *locked.roles},
                unit=locked.unit,
                position=locked.position,
                by=user,
            )
            locked.status = Invitation.Status.ACCEPTED
            locked.accepted_at = timezone.now()
        else:
            locked.status = Invitation.Status.DECLINED
        locked.save(update_fields=["status", "accepted_at"])
    return locked


def cancel_invitation(*, invitation: Invitation, by: User | None) -> None:
    """Side effects: the pending invitation is cancelled (its link stops working)."""
    with transaction.atomic(), as_actor(by):
        Invitation.objects.filter(pk=invitation.pk, status=Invitation.Status.PENDING).update(
            status=Invitation.Status.CANCELLED
        )
