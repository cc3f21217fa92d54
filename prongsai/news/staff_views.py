"""The back office of news: the list, writing an item, its pictures and files, publishing."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.news import actions, queries
from prongsai.news.access import (
    PUBLISHERS,
    READERS,
    WRITERS,
    get_attachment_for_staff,
    get_image_for_staff,
    get_item_for_publishing,
    get_item_for_staff,
    may_change,
    publishes,
)
from prongsai.news.forms import AttachmentForm, ImageForm, ItemForm
from prongsai.news.models import NewsItem


def _add_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error)


@staff_view(*READERS)
def staff_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    status = request.GET.get("status", "")
    page = Paginator(queries.staff_items(agency, status=status), queries.STAFF_PAGE_SIZE)
    context = staff_context(
        request,
        agency,
        page=page.get_page(request.GET.get("page")),
        status=status,
        statuses=NewsItem.Status.choices,
        can_write=bool(roles_of(request) & WRITERS),
        can_publish=publishes(roles_of(request)),
    )
    return render(request, "news/staff_list.html", context)


@staff_view(*WRITERS)
def staff_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = ItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = actions.save_item(agency=agency, data=form.item_data(), actor=user_of(request))
        messages.success(request, _("The draft was saved. Add pictures and files, then publish."))
        return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)
    context = staff_context(request, agency, form=form, item=None)
    return render(request, "news/staff_edit.html", context)


def _edit_page(
    request: HttpRequest,
    agency: Agency,
    item: NewsItem,
    publish_error: str = "",
    **forms: Form,
) -> HttpResponse:
    can_change = may_change(request, item)
    share_text = ""
    if item.status == NewsItem.Status.PUBLISHED:
        link = request.build_absolute_uri(
            reverse("news:item", kwargs={"agency": agency.slug, "pk": item.pk})
        )
        share_text = "\n\n".join(part for part in (item.title, item.summary, link) if part)
    context = staff_context(
        request,
        agency,
        item=item,
        images=queries.images_of(item),
        attachments=queries.attachments_of(item),
        can_change=can_change,
        can_publish=publishes(roles_of(request)),
        form=forms.get("form") or ItemForm(initial=ItemForm.initial_for(item)),
        image_form=forms.get("image_form") or ImageForm(),
        attachment_form=forms.get("attachment_form") or AttachmentForm(),
        publish_error=publish_error,
        share_text=share_text,
    )
    return render(request, "news/staff_edit.html", context)


@staff_view(*READERS)
def staff_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    if request.method != "POST":
        return _edit_page(request, agency, get_item_for_staff(request, pk))
    item = get_item_for_staff(request, pk, act=True)
    form = ItemForm(request.POST)
    if not form.is_valid():
        return _edit_page(request, agency, item, form=form)
    actions.save_item(agency=agency, item=item, data=form.item_data(), actor=user_of(request))
    messages.success(request, _("The item was saved."))
    return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)


@staff_view(*PUBLISHERS)
@require_POST
def staff_publish(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item = get_item_for_publishing(request, pk)
    try:
        item = actions.publish_item(item=item, actor=user_of(request))
    except ValidationError as error:
        return _edit_page(request, agency, item, publish_error=" ".join(error.messages))
    if item.is_scheduled():
        messages.success(request, _("The item is scheduled: it appears at its publication time."))
    else:
        messages.success(request, _("The item is published."))
    return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)


@staff_view(*PUBLISHERS)
@require_POST
def staff_withdraw(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item = actions.withdraw_item(item=get_item_for_publishing(request, pk))
    messages.success(
        request, _("The item was withdrawn: it is a draft again, off the public pages.")
    )
    return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)


@staff_view(*WRITERS)
@require_POST
def staff_image_add(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item = get_item_for_staff(request, pk, act=True)
    form = ImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            actions.add_image(
                item=item,
                upload=form.cleaned_data["image"],
                alt_text=form.cleaned_data["alt_text"],
                cover=form.cleaned_data["cover"],
            )
        except ValidationError as error:
            _add_errors(
                form, error if hasattr(error, "error_dict") else ValidationError({"image": error})
            )
        else:
            messages.success(request, _("The picture was added."))
            return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)
    return _edit_page(request, agency, item, image_form=form)


@staff_view(*WRITERS)
@require_POST
def staff_image_remove(request: HttpRequest, agency: Agency, pk: int, image: int) -> HttpResponse:
    actions.remove_image(image=get_image_for_staff(request, pk, image, act=True))
    messages.success(request, _("The picture was removed."))
    return redirect("news:staff_edit", agency=agency.slug, pk=pk)


@staff_view(*READERS)
def staff_image(request: HttpRequest, agency: Agency, pk: int, image: int) -> HttpResponse:
    found = get_image_for_staff(request, pk, image)
    return serve_file(request, found.thumb, filename=f"{found.pk}.jpg")


@staff_view(*WRITERS)
@require_POST
def staff_attachment_add(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item = get_item_for_staff(request, pk, act=True)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            actions.add_attachment(item=item, upload=form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The file was attached."))
            return redirect("news:staff_edit", agency=agency.slug, pk=item.pk)
    return _edit_page(request, agency, item, attachment_form=form)


@staff_view(*WRITERS)
@require_POST
def staff_attachment_remove(
    request: HttpRequest, agency: Agency, pk: int, attachment: int
) -> HttpResponse:
    actions.remove_attachment(
        attachment=get_attachment_for_staff(request, pk, attachment, act=True)
    )
    messages.success(request, _("The file was removed."))
    return redirect("news:staff_edit", agency=agency.slug, pk=pk)


@staff_view(*READERS)
def staff_attachment(
    request: HttpRequest, agency: Agency, pk: int, attachment: int
) -> HttpResponse:
    found = get_attachment_for_staff(request, pk, attachment)
    return serve_file(request, found.file, filename=found.name)
