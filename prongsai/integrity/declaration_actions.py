"""Changes to the No Gift Policy declaration: start a year, edit, approve.

Each owns its transaction and refuses with a ValidationError (a Thai message) before writing,
so nothing is half-saved. An approved version is never changed: saving over it makes the next
version, a draft.
"""

from dataclasses import asdict, dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import declaration_text, queries
from prongsai.integrity.models import Declaration
from prongsai.lib.fiscal import fiscal_year_bounds, is_plausible_year


@dataclass(frozen=True)
class DeclarationData:
    title_th: str
    preamble_th: str
    commitments_th: str
    title_en: str
    preamble_en: str
    commitments_en: str
    declared_on: date
    signer_name: str
    signer_position: str


def check_declared_on(year: int, declared_on: date) -> None:
    start, end = fiscal_year_bounds(year)
    if not start <= declared_on <= end:
        raise ValidationError(
            _("The date must fall in fiscal year %(year)s (1 October to 30 September).")
            % {"year": year},
            code="outside_year",
        )


def start_declaration(
    *, agency: Agency, year: int, by: User, today: date | None = None
) -> Declaration:
    """The year's first draft: last year's text moved on to this year, else the template."""
    today = today or timezone.localdate()
    if not is_plausible_year(year):
        raise ValidationError(_("Choose a fiscal year in the Buddhist era, for example 2568."))
    if queries.current_declaration(agency, year) is not None:
        raise ValidationError(_("The declaration of this year has already been started."))
    previous = queries.latest_before(agency, year)
    name, position = queries.director_of(agency)
    if previous is None:
        text = asdict(declaration_text.template(agency, year))
    else:
        fields = ("title_th", "preamble_th", "commitments_th", "title_en", "preamble_en")
        text = {
            field: declaration_text.carried_over(getattr(previous, field), previous.year, year)
            for field in (*fields, "commitments_en")
        }
        name = name or previous.signer_name
    try:
        with transaction.atomic():
            return Declaration.objects.create(
                agency=agency,
                year=year,
                version=1,
                declared_on=declaration_text.default_day(year, today),
                signer_name=name,
                signer_position=position,
                created_by=by,
                **text,
            )
    except IntegrityError:
        raise ValidationError(_("The declaration of this year has already been started.")) from None


def save_declaration(*, declaration: Declaration, data: DeclarationData, by: User) -> Declaration:
    """Save the text: a draft is updated; an approved version stays as it is and the change
    becomes the next version, a draft for the director to approve."""
    check_declared_on(declaration.year, data.declared_on)
    values = {
        key: value.strip() if isinstance(value, str) else value
        for key, value in asdict(data).items()
    }
    with transaction.atomic():
        locked = Declaration.objects.select_for_update().get(pk=declaration.pk)
        if locked.status == Declaration.Status.DRAFT:
            for key, value in values.items():
                setattr(locked, key, value)
            locked.save()
            return locked
        newest = queries.current_declaration(locked.agency, locked.year)
        if newest is not None and newest.pk != locked.pk:
            raise ValidationError(
                _("Someone has just started a new version of this declaration. Open it again.")
            )
        return Declaration.objects.create(
            agency=locked.agency,
            year=locked.year,
            version=locked.version + 1,
            created_by=by,
            **values,
        )


def approve_declaration(*, declaration: Declaration, by: User) -> Declaration:
    """The director approves the draft: it is published and frozen (who and when recorded)."""
    if not queries.is_head(by, declaration.agency):
        raise ValidationError(_("Only the director approves the declaration."))
    with transaction.atomic():
        locked = Declaration.objects.select_for_update().get(pk=declaration.pk)
        if locked.status != Declaration.Status.DRAFT:
            raise ValidationError(_("This version has already been approved."))
        fields = ["status", "approved_by", "approved_at", "updated_at"]
        if not locked.signer_name.strip():  # the director approving is the one who signs
            locked.signer_name = by.display_name
            fields.append("signer_name")
        locked.status = Declaration.Status.APPROVED
        locked.approved_by = by
        locked.approved_at = timezone.now()
        locked.save(update_fields=fields)
    return locked
