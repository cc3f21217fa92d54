"""Every staff URL the project defines, walked with the three personas and an anonymous visitor.

A new staff URL fails this test until it is guarded by `staff_view`/`site_admin_view` (or, in
the API, by `HasAgencyRole`) and, if it takes more than the agency, until SAMPLE_KWARGS below
knows how to fill its other parts.
"""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import ALL_ROLES, SITE_ADMIN, Role
from tests.conftest import login
from tests.factories import UnitFactory, UserFactory, member

# Paths under these prefixes are staff pages (agency-scoped or installation-wide).
STAFF_MARKERS = ("/staff/",)
API_PREFIX = "/api/v1/agencies/"
# Public API endpoints under /api/v1/agencies/<agency>/…, by URL name.
PUBLIC_API = {
    "api:agency_detail",
    "api:unit_list",
    "api:measures_published",
    "api:oit_public",
    "api:complaint_file",
    "api:services_statistics",
}
# The router after sign-in: any signed-in person, showing only their own agencies (tested in
# tests/accounts/test_login.py).
EXEMPT = {"agencies:staff_entry", "agencies:invitation"}
# agencies:invitation is the link in an invitation e-mail: any signed-in person may open it, and
# it answers 404 unless the token is for that very account (tests/agencies/test_people_security).
# Views that only act on POST (and redirect); the walk posts to them.
POST_ONLY = {
    "agencies:staff_unit_delete",
    "agencies:staff_person_remove",
    "agencies:staff_invitation_cancel",
    "measures:staff_publish",
    "measures:staff_measure_add",
    "measures:staff_row_add",
    "measures:staff_row_delete",
    "complaints:staff_act",
    "oit:staff_evidence_delete",
    "oit:staff_evidence_version",
    "oit:staff_seed_measures",
    "oit:staff_campaign_tick",
    "manuals:staff_submit",
    "manuals:staff_approve",
    "manuals:staff_return",
    "manuals:staff_new_version",
    "services:staff_walk_in",
}


