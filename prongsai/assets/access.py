"""Who may do what with the asset register, and the gate that fetches an asset for a person.

The asset officer and the director keep the register (add, edit, import). Every other staff
role of the agency reads it (staff will borrow from it), and so do those who oversee the agency.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, user_of
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.assets import check_queries, loan_queries, loan_rules, queries
from prongsai.assets.models import Asset, AssetCheck, Damage, Loan

ASSET_MANAGERS: frozenset[str] = frozenset({Role.ASSET_OFFICER, Role.DIRECTOR})
ASSET_READERS: frozenset[str] = frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.ASSET_OFFICER,
        Role.DIRECTOR,
        Role.SUPERVISOR,
        SITE_ADMIN,
    }
)


def can_manage(roles: frozenset[str]) -> bool:
    return bool(roles & ASSET_MANAGERS)


def can_borrow(roles: frozenset[str]) -> bool:
    return bool(roles & BORROWERS)


# ---------------------------------------------------------------- gates (one per guarded object)


def get_asset_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Asset:
    """The agency's asset (404 otherwise); `act` = change it: the asset officer or the director
    (403 for anyone else)."""
    asset = queries.asset_for_staff(agency_of(request), pk)
    if act and not can_manage(roles_of(request)):
        raise PermissionDenied
    return asset


# ---------------------------------------------------------------- loans
# Any staff member borrows; the asset officer (and the director) check, hand over and take
# back; who approves is the ข้อ 208 rule of `loan_rules.may_approve`.
BORROWERS: frozenset[str] = ASSET_READERS - {Role.SUPERVISOR, SITE_ADMIN}
LOAN_KEEPERS: frozenset[str] = ASSET_MANAGERS
SETTINGS_EDITORS: frozenset[str] = frozenset({Role.DIRECTOR})
# The list of every loan with the borrowers' names: those who keep the loans and those who
# oversee the agency.
LOAN_EXPORTERS: frozenset[str] = LOAN_KEEPERS | {Role.SUPERVISOR, SITE_ADMIN}


def get_loan_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Loan:
    """The agency's loan (404 otherwise), readable by every reader of the register; `act` =
    check, hand over or take back: the asset officer or the director (403 for anyone else)."""
    loan = loan_queries.loan_for_staff(agency_of(request), pk)
    if act and not roles_of(request) & LOAN_KEEPERS:
        raise PermissionDenied
    return loan


def may_decide(request: HttpRequest, loan: Loan) -> bool:
    agency = agency_of(request)
    user = user_of(request)
    return loan_rules.may_approve(
        loan,
        user_id=user.pk,
        roles=roles_of(request),
        headed_units=loan_queries.headed_units(agency, user),
        delegate_id=loan_queries.delegate_id(agency),
    )


def get_loan_to_decide(request: HttpRequest, pk: int) -> Loan:
    """The loan for its approver under ข้อ 208 (403 for anyone else; 404 elsewhere)."""
    loan = get_loan_for_staff(request, pk)
    if not may_decide(request, loan):
        raise PermissionDenied
    return loan


def may_cancel(request: HttpRequest, loan: Loan) -> bool:
    return loan.borrower_id == user_of(request).pk or bool(roles_of(request) & LOAN_KEEPERS)


def get_loan_to_cancel(request: HttpRequest, pk: int) -> Loan:
    """The borrower's own loan, or any loan for the asset officer and the director."""
    loan = get_loan_for_staff(request, pk)
    if not may_cancel(request, loan):
        raise PermissionDenied
    return loan


def get_damage_for_staff(request: HttpRequest, pk: int, damage: int) -> Damage:
    loan = get_loan_for_staff(request, pk, act=True)
    for item in loan.items.all():
        found: Damage | None = getattr(item, "damage", None)
        if found is not None and found.pk == damage:
            return found
    raise Http404


# ---------------------------------------------------------------- the annual check (ข้อ 213)
# The director appoints the committee; its members record the results and send the report;
# every reader of the register follows it.
CHECK_APPOINTERS: frozenset[str] = frozenset({Role.DIRECTOR})


def is_check_member(request: HttpRequest, check: AssetCheck) -> bool:
    return check_queries.is_member(check, user_of(request))


def get_check_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> AssetCheck:
    """The agency's check (404 otherwise); `act` = record results or report: a member of its
    committee (403 for anyone else)."""
    check = check_queries.check_for_staff(agency_of(request), pk)
    if act and not is_check_member(request, check):
        raise PermissionDenied
    return check
