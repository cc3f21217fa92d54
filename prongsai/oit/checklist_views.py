"""An office's own checklist in the back office: its items, and editing one of them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.access import roles_of, staff_view
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.oit import actions, queries
from prongsai.oit.access import (
    CHECKLIST_MANAGERS,
    CHECKLIST_READERS,
    get_own_checklist_for_staff,
)
from prongsai.oit.checklist_forms import OwnItemForm


@staff_view(*CHECKLIST_READERS)
def staff_own_checklist(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    checklist = get_own_checklist_for_staff(request, pk, act=request.method == "POST")
    may_manage = bool(roles_of(request) & CHECKLIST_MANAGERS)
    items = queries.items_of(checklist)
    code = request.POST.get("code") or request.GET.get("item") or ""
    item = next((found for found in items if found.code == code), None)
    form = OwnItemForm.for_item(item, request.POST or None) if item else None
    if request.method == "POST":
        if item is None or form is None:
            messages.error(request, _("Choose an item of the list to edit."))
            return redirect("oit:staff_own_checklist", agency=agency.slug, pk=checklist.pk)
        if form.is_valid():
            try:
                actions.edit_own_item(item=item, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("%(code)s was saved.") % {"code": item.code})
                url = reverse("oit:staff_own_checklist", kwargs={"agency": agency.slug, "pk": pk})
                return redirect(f"{url}?item={item.code}#edit")
    context = staff_context(
        request,
        agency,
        checklist=checklist,
        items=items,
        item=item,
        form=form,
        may_manage=may_manage,
        is_supervisor=bool(roles_of(request) & {Role.SUPERVISOR, SITE_ADMIN}),
    )
    return render(request, "oit/own_checklist.html", context)
