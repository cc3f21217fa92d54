"""The activities' back-office pages: the list, record, edit, photos. The same pages serve both
programmes: the No Gift culture (listed here) and the ethics drive (listed on the ethics page);
an activity's programme says which list it goes back to."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.integrity import activity_actions as actions
from prongsai.integrity import queries
from prongsai.integrity.access import (
    DECLARATION_EDITORS,
    get_activity_for_staff,
    get_activity_photo_for_staff,
)
from prongsai.integrity.activity_forms import ActivityForm, PhotoForm
from prongsai.integrity.models import CultureActivity

ETHICS = CultureActivity.Programme.ETHICS
# Where each programme's activities are listed, and that list's name.
LISTS = {
    CultureActivity.Programme.NO_GIFT: (
        "integrity:activities",
        gettext_lazy("No Gift culture activities"),
    ),
    ETHICS: ("integrity:ethics_staff", gettext_lazy("Ethics: the code and the drive")),
}


@staff_view(*DECLARATION_EDITORS)
def activities(request: HttpRequest, agency: Agency) -> HttpResponse:
    context = staff_context(request, agency, rows=queries.activities_of(agency))
    return render(request, "integrity/activities.html", context)


def _back(agency: Agency, programme: str) -> dict[str, object]:
    name, label = LISTS[CultureActivity.Programme(programme)]
    return {"back_url": reverse(name, kwargs={"agency": agency.slug}), "back_label": label}


@staff_view(*DECLARATION_EDITORS)
def activity_new(
    request: HttpRequest, agency: Agency, programme: str = CultureActivity.Programme.NO_GIFT
) -> HttpResponse:
    form = ActivityForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            activity = actions.record_activity(
                agency=agency, by=user_of(request), data=form.activity_data(), programme=programme
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The activity was recorded. Add its photos below."))
            return redirect("integrity:activity_edit", agency=agency.slug, pk=activity.pk)
    context = staff_context(
        request,
        agency,
        form=form,
        activity=None,
        ethics=programme == ETHICS,
        **_back(agency, programme),
    )
    return render(request, "integrity/activity_form.html", context)


def _edit_page(
    request: HttpRequest,
    agency: Agency,
    activity: CultureActivity,
    form: ActivityForm,
    photo_form: PhotoForm | None = None,
) -> HttpResponse:
    context = staff_context(
        request,
        agency,
        form=form,
        activity=activity,
        photos=list(activity.photos.all()),
        photo_form=photo_form or PhotoForm(),
        max_photos=actions.MAX_PHOTOS,
        ethics=activity.programme == ETHICS,
        **_back(agency, activity.programme),
    )
    return render(request, "integrity/activity_form.html", context)


@staff_view(*DECLARATION_EDITORS)
def activity_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    activity = get_activity_for_staff(request, pk, act=request.method == "POST")
    if request.method != "POST":
        initial = ActivityForm.initial_of(activity)
        form = ActivityForm(initial=initial, programme=activity.programme)
        return _edit_page(request, agency, activity, form)
    form = ActivityForm(request.POST, programme=activity.programme)
    if form.is_valid():
        try:
            actions.update_activity(activity=activity, data=form.activity_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The activity was saved."))
            return redirect("integrity:activity_edit", agency=agency.slug, pk=pk)
    return _edit_page(request, agency, activity, form)


@staff_view(*DECLARATION_EDITORS)
@require_POST
def activity_photo_add(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    activity = get_activity_for_staff(request, pk, act=True)
    photo_form = PhotoForm(request.POST, request.FILES)
    if photo_form.is_valid():
        try:
            actions.add_photo(
                activity=activity,
                upload=photo_form.cleaned_data["photo"],
                alt_text=photo_form.cleaned_data["alt_text"],
            )
        except ValidationError as error:
            photo_form.add_error(None, error)
        else:
            messages.success(request, _("The photo was added."))
            return redirect("integrity:activity_edit", agency=agency.slug, pk=pk)
    form = ActivityForm(initial=ActivityForm.initial_of(activity), programme=activity.programme)
    return _edit_page(request, agency, activity, form, photo_form)


@staff_view(*DECLARATION_EDITORS)
def activity_photo(request: HttpRequest, agency: Agency, pk: int, photo: int) -> HttpResponse:
    found = get_activity_photo_for_staff(request, pk, photo)
    return serve_file(request, found.file, filename=found.filename, private=True)


@staff_view(*DECLARATION_EDITORS)
@require_POST
def activity_photo_remove(
    request: HttpRequest, agency: Agency, pk: int, photo: int
) -> HttpResponse:
    found = get_activity_photo_for_staff(request, pk, photo, act=True)
    actions.remove_photo(photo=found)
    messages.success(request, _("The photo was removed."))
    return redirect("integrity:activity_edit", agency=agency.slug, pk=pk)


@staff_view(*DECLARATION_EDITORS)
@require_POST
def activity_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    activity = get_activity_for_staff(request, pk, act=True)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that the activity should be removed."))
        return redirect("integrity:activity_edit", agency=agency.slug, pk=pk)
    actions.remove_activity(activity=activity)
    messages.success(request, _("The activity and its photos were removed."))
    return redirect(LISTS[CultureActivity.Programme(activity.programme)][0], agency=agency.slug)
