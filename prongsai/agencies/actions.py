"""Writes about agencies, units and people. Views, the API and commands call these."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership, Unit


@dataclass(frozen=True)
class PersonData:
    """What an administrator types (or a sheet row holds) about one person."""

    username: str
    first_name: str
    last_name: str
    roles: Sequence[str]
    title: str = ""
    email: str = ""
    phone: str = ""
    unit: Unit | None = None
    position: str = ""
    password: str = ""


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
    *, user: User, agency: Agency, roles: Iterable[str], unit: Unit | None, position: str
) -> list[Membership]:
    """Make the user's roles in this agency exactly `roles`, each with the unit and position.

    Side effects: memberships created, updated or deleted (each in the audit log).
    """
    wanted = set(roles)
    if not wanted:
        raise ValidationError(_("Choose at least one role."))
    if unit is not None and unit.agency_id != agency.pk:
        raise ValidationError(_("The unit must belong to this agency."))
    with transaction.atomic():
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
    return kept


def add_person(
    *, agency: Agency, data: PersonData, request: HttpRequest | None = None
) -> tuple[User, bool]:
    """Give a person roles in the agency, creating their account if the username is new.

    An existing account keeps its name and password (it may belong to another agency too); only
    its roles here are set. A new account gets the password given, or, with none, an unusable
    one and an e-mail with a link to choose it. Returns (user, created).

    Side effects: user and memberships saved (audit log); a password e-mail may be sent.
    """
    with transaction.atomic():
        user = User.objects.filter(username__iexact=data.username).first()
        created = user is None
        if user is None:
            if not data.password and not data.email:
                raise ValidationError(
                    _("Give either an e-mail address (to send a set-password link) or a password.")
                )
            user = User(
                username=data.username,
                title=data.title,
                first_name=data.first_name,
                last_name=data.last_name,
                email=data.email,
                phone=data.phone,
            )
            if data.password:
                user.set_password(data.password)
            else:
                user.set_unusable_password()
            user.full_clean()
            user.save()
        set_roles(
            user=user, agency=agency, roles=data.roles, unit=data.unit, position=data.position
        )
        if created and not data.password and data.email:
            # After commit, so a rolled-back import mails nobody.
            transaction.on_commit(lambda: send_set_password_email(user=user, request=request))
    return user, created


def import_people(
    *, agency: Agency, rows: Sequence[PersonData], request: HttpRequest | None = None
) -> tuple[int, int]:
    """Add every person of a checked sheet, or nobody if one fails. Returns (created, updated).

    Side effects: as `add_person` for each row.
    """
    created_count = 0
    with transaction.atomic():
        for data in rows:
            _user, created = add_person(agency=agency, data=data, request=request)
            created_count += int(created)
    return created_count, len(rows) - created_count


def update_person(*, user: User, agency: Agency, data: PersonData, edit_profile: bool) -> User:
    """Change a person's roles here and, when allowed, their name and contact details.

    Side effects: user and memberships saved (audit log).
    """
    with transaction.atomic():
        if edit_profile:
            user.title = data.title
            user.first_name = data.first_name
            user.last_name = data.last_name
            user.email = data.email
            user.phone = data.phone
            if data.password:
                user.set_password(data.password)
            user.full_clean()
            user.save()
        set_roles(
            user=user, agency=agency, roles=data.roles, unit=data.unit, position=data.position
        )
    return user


def remove_person(*, user: User, agency: Agency) -> int:
    """Take away every role the person holds in this agency. The account itself stays.

    Side effects: memberships deleted (audit log).
    """
    with transaction.atomic():
        deleted, _detail = Membership.objects.filter(user=user, agency=agency).delete()
    return deleted


def may_edit_profile(*, user: User, agency: Agency, actor_is_site_admin: bool) -> bool:
    """A director edits the profile only of people who belong to no other agency."""
    if actor_is_site_admin:
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
    send_mail(
        subject=render_to_string("registration/password_set_subject.txt", context).strip(),
        message=render_to_string("registration/password_set_email.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
