"""The basic-information pages: public at /<agency>/about/<kind>/, written in the back office
by the ITA officer or the director."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.queries import unit_tree_rows
from prongsai.news import actions, queries
from prongsai.news.about_starters import starter
from prongsai.news.access import (
    ABOUT_READERS,
    EDITORS,
    get_about_kind_for_staff,
    get_about_page_for_public,
)
from prongsai.news.forms import AboutForm
from prongsai.news.models import AboutPage


def about_index(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    pages = queries.about_pages(agency_obj)
    shown = [
        (kind, label)
        for kind, label in AboutPage.Kind.choices
        if kind in pages and pages[kind].body
    ]
    context = {"agency": agency_obj, "shown": shown, "action_plan": queries.action_plan(agency_obj)}
    return render(request, "news/about_index.html", context)


def about_page(request: HttpRequest, agency: str, kind: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    page = get_about_page_for_public(agency_obj, kind)
    context = {
        "agency": agency_obj,
        "page": page,
        "units": unit_tree_rows(agency_obj) if kind == AboutPage.Kind.STRUCTURE else [],
        "canonical_url": request.build_absolute_uri(
            reverse("news:about_page", kwargs={"agency": agency_obj.slug, "kind": kind})
        ),
    }
    return render(request, "news/about_page.html", context)


@staff_view(*ABOUT_READERS)
def staff_about_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    pages = queries.about_pages(agency)
    rows = [(kind, label, pages.get(kind)) for kind, label in AboutPage.Kind.choices]
    context = staff_context(request, agency, rows=rows, can_edit=bool(roles_of(request) & EDITORS))
    return render(request, "news/staff_about_list.html", context)


@staff_view(*ABOUT_READERS)
def staff_about_edit(request: HttpRequest, agency: Agency, kind: str) -> HttpResponse:
    page_exists = False
    if request.method == "POST":
        kind = get_about_kind_for_staff(request, kind, act=True)
        form = AboutForm(request.POST)
        if form.is_valid():
            actions.save_about_page(
                agency=agency, kind=kind, body=form.cleaned_data["body"], actor=user_of(request)
            )
            messages.success(request, _("The page was saved."))
            return redirect("news:staff_about_edit", agency=agency.slug, kind=kind)
    else:
        kind = get_about_kind_for_staff(request, kind)
        page = queries.about_pages(agency).get(kind)
        body = page.body if page and page.body else starter(agency, kind)
        form = AboutForm(initial={"body": body})
        page_exists = bool(page and page.body)
    context = staff_context(
        request,
        agency,
        form=form,
        kind=kind,
        label=AboutPage.Kind(kind).label,
        can_edit=bool(roles_of(request) & EDITORS),
        is_shown=page_exists,
    )
    return render(request, "news/staff_about_edit.html", context)