def walk(
    resolver: URLResolver, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, Callable[..., Any]]]:
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}{entry.namespace}:"
            yield from walk(entry, route, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield route, f"{namespace}{entry.name}", entry.callback


def staff_urls() -> list[tuple[str, str, Callable[..., Any]]]:
    found = []
    for route, name, callback in walk(get_resolver()):
        path = "/" + route
        if name.startswith("admin:"):
            continue  # Django admin has its own staff/superuser gate, tested in test_admin.py
        if name in EXEMPT:
            continue
        if any(marker in path for marker in STAFF_MARKERS) or (
            path.startswith(API_PREFIX) and "<slug:agency>" in route and name not in PUBLIC_API
        ):
            found.append((route, name, callback))
    return found


STAFF_URLS = staff_urls()


def _plan(agency: Agency):
    from prongsai.measures.actions import start_standard_plan
    from prongsai.measures.models import Plan

    return Plan.objects.filter(agency=agency, fiscal_year=2570).first() or start_standard_plan(
        agency=agency, year=2570
    )


def _row_kwargs(agency: Agency) -> dict[str, Any]:
    plan = _plan(agency)
    return {"year": plan.fiscal_year, "pk": plan.measures.first().rows.first().pk}


def _measure_kwargs(agency: Agency) -> dict[str, Any]:
    plan = _plan(agency)
    return {"year": plan.fiscal_year, "pk": plan.measures.first().pk}


def _publish_request_kwargs(agency: Agency) -> dict[str, Any]:
    from django.utils import timezone

    from prongsai.measures.document import to_dict
    from prongsai.measures.models import PublishRequest
    from prongsai.measures.queries import plan_with_rows, report_document

    plan = _plan(agency)
    document = to_dict(report_document(plan_with_rows(agency, plan.fiscal_year), "plan"))
    sent = PublishRequest.objects.create(
        plan=plan, kind="plan", document=document, submitted_at=timezone.now(), status="returned"
    )
    return {"year": plan.fiscal_year, "pk": sent.pk}


def _complaint(agency: Agency):
    from prongsai.complaints.actions import NewComplaint, file_complaint

    complaint, _receipt = file_complaint(
        agency=agency,
        data=NewComplaint(category="bribe", what_happened="มีการเรียกรับเงินเพื่อรับเข้าเรียน"),
    )
    return complaint


def _file_kwargs(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.complaints.actions import NewComplaint, file_complaint

    complaint, _receipt = file_complaint(
        agency=agency,
        data=NewComplaint(category="asset", what_happened="นำคอมพิวเตอร์ของโรงเรียนไปใช้ที่บ้าน"),
        attachments=[SimpleUploadedFile("photo.png", b"\x89PNG evidence")],
    )
    return {"pk": complaint.pk, "file_pk": complaint.attachments.get().pk}


def _own_checklist(agency: Agency) -> Any:
    from prongsai.oit.actions import copy_checklist
    from prongsai.oit.models import Checklist

    source = Checklist.objects.get(year=2566, scheme="nacc", owner=None)
    found = Checklist.objects.filter(owner=agency, year=2567).first()
    return found or copy_checklist(source=source, owner=agency, year=2567)


def _oit_evidence_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.oit.actions import add_link, answer_for
    from prongsai.oit.queries import default_checklist

    item = default_checklist(agency, 2566).items.get(code="O1")
    evidence = add_link(
        answer=answer_for(agency=agency, item=item),
        title="โครงสร้าง",
        url="https://example.com/structure",
        dated_on=None,
    )
    return {"year": 2566, "code": "O1", "pk": evidence.pk}


def _oit_file_kwargs(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.oit.actions import add_file, answer_for
    from prongsai.oit.queries import default_checklist

    item = default_checklist(agency, 2566).items.get(code="O1")
    evidence = add_file(
        answer=answer_for(agency=agency, item=item),
        title="โครงสร้าง",
        upload=SimpleUploadedFile("โครงสร้าง.pdf", b"%PDF-1.4 structure"),
        dated_on=None,
        by=UserFactory(),
    )
    return {"year": 2566, "code": "O1", "pk": evidence.pk}


def _progress_file_kwargs(agency: Agency) -> dict[str, Any]:
    from datetime import date

    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.measures.actions import record_progress

    plan = _plan(agency)
    update = record_progress(
        row=plan.measures.first().rows.first(),
        author=UserFactory(),
        happened_on=date(2025, 11, 1),
        text="ประชุมชี้แจง",
        evidence_file=SimpleUploadedFile("รายงาน.pdf", b"%PDF-1.4 report"),
    )
    return {"year": plan.fiscal_year, "pk": update.pk}


def _service_request_kwargs(agency: Agency, *, with_file: bool = False) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.services import actions as services

    service = services.create_from_template(agency=agency, key="transcript")
    file_field = service.fields.get(kind="file")
    files = {file_field.pk: SimpleUploadedFile("id.pdf", b"%PDF-1.4")} if with_file else {}
    filed = services.submit_request(
        service=service,
        requester=services.Requester("ผู้ขอ", "requester@example.com"),
        answers={},
        files=files,
    )
    kwargs: dict[str, Any] = {"pk": filed.pk}
    if with_file:
        kwargs["file_pk"] = filed.files.get().pk
    return kwargs


def _service_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.services.actions import create_from_template

    return {"pk": create_from_template(agency=agency, key="enquiry").pk}


def _manual_kwargs(agency: Agency) -> dict[str, Any]:
    from datetime import date

    from prongsai.manuals.actions import ManualData, StepData, create_manual

    manual = create_manual(
        agency=agency,
        data=ManualData(
            title="คู่มือการยืมพัสดุ",
            owner_unit=None,
            purpose="",
            scope="",
            review_on=date(2099, 9, 30),
            changes="",
            steps=[StepData("ยื่นคำขอยืม", "ผู้ยืม", 15)],
        ),
        actor=None,
    )
    return {"pk": manual.pk}


def _invitation_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.agencies.invitations import invite_person

    invitation = invite_person(
        agency=agency,
        user=UserFactory(),
        roles=[Role.STAFF],
        unit=None,
        position="",
        by=None,
    )
    return {"pk": invitation.pk}


def sample_kwargs(name: str, agency: Agency) -> dict[str, Any]:
    """Fill the URL's other parts with an object that belongs to `agency`."""
    makers: dict[str, Callable[[], dict[str, Any]]] = {
        "services:staff_request": lambda: _service_request_kwargs(agency),
        "services:staff_request_file": lambda: _service_request_kwargs(agency, with_file=True),
        "services:staff_service_edit": lambda: _service_kwargs(agency),
        "oit:staff_checklist": lambda: {"year": 2566},
        "oit:staff_item": lambda: {"year": 2566, "code": "O1"},
        "oit:staff_pack": lambda: {"year": 2566},
        "oit:staff_evidence_delete": lambda: _oit_evidence_kwargs(agency),
        "oit:staff_evidence_version": lambda: _oit_evidence_kwargs(agency),
        "oit:staff_evidence_file": lambda: _oit_file_kwargs(agency),
        "oit:staff_readiness": lambda: {"year": 2566},
        "oit:staff_seed_measures": lambda: {"year": 2568},
        "oit:staff_campaign": lambda: {"year": 2568},
        "oit:staff_campaign_tick": lambda: {"year": 2568},
        "oit:staff_campaign_poster": lambda: {"year": 2568},
        "oit:staff_schools": lambda: {"year": 2566},
        "oit:staff_own_checklist": lambda: {"pk": _own_checklist(agency).pk},
        "complaints:staff_detail": lambda: {"pk": _complaint(agency).pk},
        "complaints:staff_act": lambda: {"pk": _complaint(agency).pk},
        "complaints:staff_file": lambda: _file_kwargs(agency),
        "measures:staff_plan": lambda: {"year": _plan(agency).fiscal_year},
        "measures:staff_draft": lambda: {"year": _plan(agency).fiscal_year, "fmt": "txt"},
        "measures:staff_publish": lambda: {"year": _plan(agency).fiscal_year},
        "measures:staff_publish_review": lambda: _publish_request_kwargs(agency),
        "measures:staff_measure_add": lambda: {"year": _plan(agency).fiscal_year},
        "measures:staff_measure_edit": lambda: _measure_kwargs(agency),
        "measures:staff_row_add": lambda: _measure_kwargs(agency),
        "measures:staff_row_edit": lambda: _row_kwargs(agency),
        "measures:staff_row_delete": lambda: _row_kwargs(agency),
        "measures:staff_progress": lambda: _row_kwargs(agency),
        "measures:staff_evidence_file": lambda: _progress_file_kwargs(agency),
        "manuals:staff_detail": lambda: _manual_kwargs(agency),
        "manuals:staff_edit": lambda: _manual_kwargs(agency),
        "manuals:staff_submit": lambda: _manual_kwargs(agency),
        "manuals:staff_approve": lambda: _manual_kwargs(agency),
        "manuals:staff_return": lambda: _manual_kwargs(agency),
        "manuals:staff_new_version": lambda: _manual_kwargs(agency),
        "agencies:staff_unit_edit": lambda: {"pk": UnitFactory(agency=agency).pk},
        "agencies:staff_unit_delete": lambda: {"pk": UnitFactory(agency=agency).pk},
        "agencies:staff_person_edit": lambda: {"pk": member(agency, Role.STAFF).pk},
        "agencies:staff_person_remove": lambda: {"pk": member(agency, Role.STAFF).pk},
        "agencies:staff_invitation_cancel": lambda: _invitation_kwargs(agency),
    }
    return makers.get(name, dict)()


def roles_of(callback: Callable[..., Any]) -> frozenset[str]:
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return frozenset(view_class.required_roles)
    return frozenset(callback.staff_roles)


def is_agency_scoped(route: str) -> bool:
    return "<slug:agency>" in route


def fetch(client, name: str, route: str, agency: Agency | None, *, kwargs: dict[str, Any]):
    full = {"agency": agency.slug, **kwargs} if is_agency_scoped(route) else kwargs
    url = reverse(name, kwargs=full)
    if name in POST_ONLY:
        return client.post(url), url
    return client.get(url), url


def test_the_walk_finds_the_staff_urls():
    names = {name for _route, name, _cb in STAFF_URLS}
    assert {"agencies:staff_home", "agencies:staff_people", "api:member_list"} <= names


@pytest.mark.parametrize(
    ("route", "name", "callback"), STAFF_URLS, ids=[n for _r, n, _c in STAFF_URLS]
)
def test_every_staff_url_is_guarded(route, name, callback):
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        from prongsai.api.permissions import HasAgencyRole

        assert HasAgencyRole in view_class.permission_classes, f"{name} is not behind HasAgencyRole"
        assert view_class.required_roles, f"{name} names no required_roles"
    else:
        assert hasattr(callback, "staff_roles"), (
            f"{name} is not wrapped in staff_view/site_admin_view"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("route", "name", "callback"), STAFF_URLS, ids=[n for _r, n, _c in STAFF_URLS]
)
def test_personas(client, school, other_school, route, name, callback):
    allowed = roles_of(callback)
    is_api = route.startswith("api/")
    kwargs = sample_kwargs(name, school)

    # Anonymous: sent to sign in (pages) or told to authenticate (API), never shown the page.
    response, url = fetch(client, name, route, school, kwargs=kwargs)
    if is_api:
        assert response.status_code == 401, url
        assert "detail" in response.json()
    else:
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:login"))

    # The owner: a role the URL allows, in this agency.
    owner_role = sorted(allowed - {SITE_ADMIN})[0] if allowed - {SITE_ADMIN} else SITE_ADMIN
    if owner_role == SITE_ADMIN:
        owner = UserFactory(is_superuser=True, is_staff=True)
    else:
        owner = member(school, owner_role)
    login(client, owner)
    response, url = fetch(client, name, route, school, kwargs=kwargs)
    expected = 302 if name in POST_ONLY else 200
    assert response.status_code == expected, f"{owner_role} should open {url}"
    if name in POST_ONLY:
        assert not response["Location"].startswith(reverse("accounts:login"))
    client.logout()

    # A colleague in the same agency with a role the URL does not allow.
    others = sorted(ALL_ROLES - allowed)
    if others:
        colleague = member(school, others[0])
        login(client, colleague)
        response, url = fetch(client, name, route, school, kwargs=kwargs)
        assert response.status_code == 403, f"{others[0]} must be refused {url}"
        if is_api:
            assert "detail" in response.json()
        client.logout()

    # An outsider: the same role, but in another agency.
    if owner_role != SITE_ADMIN and is_agency_scoped(route):
        outsider = member(other_school, owner_role)
        login(client, outsider)
        response, url = fetch(client, name, route, school, kwargs=kwargs)
        assert response.status_code == 404, f"{owner_role} of another agency must not see {url}"
        client.logout()

        # And the owner cannot reach the other agency's objects through their own agency's URL.
        if "pk" in kwargs:
            foreign = sample_kwargs(name, other_school)
            login(client, owner)
            response, url = fetch(client, name, route, school, kwargs=foreign)
            assert response.status_code == 404, f"{url} leaked another agency's object"
            client.logout()
