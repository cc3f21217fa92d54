"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _loan(status: str) -> Callable[[Agency], dict[str, Any]]:
    def sample(agency: Agency) -> dict[str, Any]:
        from tests.assets.helpers import make_loan

        return {"pk": make_loan(agency, status=status).pk}

    return sample


def _damage(agency: Agency) -> dict[str, Any]:
    from prongsai.assets import loan_actions
    from prongsai.assets.models import Asset
    from tests.assets.helpers import make_loan
    from tests.factories import member

    loan = make_loan(agency, status="handed_over")
    item = loan.items.get()
    damages = loan_actions.take_back(
        loan=loan,
        actor=member(agency, "asset_officer"),
        on=loan.handed_over_on,
        conditions={item.pk: Asset.Condition.DAMAGED},
    )
    return {"pk": loan.pk, "damage": damages[0].pk}


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
    b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _photo(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.assets import loan_actions
    from tests.assets.helpers import make_loan
    from tests.factories import member

    loan = make_loan(agency, status="handed_over")
    loan_actions.take_back(
        loan=loan,
        actor=member(agency, "asset_officer"),
        on=loan.handed_over_on,
        conditions={},
        photo=SimpleUploadedFile("back.png", PNG, content_type="image/png"),
    )
    return {"pk": loan.pk}


def _check(agency: Agency) -> Any:
    from datetime import date

    from prongsai.agencies.roles import Role
    from prongsai.assets import check_actions
    from tests.factories import member

    return check_actions.appoint_committee(
        agency=agency,
        actor=member(agency, Role.DIRECTOR),
        data=check_actions.Committee(
            fiscal_year=2568,
            appointed_on=date(2025, 9, 15),
            order_number="",
            chair=member(agency, Role.STAFF),
            members=[],
            secretary=None,
        ),
    )


def _check_pk(agency: Agency) -> dict[str, Any]:
    return {"pk": _check(agency).pk}


def _check_asset(agency: Agency) -> dict[str, Any]:
    from tests.assets.helpers import make_asset

    check = _check(agency)
    return {"pk": check.pk, "asset": make_asset(agency, number="CHECK-0001").pk}


def _check_printed(agency: Agency) -> dict[str, Any]:
    """A check whose documents are printed already (the print job runs after a commit the
    walker's transaction never makes)."""
    from prongsai.assets.check_documents import request_check_pdf
    from prongsai.printing.actions import print_pending

    check = _check(agency)
    request_check_pdf(check)
    print_pending()
    return {"pk": check.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "assets:check_detail": _check_pk,
    "assets:check_report": _check_pk,
    "assets:check_documents_docx": _check_pk,
    "assets:check_documents_pdf": _check_printed,
    "assets:check_asset": _check_asset,
    "assets:loan_detail": _loan("requested"),
    "assets:loan_check": _loan("requested"),
    "assets:loan_decide": _loan("checked"),
    "assets:loan_cancel": _loan("requested"),
    "assets:loan_hand_over": _loan("approved"),
    "assets:loan_return": _loan("handed_over"),
    "assets:loan_damage": _damage,
    "assets:loan_photo": _photo,
    "assets:loan_slip_pdf": _loan("handed_over"),
    "assets:loan_slip_docx": _loan("handed_over"),
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    from tests.assets.helpers import make_asset

    return {"pk": make_asset(agency).pk}
