"""Public pages of an agency, and the back office for its structure and people."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.accounts.models import User
from prongsai.agencies import actions, invitations, queries
from prongsai.agencies.access import (
    get_agency_or_404,
    get_pending_invitation_for_staff,
    get_person_for_staff,
    get_unit_for_staff,
    site_admin_view,
    staff_view,
    user_of,
)
from prongsai.agencies.forms import (
    AgencyForm,
    EditPersonForm,
    PeopleImportForm,
    PersonForm,
    UnitForm,
)
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.people_import import (
    TEMPLATE_HEADINGS,
    SheetError,
    parse_people,
    read_table,
)
from prongsai.agencies.public_sections import home_blocks, public_sections
from prongsai.agencies.roles import ALL_ROLES, PEOPLE_MANAGERS, SITE_ADMIN, Role

IMPORT_SALT = "prongsai.people-import"


# ---------------------------------------------------------------- public pages


def index(request: HttpRequest) -> HttpResponse:
    agencies = list(queries.active_agencies())
    if len(agencies) == 1:
        return redirect(agencies[0])
    return render(request, "agencies/index.html", {"rows": queries.agency_tree_rows(agencies)})


def home(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    context = {
        "agency": agency_obj,
        "sections": public_sections(agency_obj),
        "blocks": home_blocks(agency_obj),
        "children": queries.active_agencies().filter(parent=agency_obj),
    }
    return render(request, "agencies/home.html", context)


def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial view: load balancers poll it, and `make bench` uses it as the baseline."""
    return HttpResponse("ok", content_type="text/plain")


# ---------------------------------------------------------------- staff entry


@login_required
def staff_entry(request: HttpRequest) -> HttpResponse:
    """Where login lands: the only agency's back office, or a choice among several."""
    user = request.user
    assert isinstance(user, User)
    agencies = list(queries.agencies_of(user))
    if len(agencies) == 1 and not user.is_superuser:
        return redirect("agencies:staff_home", agency=agencies[0].slug)
    if user.is_superuser:
        agencies = list(queries.active_agencies())
    return render(
        request,
        "agencies/staff_entry.html",
        {"rows": queries.agency_tree_rows(agencies), "is_site_admin": user.is_superuser},
    )


@staff_view(*ALL_ROLES, SITE_ADMIN)
def staff_home(request: HttpRequest, agency: Agency) -> HttpResponse:
    return render(request, "agencies/staff_home.html", staff_context(request, agency))


@staff_view(Role.SUPERVISOR, Role.DIRECTOR, SITE_ADMIN)
def staff_agencies_below(request: HttpRequest, agency: Agency) -> HttpResponse:
    below = queries.agencies_below(agency).annotate(
        people=Count("memberships__user", distinct=True)
    )
    context = staff_context(request, agency, rows=queries.agency_tree_rows(below))
    return render(request, "agencies/staff_agencies_below.html", context)


# ---------------------------------------------------------------- agency details


@staff_view(*PEOPLE_MANAGERS)
def staff_agency_edit(request: HttpRequest, agency: Agency) -> HttpResponse:
    can_move = SITE_ADMIN in request.roles  # type: ignore[attr-defined]
    form = AgencyForm(request.POST or None, instance=agency, can_move=can_move)
    if request.method == "POST" and form.is_valid():
        try:
            saved = actions.save_agency(agency=form.save(commit=False))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The agency details were saved."))
            return redirect("agencies:staff_agency_edit", agency=saved.slug)
    return render(request, "agencies/agency_form.html", staff_context(request, agency, form=form))


@site_admin_view
def admin_agencies(request: HttpRequest) -> HttpResponse:
    rows = queries.agency_tree_rows(queries.agencies_with_people())
    return render(request, "agencies/admin_agencies.html", {"rows": rows})


@site_admin_view
def admin_agency_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    parent_slug = request.GET.get("parent", "")
    if parent_slug:
        initial["parent"] = queries.agency_by_slug(parent_slug)
    form = AgencyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            agency = actions.save_agency(agency=form.save(commit=False))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("“%(name)s” was created. Add its units and people next.") % {"name": agency},
            )
            return redirect("agencies:staff_home", agency=agency.slug)
    return render(request, "agencies/admin_agency_new.html", {"form": form})


