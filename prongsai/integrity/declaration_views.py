"""The No Gift Policy declaration's back-office pages: the years, start a year, edit, approve."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity import queries
from prongsai.integrity.access import (
    DECLARATION_APPROVERS,
    DECLARATION_EDITORS,
    get_declaration_for_staff,
)
from prongsai.integrity.declaration_forms import DeclarationForm, StartForm
from prongsai.integrity.models import Declaration
from prongsai.lib.fiscal import fiscal_year


def _start_years(agency: Agency, started: set[int]) -> list[int]:
    """The years one may start: this fiscal year, the next and the last, not yet started."""
    now = fiscal_year(timezone.localdate())
    return [year for year in (now + 1, now, now - 1) if year not in started]


@staff_view(*DECLARATION_EDITORS)
def declarations(request: HttpRequest, agency: Agency) -> HttpResponse:
    rows = queries.declaration_summary(agency)
    years = _start_years(agency, {year for year, _current, _approved in rows})
    now = fiscal_year(timezone.localdate())
    start = StartForm(years=years, initial={"year": now if now in years else None})
    context = staff_context(request, agency, rows=rows, start=start if years else None)
    return render(request, "integrity/declarations.html", context)


@staff_view(*DECLARATION_EDITORS)
@require_POST
def declaration_start(request: HttpRequest, agency: Agency) -> HttpResponse:
    started = {year for year, _current, _approved in queries.declaration_summary(agency)}
    form = StartForm(request.POST, years=_start_years(agency, started))
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(error) for error in errors))
        return redirect("integrity:declarations", agency=agency.slug)
    year = form.cleaned_data["year"]
    try:
        actions.start_declaration(agency=agency, year=year, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("integrity:declarations", agency=agency.slug)
    messages.success(
        request, _("The draft of %(year)s is ready: check the text and save it.") % {"year": year}
    )
    return redirect("integrity:declaration_edit", agency=agency.slug, year=year)


def _edit_page(
    request: HttpRequest, agency: Agency, declaration: Declaration, form: DeclarationForm
) -> HttpResponse:
    approved = queries.approved_declaration(agency, declaration.year)
    context = staff_context(
        request,
        agency,
        declaration=declaration,
        approved=approved,
        form=form,
        can_approve=bool(roles_of(request) & DECLARATION_APPROVERS),
    )
    return render(request, "integrity/declaration_edit.html", context)


@staff_view(*DECLARATION_EDITORS)
def declaration_edit(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    declaration = get_declaration_for_staff(request, year)
    if request.method != "POST":
        form = DeclarationForm(initial=DeclarationForm.initial_of(declaration), year=year)
        return _edit_page(request, agency, declaration, form)
    form = DeclarationForm(request.POST, year=year)
    if form.is_valid():
        was_approved = declaration.status == Declaration.Status.APPROVED
        try:
            saved = actions.save_declaration(
                declaration=declaration, data=form.declaration_data(), by=user_of(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if was_approved:
                text = _(
                    "Version %(number)s was saved as a draft. The approved version stays "
                    "published until the director approves this one."
                ) % {"number": saved.version}
            else:
                text = _("The draft was saved.")
            messages.success(request, text)
            return redirect("integrity:declaration_edit", agency=agency.slug, year=year)
    return _edit_page(request, agency, declaration, form)


@staff_view(*DECLARATION_APPROVERS)
@require_POST
def declaration_approve(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    declaration = get_declaration_for_staff(request, year, act=True)
    try:
        actions.approve_declaration(declaration=declaration, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The declaration was approved and is now published."))
    return redirect("integrity:declaration_edit", agency=agency.slug, year=year)
