"""The rules behind every change of someone's roles, shared by the people actions and the
invitations: who may be changed, who did it (audit log), and who is told."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from auditlog.context import auditlog_value, set_actor
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import Role


@contextmanager
def as_actor(by: User | None) -> Iterator[None]:
    """Record `by` as the actor of the audit-log entries written inside (requests, commands,
    jobs alike), then give the request's own audit context back."""
    if by is None:
        yield
        return
    previous = auditlog_value.get(None)
    try:
        with set_actor(by):
            yield
    finally:
        if previous is not None:
            auditlog_value.set(previous)


def check_target(*, user: User, by: User | None) -> None:
    """The rules every change of someone's roles from an agency's pages obeys."""
    if user.is_superuser:
        raise ValidationError(
            _(
                "This account belongs to a site administrator and cannot be changed from an "
                "agency's pages."
            )
        )
    if by is not None and by.pk == user.pk:
        raise ValidationError(
            _("You cannot change your own roles. Ask the site administrator or another director.")
        )


def apply_roles(
    *,
    user: User,
    agency: Agency,
    roles: Iterable[str],
    unit: Unit | None,
    position: str,
    by: User | None,
) -> list[Membership]:
    wanted = set(roles)
    if not wanted:
        raise ValidationError(_("Choose at least one role."))
    if unit is not None and unit.agency_id != agency.pk:
        raise ValidationError(_("The unit must belong to this agency."))
    with transaction.atomic(), as_actor(by):
        before = set(
            Membership.objects.filter(user=user, agency=agency).values_list("role", flat=True)
        )
        for membership in Membership.objects.filter(user=user, agency=agency).exclude(
            role__in=wanted
        ):
            membership.delete()
        kept = []
        for role in sorted(wanted):
            membership, _created = Membership.objects.update_or_create(
                user=user, agency=agency, role=role, defaults={"unit": unit, "position": position}
            )
            kept.append(membership)
        if Role.COMPLAINT_OFFICER in wanted - before:
            notify_access_granted(
                person=user,
                agency=agency,
                what=str(_("the complaint officer role (reads the content of complaints)")),
                by=by,
            )
    return kept


def notify_access_granted(*, person: User, agency: Agency, what: str, by: User | None) -> None:
    """Tell the person and every active site administrator that `what` was granted.

    Called inside the granting transaction: the mail leaves only if the grant is committed.
    """
    from prongsai.outbox.actions import queue_mail

    admins = list(
        User.objects.filter(is_superuser=True, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    context = {
        "agency": agency.name_th,
        "what": what,
        "person": f"{person.display_name} ({person.username})",
        "by": f"{by.display_name} ({by.username})" if by else _("the system"),
    }
    subject = _("Access granted in %(agency)s") % context
    body = (
        _(
            "%(by)s granted %(person)s %(what)s in %(agency)s.\n\n"
            "If this was not expected, tell the site administrator at once. "
            "The change is recorded in the audit log."
        )
        % context
    )
    queue_mail(to=[person.email, *admins], subject=subject, body=body, kind="access_granted")


def notify_if_complaint_officer(
    *, membership: Membership, previous_role: str | None, by: User | None
) -> None:
    """For writes that bypass `set_roles` (Django admin): a new complaint officer is told, and
    so is every site administrator."""
    if membership.role == Role.COMPLAINT_OFFICER and previous_role != Role.COMPLAINT_OFFICER:
        notify_access_granted(
            person=membership.user,
            agency=membership.agency,
            what=str(_("the complaint officer role (reads the content of complaints)")),
            by=by,
        )
