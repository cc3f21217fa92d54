"""The annual check's steps as plain functions, each in one transaction: the director appoints
the committee, a member records each asset's result (which goes into the asset's history and,
when it differs, the register's condition), a member sends the report."""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.assets import check_queries as queries
from prongsai.assets import check_rules as rules
from prongsai.assets.models import Asset, AssetCheck, AssetEvent, CheckMember, CheckResult


@dataclass(frozen=True)
class Committee:
    fiscal_year: int
    appointed_on: date
    order_number: str
    chair: User | None
    members: list[User]
    secretary: User | None


def appoint_committee(*, agency: Agency, actor: User, data: Committee) -> AssetCheck:
    people = [p for p in [data.chair, *data.members, data.secretary] if p is not None]
    errors = rules.committee_errors(
        chair=data.chair.pk if data.chair else None,
        members=[person.pk for person in data.members],
        secretary=data.secretary.pk if data.secretary else None,
        officers=queries.asset_officers(agency),
        appointer=actor.pk,
        names={person.pk: person.display_name for person in people},
    )
    if errors:
        raise ValidationError(errors)
    start = rules.starts_on(data.fiscal_year)
    positions = queries.positions(agency)
    try:
        with transaction.atomic():
            check = AssetCheck.objects.create(
                agency=agency,
                fiscal_year=data.fiscal_year,
                order_number=data.order_number.strip(),
                appointed_on=data.appointed_on,
                appointed_by=actor,
                starts_on=start,
                due_on=rules.due_on(start),
            )
            roles = [(data.chair, CheckMember.Role.CHAIR)]
            roles += [(person, CheckMember.Role.MEMBER) for person in data.members]
            roles += [(data.secretary, CheckMember.Role.SECRETARY)]
            for person, role in roles:
                if person is not None:
                    CheckMember.objects.create(
                        check_round=check,
                        user=person,
                        role=role,
                        position=positions.get(person.pk, ""),
                    )
    except IntegrityError:
        raise ValidationError(
            {
                "fiscal_year": _(
                    "A committee for the fiscal year %(year)s is already appointed; open it "
                    "from the list of checks."
                )
                % {"year": data.fiscal_year}
            }
        ) from None
    return check


def _locked(check: AssetCheck) -> AssetCheck:
    return AssetCheck.objects.select_for_update().get(pk=check.pk)


def record_result(
    *,
    check: AssetCheck,
    asset: Asset,
    condition: str,
    note: str,
    actor: User,
    today: date | None = None,
) -> CheckResult:
    """The committee's finding for one asset. It goes into the asset's history, and the
    register's condition follows it (a lost asset is one not found)."""
    today = today or timezone.localdate()
    if condition not in Asset.Condition.values:
        raise ValidationError(_("Choose what the committee found."))
    with transaction.atomic():
        current = _locked(check)
        error = rules.recording_error(
            starts=current.starts_on,
            reported=current.status == AssetCheck.Status.REPORTED,
            today=today,
        )
        if error:
            raise ValidationError(error)
        held = Asset.objects.select_for_update().get(pk=asset.pk)
        result, _created = CheckResult.objects.update_or_create(
            check_round=current,
            asset=held,
            defaults={"condition": condition, "note": note.strip()[:300], "checked_by": actor},
        )
        changes = [{"field": "check", "old": "", "new": str(current.fiscal_year)}]
        if held.condition != condition:
            changes.append({"field": "condition", "old": held.condition, "new": condition})
            held.condition = condition
            held.save(update_fields=["condition", "updated_at"])
        if result.note:
            changes.append({"field": "notes", "old": "", "new": result.note})
        AssetEvent.objects.create(
            asset=held, kind=AssetEvent.Kind.CHECKED, changes=changes, actor=actor
        )
        current.save(update_fields=["updated_at"])  # the documents are printed anew
    return result


@dataclass(frozen=True)
class Findings:
    receipts_correct: bool
    count_matches: bool
    findings: str


def send_report(
    *, check: AssetCheck, data: Findings, actor: User, today: date | None = None
) -> AssetCheck:
    """The committee's report to the director: every covered asset has its result."""
    today = today or timezone.localdate()
    with transaction.atomic():
        current = _locked(check)
        if current.status == AssetCheck.Status.REPORTED:
            raise ValidationError(_("The report has already been sent."))
        if today < current.starts_on:
            raise ValidationError(
                _("The check starts on the first working day of October; report after it.")
            )
        error = rules.report_error(unchecked=queries.progress(current).left)
        if error:
            raise ValidationError(error)
        current.receipts_correct = data.receipts_correct
        current.count_matches = data.count_matches
        current.findings = data.findings.strip()
        current.status = AssetCheck.Status.REPORTED
        current.reported_on = today
        current.save()
    return current
