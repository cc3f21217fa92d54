"""Writes about agencies, units and people. Views, the API and commands call these."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.grants import apply_roles, as_actor, check_target
from prongsai.agencies.invitations import invite_person
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.outbox.actions import queue_mail


@dataclass(frozen=True)
class PersonData:
    """What an administrator types (or a sheet row holds) about one person.

    The e-mail address identifies the person: an account that already uses it is invited, never
    attached; the username is only used when a new account is made. Nobody sets another person's
    password: a new account gets a set-password link.
    """

    username: str
    first_name: str
    last_name: str
    roles: Sequence[str]
    title: str = ""
    email: str = ""
    phone: str = ""
    unit: Unit | None = None
    position: str = ""


def check_unit_parent(*, unit: Unit, parent: Unit | None) -> None:
    """A unit's parent must be in the same agency and must not be the unit or below it."""
    if parent is None:
        return
    if parent.agency_id != unit.agency_id:
        raise ValidationError(_("The parent unit must belong to the same agency."))
    node: Unit | None = parent
    while node is not None:
        if unit.pk is not None and node.pk == unit.pk:
            raise ValidationError(_("A unit cannot be placed inside itself or its own sub-unit."))
        node = node.parent


def check_agency_parent(*, agency: Agency, parent: Agency | None) -> None:
    node = parent
    while node is not None:
        if agency.pk is not None and node.pk == agency.pk:
            raise ValidationError(
                _("An agency cannot be placed under itself or an agency below it.")
            )
        node = node.parent


def save_agency(*, agency: Agency) -> Agency:
    """Create or update an agency after checking that its place in the tree makes sense.

    Side effects: an audit-log entry (django-auditlog).
    """
    check_agency_parent(agency=agency, parent=agency.parent)
    with transaction.atomic():
        agency.full_clean()
        agency.save()
    return agency


def save_unit(*, unit: Unit) -> Unit:
    """Create or update a unit. Side effects: an audit-log entry."""
    check_unit_parent(unit=unit, parent=unit.parent)
    with transaction.atomic():
        unit.full_clean()
        unit.save()
    return unit


def delete_unit(*, unit: Unit) -> None:
    """Delete a unit that has no sub-units. People in it stay, without a unit.

    Side effects: an audit-log entry.
    """
    if unit.children.exists():
        raise ValidationError(
            _("“%(name)s” still has sub-units. Move or delete them first.") % {"name": unit}
        )
    with transaction.atomic():
        unit.delete()


def set_roles(
    *,
    user: User,
    agency: Agency,
    roles: Iterable[str],
    unit: Unit | None,
    position: str,
    by: User | None,
) -> list[Membership]:
    """Make the user's roles in this agency exactly `roles`, each with the unit and position.

    Refused for a site administrator's account and for one's own roles. Granting the complaint
    officer role is mailed to the person and to every site administrator.

    Side effects: memberships created, updated or deleted (each in the audit log, with `by`).
    """
    check_target(user=user, by=by)
    return apply_roles(user=user, agency=agency, roles=roles, unit=unit, position=position, by=by)


class Added(StrEnum):
    CREATED = "created"  # a new account was made and given the roles
    INVITED = "invited"  # an existing account was invited; nothing changes until it accepts
    ATTACHED = "attached"  # a site administrator gave an existing account the roles directly