# ---------------------------------------------------------------- units


@staff_view(*PEOPLE_MANAGERS)
def staff_units(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = UnitForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        try:
            unit = actions.save_unit(unit=form.save(commit=False))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The unit “%(name)s” was added.") % {"name": unit})
            return redirect("agencies:staff_units", agency=agency.slug)
    rows = queries.unit_tree_rows(agency)
    counts = queries.people_per_unit(agency)
    unit_rows = [(unit, depth, counts.get(unit.pk, 0)) for unit, depth in rows]
    context = staff_context(request, agency, form=form, unit_rows=unit_rows)
    return render(request, "agencies/units.html", context)


@staff_view(*PEOPLE_MANAGERS)
def staff_unit_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    unit = get_unit_for_staff(request, pk)
    form = UnitForm(request.POST or None, instance=unit, agency=agency)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_unit(unit=form.save(commit=False))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The unit “%(name)s” was saved.") % {"name": unit})
            return redirect("agencies:staff_units", agency=agency.slug)
    return render(
        request, "agencies/unit_form.html", staff_context(request, agency, form=form, unit=unit)
    )


@staff_view(*PEOPLE_MANAGERS)
@require_POST
def staff_unit_delete(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    unit = get_unit_for_staff(request, pk)
    try:
        actions.delete_unit(unit=unit)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The unit “%(name)s” was deleted.") % {"name": unit})
    return redirect("agencies:staff_units", agency=agency.slug)


# ---------------------------------------------------------------- people


@staff_view(*PEOPLE_MANAGERS)
def staff_people(request: HttpRequest, agency: Agency) -> HttpResponse:
    people = list(queries.members_of(agency))
    invitations = list(queries.pending_invitations(agency))
    context = staff_context(request, agency, people=people, invitations=invitations)
    return render(request, "agencies/people.html", context)


@staff_view(*PEOPLE_MANAGERS)
def staff_person_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = PersonForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        try:
            user, added = actions.add_person(
                agency=agency, data=form.person_data(), by=user_of(request), request=request
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if added == actions.Added.INVITED:
                messages.info(
                    request,
                    _(
                        "An account already uses %(email)s, so its owner was sent an "
                        "invitation. The roles are given only when they accept it."
                    )
                    % {"email": form.cleaned_data["email"]},
                )
            else:
                messages.success(request, _("%(name)s was added.") % {"name": user})
            return redirect("agencies:staff_people", agency=agency.slug)
    context = staff_context(request, agency, form=form)
    return render(request, "agencies/person_form.html", context)


@staff_view(*PEOPLE_MANAGERS)
def staff_person_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    user = get_person_for_staff(request, pk)
    memberships = queries.memberships_of(user, agency)
    actor = user_of(request)
    edit_profile = actions.may_edit_profile(user=user, agency=agency, by=actor)
    initial = {
        "title": user.title,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "phone": user.phone,
        "roles": [m.role for m in memberships],
        "unit": memberships[0].unit if memberships else None,
        "position": memberships[0].position if memberships else "",
    }
    form = EditPersonForm(
        request.POST or None, initial=initial, agency=agency, profile_locked=not edit_profile
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_person(user=user, agency=agency, data=form.person_data(), by=actor)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(name)s was saved.") % {"name": user})
            return redirect("agencies:staff_people", agency=agency.slug)
    context = staff_context(request, agency, form=form, person=user, edit_profile=edit_profile)
    return render(request, "agencies/person_form.html", context)


@staff_view(*PEOPLE_MANAGERS)
@require_POST
def staff_person_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    user = get_person_for_staff(request, pk)
    try:
        actions.remove_person(user=user, agency=agency, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("%(name)s no longer has any role in this agency.") % {"name": user}
        )
    return redirect("agencies:staff_people", agency=agency.slug)


@staff_view(*PEOPLE_MANAGERS)
@require_POST
def staff_invitation_cancel(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    invitation = get_pending_invitation_for_staff(request, pk)
    invitations.cancel_invitation(invitation=invitation, by=user_of(request))
    messages.success(
        request, _("The invitation to %(email)s was cancelled.") % {"email": invitation.email}
    )
    return redirect("agencies:staff_people", agency=agency.slug)


@login_required
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The invited person, signed in, accepts or declines. Anyone else: 404."""
    user = request.user
    assert isinstance(user, User)
    found = queries.pending_invitation(token=token, user=user)
    if found is None:
        raise Http404
    if request.method == "POST":
        accept = "accept" in request.POST
        try:
            invitations.answer_invitation(invitation=found, user=user, accept=accept)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("agencies:staff_entry")
        if accept:
            messages.success(
                request, _("You now have your roles in %(agency)s.") % {"agency": found.agency}
            )
            return redirect("agencies:staff_home", agency=found.agency.slug)
        messages.info(request, _("You declined the invitation."))
        return redirect("agencies:staff_entry")
    return render(request, "agencies/invitation.html", {"invitation": found})


@staff_view(*PEOPLE_MANAGERS)
def staff_people_import(request: HttpRequest, agency: Agency) -> HttpResponse:
    """Upload → preview with per-row errors → confirm. The preview carries the rows signed."""
    form = PeopleImportForm()
    rows = None
    token = ""
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm_import(request, agency)
    if request.method == "POST":
        form = PeopleImportForm(request.POST, request.FILES)
        if form.is_valid():
            sheet = form.cleaned_data["sheet"]
            try:
                rows = parse_people(agency, read_table(sheet.name, sheet.read()))
            except SheetError as error:
                form.add_error("sheet", str(error))
            else:
                if not any(row.errors for row in rows):
                    token = signing.dumps(
                        [[row.values, row.roles, row.unit_id] for row in rows], salt=IMPORT_SALT
                    )
    context = staff_context(
        request,
        agency,
        form=form,
        rows=rows,
        token=token,
        has_errors=bool(rows and any(row.errors for row in rows)),
        headings=TEMPLATE_HEADINGS,
    )
    return render(request, "agencies/people_import.html", context)


def _confirm_import(request: HttpRequest, agency: Agency) -> HttpResponse:
    try:
        payload = signing.loads(request.POST.get("token", ""), salt=IMPORT_SALT, max_age=3600)
    except signing.BadSignature:
        messages.error(request, _("The preview has expired. Please upload the file again."))
        return redirect("agencies:staff_people_import", agency=agency.slug)
    units = queries.units_by_pk(agency)
    people = [
        actions.PersonData(
            username=values.get("username", ""),
            title=values.get("title", ""),
            first_name=values.get("first_name", ""),
            last_name=values.get("last_name", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            roles=roles,
            unit=units.get(unit_id) if unit_id else None,
            position=values.get("position", ""),
        )
        for values, roles, unit_id in payload
    ]
    try:
        counts = actions.import_people(
            agency=agency, rows=people, by=user_of(request), request=request
        )
    except ValidationError as error:
        messages.error(
            request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.messages)}
        )
        return redirect("agencies:staff_people_import", agency=agency.slug)
    messages.success(
        request,
        _(
            "Imported: %(created)d new accounts, %(invited)d invitations sent to existing "
            "accounts, %(attached)d existing accounts given roles here."
        )
        % {
            "created": counts[actions.Added.CREATED],
            "invited": counts[actions.Added.INVITED],
            "attached": counts[actions.Added.ATTACHED],
        },
    )
    return redirect("agencies:staff_people", agency=agency.slug)


@staff_view(*PEOPLE_MANAGERS)
def staff_people_import_template(request: HttpRequest, agency: Agency) -> HttpResponse:
    """A CSV with the headings and one example row, UTF-8 with BOM so Excel shows Thai."""
    import csv

    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response

    response = file_response(
        Rendered(b"", CONTENT_TYPES["csv"], "people-template.csv"), inline=False
    )
    response.write("\ufeff")
    from prongsai.exports.cells import csv_row  # texts never start a formula (OWASP)

    writer = csv.writer(response)
    writer.writerow(csv_row(TEMPLATE_HEADINGS))
    unit = queries.first_unit(agency)
    writer.writerow(
        csv_row(
            [
                "somchai.j",
                "นาย",
                "สมชาย",
                "ใจดี",
                "somchai@example.com",
                "0812345678",
                "บุคลากร, หัวหน้างาน",
                unit.name_th if unit else "",
                "ครู",
            ]
        )
    )
    return response
