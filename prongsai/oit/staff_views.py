"""The OIT checklist in the back office: choose the year's list, work item by item."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import has_agencies_below, may_open, staff_context
from prongsai.agencies.models import Agency
from prongsai.oit import actions, queries
from prongsai.oit.access import (
    CHECKLIST_MANAGERS,
    CHECKLIST_READERS,
    EVIDENCE_WRITERS,
    OIT_EDITORS,
    OIT_READERS,
    OVERVIEW_ROLES,
    can_edit,
    get_evidence_for_staff,
    get_item_for_staff,
    get_own_checklist_for_staff,
    writes_item,
)
from prongsai.oit.forms import (
    AnswerForm,
    CopyChecklistForm,
    FileForm,
    LinkForm,
    StartYearForm,
    VersionForm,
)
from prongsai.oit.models import Answer, Item


@staff_view(*OIT_READERS)
def staff_index(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = StartYearForm(request.POST or None, agency=agency)
    if request.method == "POST":
        if not can_edit(roles_of(request)):
            raise PermissionDenied
        if form.is_valid():
            try:
                actions.choose_checklist(
                    agency=agency,
                    year=form.cleaned_data["year"],
                    checklist=form.cleaned_data["checklist"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(
                    "oit:staff_checklist", agency=agency.slug, year=form.cleaned_data["year"]
                )
    years = queries.agency_years(agency)
    roles = roles_of(request)
    office = has_agencies_below(agency)
    context = staff_context(
        request,
        agency,
        years=years,
        form=form,
        can_edit=can_edit(roles),
        # An office: its schools' table and its own lists, for those who may open them.
        show_schools=office and bool(roles & OVERVIEW_ROLES),
        schools_year=queries.overview_year(agency, timezone.localdate()) if office else None,
        schools_years=queries.years_below(agency) if office else [],
        show_own_lists=office and bool(roles & CHECKLIST_READERS),
    )
    return render(request, "oit/staff_index.html", context)


def _year_not_started(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    """A year with no list yet: explain, point to the newest year the agency has, and let the
    officer start it from a copy of the newest earlier list."""
    source = queries.newest_list_before(agency, year)
    editor = can_edit(roles_of(request))
    if request.method == "POST":
        if not editor:
            raise PermissionDenied
        if source is not None:
            actions.start_year_from_copy(agency=agency, year=year, source=source)
            messages.success(
                request,
                _("Fiscal year %(year)s was started from the list of %(source)s.")
                % {"year": year, "source": source.year},
            )
            return redirect("oit:staff_checklist", agency=agency.slug, year=year)
    context = staff_context(
        request,
        agency,
        year=year,
        source=source,
        years=queries.started_years(agency),
        can_edit=editor,
    )
    return render(request, "oit/staff_year_missing.html", context)


@staff_view(*OIT_READERS)
def staff_checklist(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    checklist = queries.checklist_for(agency, year)
    if checklist is None:
        return _year_not_started(request, agency, year)
    states = queries.item_states(agency, year, timezone.localdate(), checklist)
    context = staff_context(
        request,
        agency,
        year=year,
        checklist=checklist,
        chosen=queries.has_chosen(agency, year),
        groups=queries.by_subindicator(states),
        score=queries.oit_score(states),
        ready=sum(1 for state in states if state.status in ("ready", "published")),
        # Pages this system made for items the officer has not published yet: offered.
        offered=[
            state
            for state in states
            if any(evidence.kind == "generated" for evidence in state.evidence)
            and (state.answer is None or state.answer.status != Answer.Status.PUBLISHED)
        ],
        total=len(states),
        can_edit=can_edit(roles_of(request)),
        may_pack=may_open(
            reverse("oit:staff_pack", kwargs={"agency": agency.slug, "year": year}),
            roles_of(request),
        ),
        show_schools=has_agencies_below(agency) and bool(roles_of(request) & OVERVIEW_ROLES),
    )
    return render(request, "oit/staff_checklist.html", context)


def _answer_initial(answer: Answer | None, item: Item) -> dict[str, object]:
    """The answer form as stored (what a disabled field keeps when the form is posted)."""
    stored = list(answer.ticks) if answer else []
    return {
        "status": answer.status if answer else Answer.Status.DRAFT,
        "explanation": answer.explanation if answer else "",
        "ticks": [str(i) for i in range(len(item.requirements)) if i < len(stored) and stored[i]],
        "owner_user": answer.owner_user if answer else None,
        "owner_unit": answer.owner_unit if answer else None,
        "due_date": answer.due_date if answer else None,
    }


def _item_page(
    request: HttpRequest,
    agency: Agency,
    year: int,
    item: Item,
    *,
    form: AnswerForm | None = None,
    link_form: LinkForm | None = None,
    file_form: FileForm | None = None,
) -> HttpResponse:
    """The item page; a refused form comes back bound, with its errors and what was typed."""
    state = queries.item_state(agency, year, timezone.localdate(), item)
    editor = can_edit(roles_of(request))
    if form is None:
        initial = _answer_initial(state.answer, item)
        form = AnswerForm(initial=initial, agency=agency, item=item, editor=editor)
    context = staff_context(
        request,
        agency,
        year=year,
        item=item,
        state=state,
        form=form,
        link_form=link_form or LinkForm(prefix="link"),
        file_form=file_form or FileForm(prefix="file"),
        version_form=VersionForm(),
        editor=editor,
        writer=writes_item(request, state.answer),
        generated=[evidence for evidence in state.evidence if evidence.kind == "generated"],
        published=state.answer is not None and state.answer.status == Answer.Status.PUBLISHED,
    )
    return render(request, "oit/staff_item.html", context)


def _back_to_item(agency: Agency, year: int, code: str) -> HttpResponse:
    return redirect("oit:staff_item", agency=agency.slug, year=year, code=code)


@staff_view(*OIT_READERS)
@require_safe
def staff_item(request: HttpRequest, agency: Agency, year: int, code: str) -> HttpResponse:
    return _item_page(request, agency, year, get_item_for_staff(request, year, code))


# The item page's forms, one URL each. Opened (GET), each shows the item page.


@staff_view(*EVIDENCE_WRITERS)
def staff_item_answer(request: HttpRequest, agency: Agency, year: int, code: str) -> HttpResponse:
    item = get_item_for_staff(request, year, code, act=request.method == "POST")
    if request.method != "POST":
        return _item_page(request, agency, year, item)
    editor = can_edit(roles_of(request))
    answer = actions.answer_for(agency=agency, item=item)
    initial = _answer_initial(answer, item)
    form = AnswerForm(request.POST, initial=initial, agency=agency, item=item, editor=editor)
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.save_answer(
                answer=answer,
                status=data["status"],
                explanation=data["explanation"],
                ticks=form.ticks_list(len(item.requirements)),
                owner_user=data["owner_user"],
                owner_unit=data["owner_unit"],
                due_date=data["due_date"],
            )
        except ValidationError as error:
            # Nothing was saved: the form shows the stored status, not the refused one.
            refused = request.POST.copy()
            refused["status"] = answer.status
            form = AnswerForm(refused, initial=initial, agency=agency, item=item, editor=editor)
            form.is_valid()
            form.add_error("status" if error.code == "no_evidence" else None, error)
        else:
            messages.success(request, _("%(code)s was saved.") % {"code": item.code})
            return _back_to_item(agency, year, code)
    return _item_page(request, agency, year, item, form=form)


@staff_view(*OIT_EDITORS)
def staff_item_publish(request: HttpRequest, agency: Agency, year: int, code: str) -> HttpResponse:
    item = get_item_for_staff(request, year, code, act=request.method == "POST")
    if request.method != "POST":
        return _item_page(request, agency, year, item)
    try:
        actions.publish_answer(answer=actions.answer_for(agency=agency, item=item))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(code)s is published with its evidence. Tick the components it shows.")
            % {"code": item.code},
        )
    return _back_to_item(agency, year, code)


@staff_view(*EVIDENCE_WRITERS)
def staff_item_link(request: HttpRequest, agency: Agency, year: int, code: str) -> HttpResponse:
    item = get_item_for_staff(request, year, code, act=request.method == "POST")
    if request.method != "POST":
        return _item_page(request, agency, year, item)
    answer = actions.answer_for(agency=agency, item=item)
    link_form = LinkForm(request.POST, prefix="link")
    if link_form.is_valid():
        actions.add_link(answer=answer, **link_form.cleaned_data)
        messages.success(request, _("The link was added."))
        return _back_to_item(agency, year, code)
    return _item_page(request, agency, year, item, link_form=link_form)


@staff_view(*EVIDENCE_WRITERS)
def staff_item_file(request: HttpRequest, agency: Agency, year: int, code: str) -> HttpResponse:
    item = get_item_for_staff(request, year, code, act=request.method == "POST")
    if request.method != "POST":
        return _item_page(request, agency, year, item)
    answer = actions.answer_for(agency=agency, item=item)
    file_form = FileForm(request.POST, request.FILES, prefix="file")
    if file_form.is_valid():
        try:
            actions.add_file(
                answer=answer,
                title=file_form.cleaned_data["title"],
                upload=file_form.cleaned_data["file"],
                dated_on=file_form.cleaned_data["dated_on"],
                by=user_of(request),
            )
        except ValidationError as error:
            file_form.add_error("file", error)
        else:
            messages.success(request, _("The file was uploaded."))
            return _back_to_item(agency, year, code)
    return _item_page(request, agency, year, item, file_form=file_form)


@staff_view(*EVIDENCE_WRITERS)
@require_POST
def staff_evidence_delete(
    request: HttpRequest, agency: Agency, year: int, code: str, pk: int
) -> HttpResponse:
    evidence = get_evidence_for_staff(request, year, code, pk, act=True)
    if actions.remove_evidence(evidence=evidence):
        messages.warning(
            request,
            _("The evidence was removed. The item has no evidence left, so it is a draft again."),
        )
    else:
        messages.success(request, _("The evidence was removed."))
    return redirect("oit:staff_item", agency=agency.slug, year=year, code=code)


@staff_view(*EVIDENCE_WRITERS)
@require_POST
def staff_evidence_version(
    request: HttpRequest, agency: Agency, year: int, code: str, pk: int
) -> HttpResponse:
    evidence = get_evidence_for_staff(request, year, code, pk, act=True)
    form = VersionForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            actions.add_version(
                evidence=evidence,
                upload=form.cleaned_data["file"],
                by=user_of(request),
                dated_on=form.cleaned_data["dated_on"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The new version is the one published now."))
    else:
        messages.error(request, _("Choose the file to upload."))
    return redirect("oit:staff_item", agency=agency.slug, year=year, code=code)


@staff_view(*CHECKLIST_READERS)
def staff_checklists(request: HttpRequest, agency: Agency) -> HttpResponse:
    """An office's own lists: copy a year's list, edit its items, publish it to the schools."""
    own = queries.own_checklists(agency)
    form = CopyChecklistForm(request.POST or None, agency=agency)
    may_manage = bool(roles_of(request) & CHECKLIST_MANAGERS)
    if request.method == "POST":
        if not may_manage:
            raise PermissionDenied
        if "publish" in request.POST:
            checklist = get_own_checklist_for_staff(
                request, request.POST.get("publish") or 0, act=True
            )
            actions.publish_checklist(checklist=checklist)
            messages.success(request, _("The list now applies to the agencies under this one."))
            return redirect("oit:staff_checklists", agency=agency.slug)
        if form.is_valid():
            try:
                actions.copy_checklist(
                    source=form.cleaned_data["source"], owner=agency, year=form.cleaned_data["year"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("The list was copied. Adjust its items, then publish it.")
                )
                return redirect("oit:staff_checklists", agency=agency.slug)
    context = staff_context(request, agency, own=own, form=form, may_manage=may_manage)
    return render(request, "oit/staff_checklists.html", context)