def add_person(
    *, agency: Agency, data: PersonData, by: User | None, request: HttpRequest | None = None
) -> tuple[User, Added]:
    """Add a person to the agency by e-mail address.

    - No account uses the address: a new account is made (no password; a set-password link is
      mailed) with the roles here.
    - One account uses it: it is invited (an e-mail with a link to accept); its roles change
      only when its owner, signed in, accepts. A site administrator gives the roles at once.
    - A site administrator's account, one's own account, or an address shared by several
      accounts: refused with a message.

    Side effects: user, memberships or an invitation saved (audit log); mail queued.
    """
    email = data.email.strip()
    if not email:
        raise ValidationError(
            _("Give the person's e-mail address: it is how Prongsai finds or makes their account.")
        )
    acting_admin = by is not None and by.is_site_admin
    with transaction.atomic(), as_actor(by):
        accounts = list(User.objects.filter(email__iexact=email)[:2])
        if len(accounts) > 1:
            raise ValidationError(
                _("Several accounts use this e-mail address. Ask the site administrator.")
            )
        if accounts:
            user = accounts[0]
            check_target(user=user, by=by)
            if Membership.objects.filter(user=user, agency=agency).exists():
                raise ValidationError(
                    _("This person already has roles here. Use “Edit” in the list instead.")
                )
            if acting_admin:
                apply_roles(
                    user=user,
                    agency=agency,
                    roles=data.roles,
                    unit=data.unit,
                    position=data.position,
                    by=by,
                )
                return user, Added.ATTACHED
            invite_person(
                agency=agency,
                user=user,
                roles=data.roles,
                unit=data.unit,
                position=data.position,
                by=by,
                request=request,
            )
            return user, Added.INVITED
        if not data.username:
            raise ValidationError(_("No account uses this e-mail address: choose a username."))
        if not re.fullmatch(r"[A-Za-z0-9_.@+-]+", data.username):
            # Full-width or other look-alike letters would pass a case-insensitive check and be
            # stored as another account that reads like an existing one ("Ａｄｍｉｎ" → "Admin").
            raise ValidationError(
                _("Use English letters, digits and @ . + - _ only, without spaces.")
            )
        if User.objects.filter(username__iexact=data.username).exists():
            raise ValidationError(
                _("This username is already taken. Choose another username for the new account.")
            )
        user = User(
            username=data.username,
            title=data.title,
            first_name=data.first_name,
            last_name=data.last_name,
            email=email,
            phone=data.phone,
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
        apply_roles(
            user=user,
            agency=agency,
            roles=data.roles,
            unit=data.unit,
            position=data.position,
            by=by,
        )
        # After commit, so a rolled-back import mails nobody.
        transaction.on_commit(lambda: send_set_password_email(user=user, request=request))
    return user, Added.CREATED


def import_people(
    *,
    agency: Agency,
    rows: Sequence[PersonData],
    by: User | None,
    request: HttpRequest | None = None,
) -> dict[Added, int]:
    """Add every person of a checked sheet, or nobody if one fails. Returns counts by outcome.

    Side effects: as `add_person` for each row (existing accounts are invited, not attached).
    """
    counts = dict.fromkeys(Added, 0)
    with transaction.atomic():
        for data in rows:
            _user, added = add_person(agency=agency, data=data, by=by, request=request)
            counts[added] += 1
    return counts


def update_person(*, user: User, agency: Agency, data: PersonData, by: User | None) -> User:
    """Change a person's roles here and, when `may_edit_profile`, their title, names and phone.

    Never their e-mail address or password: only the account's owner (or the site administrator
    in Django admin) changes those. One's own roles are not changed here.

    Side effects: user and memberships saved (audit log).
    """
    if user.is_superuser:
        check_target(user=user, by=by)
    current = set(
        Membership.objects.filter(user=user, agency=agency).values_list("role", flat=True)
    )
    roles_change = current != set(data.roles)
    with transaction.atomic(), as_actor(by):
        if may_edit_profile(user=user, agency=agency, by=by):
            user.title = data.title
            user.first_name = data.first_name
            user.last_name = data.last_name
            user.phone = data.phone
            user.full_clean()
            user.save(update_fields=["title", "first_name", "last_name", "phone"])
        if roles_change or by is None or by.pk != user.pk:
            set_roles(
                user=user,
                agency=agency,
                roles=data.roles,
                unit=data.unit,
                position=data.position,
                by=by,
            )
        else:  # one's own unit and position, roles untouched
            for membership in Membership.objects.filter(user=user, agency=agency):
                membership.unit = data.unit
                membership.position = data.position
                membership.save(update_fields=["unit", "position"])
    return user


def remove_person(*, user: User, agency: Agency, by: User | None) -> int:
    """Take away every role the person holds in this agency. The account itself stays.

    Side effects: memberships deleted (audit log).
    """
    check_target(user=user, by=by)
    with transaction.atomic(), as_actor(by):
        deleted, _detail = Membership.objects.filter(user=user, agency=agency).delete()
    return deleted


def may_edit_profile(*, user: User, agency: Agency, by: User | None) -> bool:
    """A director edits the title, names and phone only of people who belong to no other
    agency; nobody edits a site administrator's account from an agency's pages."""
    if user.is_superuser:
        return False
    if by is not None and by.is_site_admin:
        return True
    return not Membership.objects.filter(user=user).exclude(agency=agency).exists()


def send_set_password_email(*, user: User, request: HttpRequest | None) -> None:
    """Mail the person a one-time link to choose their password (Django's reset tokens)."""
    link = reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    base = request.build_absolute_uri("/").rstrip("/") if request else settings.SITE_URL
    context = {"user": user, "link": base + link, "site_name": settings.SITE_NAME}
    queue_mail(
        to=[user.email],
        subject=render_to_string("registration/password_set_subject.txt", context).strip(),
        body=render_to_string("registration/password_set_email.txt", context),
        kind="accounts.set_password",
    )
