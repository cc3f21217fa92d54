"""Writes about OIT checklists, answers and evidence."""

import urllib.error
import urllib.request
from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.oit import queries
from prongsai.oit.models import AgencyYear, Answer, Checklist, Evidence, EvidenceFile, Item
from prongsai.uploads.checks import check_upload as check_by_content
from prongsai.uploads.limits import OIT_EVIDENCE


def choose_checklist(*, agency: Agency, year: int, checklist: Checklist) -> AgencyYear:
    """Side effects: the agency's checklist of the year saved (audit log)."""
    if checklist.year != year:
        raise ValidationError(_("The checklist is for another year."))
    chosen, _created = AgencyYear.objects.update_or_create(
        agency=agency, year=year, defaults={"checklist": checklist}
    )
    return chosen


def answer_for(*, agency: Agency, item: Item) -> Answer:
    answer, _created = Answer.objects.get_or_create(agency=agency, item=item)
    return answer


def save_answer(
    *,
    answer: Answer,
    status: str,
    explanation: str,
    ticks: list[bool],
    owner_user: User | None,
    owner_unit: Unit | None,
    due_date: date | None,
) -> Answer:
    """Side effects: the answer saved (audit log). Publishing an item with no evidence is
    refused (the public would see "published" and nothing to open); nothing is saved then."""
    if owner_unit is not None and owner_unit.agency_id != answer.agency_id:
        raise ValidationError(_("The owner unit must belong to this agency."))
    if status == Answer.Status.PUBLISHED:
        _check_publishable(answer)
    with transaction.atomic():
        answer.status = status
        answer.explanation = explanation.strip()
        answer.ticks = [bool(tick) for tick in ticks][: len(answer.item.requirements)]
        answer.owner_user = owner_user
        answer.owner_unit = owner_unit
        answer.due_date = due_date
        answer.full_clean()
        answer.save()
    return answer


def _check_publishable(answer: Answer) -> None:
    if not queries.has_evidence(answer):
        raise ValidationError(
            _(
                "%(code)s cannot be published yet: it has no evidence. Upload a file or add a "
                "link first, then publish it. Nothing was saved."
            )
            % {"code": answer.item.code},
            code="no_evidence",
        )


def publish_answer(*, answer: Answer) -> Answer:
    """The officer accepts the evidence (a page this system generates, say) and publishes the
    item as it is. Side effects: the answer's status saved (audit log)."""
    _check_publishable(answer)
    with transaction.atomic():
        answer.status = Answer.Status.PUBLISHED
        answer.save(update_fields=["status", "updated_at"])
    return answer


def _next_order(answer: Answer) -> int:
    return (answer.evidence.aggregate(last=Max("order"))["last"] or 0) + 1


def add_link(*, answer: Answer, title: str, url: str, dated_on: date | None) -> Evidence:
    """Side effects: evidence saved (audit log). The link is checked later by send_reminders."""
    with transaction.atomic():
        evidence = Evidence(
            answer=answer,
            kind=Evidence.Kind.LINK,
            title=title.strip() or url,
            url=url,
            dated_on=dated_on,
            order=_next_order(answer),
        )
        evidence.full_clean()
        evidence.save()
    return evidence


def check_upload(upload: UploadedFile) -> None:
    """Size, name and contents (a text file renamed .pdf is refused), in Thai."""
    check_by_content(upload, OIT_EVIDENCE)


def add_file(
    *, answer: Answer, title: str, upload: UploadedFile, dated_on: date | None, by: User | None
) -> Evidence:
    """Side effects: evidence and its first version saved (audit log)."""
    check_upload(upload)
    with transaction.atomic():
        evidence = Evidence.objects.create(
            answer=answer,
            kind=Evidence.Kind.FILE,
            title=title.strip() or (upload.name or ""),
            dated_on=dated_on,
            order=_next_order(answer),
        )
        add_version(evidence=evidence, upload=upload, by=by, dated_on=dated_on)
    return evidence


def add_version(
    *, evidence: Evidence, upload: UploadedFile, by: User | None, dated_on: date | None = None
) -> EvidenceFile:
    """A new version of an uploaded file; earlier versions are kept.

    Side effects: file stored; the evidence's date updated when given.
    """
    check_upload(upload)
    with transaction.atomic():
        last = evidence.versions.aggregate(last=Max("version"))["last"] or 0
        version = EvidenceFile(
            evidence=evidence,
            version=last + 1,
            name=upload.name or "file",
            size=upload.size or 0,
            uploaded_by=by,
        )
        version.file.save(upload.name or "file", upload, save=False)
        version.save()
        if dated_on is not None and dated_on != evidence.dated_on:
            evidence.dated_on = dated_on
            evidence.save(update_fields=["dated_on"])
    return version


def remove_evidence(*, evidence: Evidence) -> bool:
    """Side effects: the evidence and every version of its file deleted; an item left with no
    evidence goes back to draft (it is no longer published). Returns whether it did."""
    answer = evidence.answer
    with transaction.atomic():
        for version in evidence.versions.all():
            version.file.delete(save=False)
        evidence.delete()
        if answer.status != Answer.Status.DRAFT and not queries.has_evidence(answer):
            answer.status = Answer.Status.DRAFT
            answer.save(update_fields=["status", "updated_at"])
            return True
    return False


def copy_checklist(*, source: Checklist, owner: Agency, year: int) -> Checklist:
    """An area office's own list for a year, starting from an existing one (not yet published).

    Side effects: checklist and items saved.
    """
    if Checklist.objects.filter(year=year, scheme=source.scheme, owner=owner).exists():
        raise ValidationError(_("This office already has its own list for that year and scheme."))
    with transaction.atomic():
        copy = Checklist.objects.create(
            year=year, scheme=source.scheme, owner=owner, note=source.note, published=False
        )
        Item.objects.bulk_create(
            Item(
                checklist=copy,
                code=item.code,
                order=item.order,
                title=item.title,
                title_en=item.title_en,
                subindicator=item.subindicator,
                subindicator_name=item.subindicator_name,
                requirements=item.requirements,
                requirements_en=item.requirements_en,
                requirements_for=item.requirements_for,
                window=item.window,
                generator=item.generator,
            )
            for item in source.items.order_by("order")
        )
    return copy


def start_year_from_copy(*, agency: Agency, year: int, source: Checklist) -> AgencyYear:
    """Start a year whose official list is not out yet with the agency's own copy of an earlier
    list, so evidence can be gathered now (the officer switches when the new list arrives).

    Side effects: the agency's own checklist of the year and its items saved; the year started.
    """
    if source.year >= year:
        raise ValidationError(_("Start from the list of an earlier year."))
    with transaction.atomic():
        own = Checklist.objects.filter(year=year, scheme=source.scheme, owner=agency).first()
        if own is None:
            own = copy_checklist(source=source, owner=agency, year=year)
        return choose_checklist(agency=agency, year=year, checklist=own)


def edit_own_item(
    *, item: Item, title: str, title_en: str, requirements: list[str], window: str
) -> Item:
    """An office edits an item of its own list (the shipped lists are not edited here).

    A component whose Thai text is unchanged keeps its English and its kind of agency; answers'
    ticks follow their component. Side effects: the item saved (audit log), answers' ticks.
    """
    if item.checklist.owner_id is None:
        raise ValidationError(_("The lists that ship with Prongsai are not edited here."))
    old = list(item.requirements)
    position = {text: index for index, text in enumerate(old)}
    with transaction.atomic():
        item.title = title.strip()
        item.title_en = title_en.strip()
        item.window = window
        item.requirements = requirements
        item.requirements_en = [
            item.requirements_en[position[text]]
            if text in position and position[text] < len(item.requirements_en)
            else ""
            for text in requirements
        ]
        item.requirements_for = [
            item.requirements_for[position[text]]
            if text in position and position[text] < len(item.requirements_for)
            else ""
            for text in requirements
        ]
        item.full_clean()
        item.save()
        if old != requirements:
            for answer in Answer.objects.filter(item=item):
                ticks = list(answer.ticks or [])
                answer.ticks = [
                    text in position and position[text] < len(ticks) and bool(ticks[position[text]])
                    for text in requirements
                ]
                answer.save(update_fields=["ticks"])
    return item


def publish_checklist(*, checklist: Checklist) -> Checklist:
    """Make an office's own list the default of its schools for that year."""
    if checklist.owner is None:
        raise ValidationError(_("Only an office's own list can be published."))
    checklist.published = True
    checklist.save(update_fields=["published"])
    return checklist


def check_links(*, timeout: float = 10.0) -> int:
    """Ask every external evidence link whether it still answers; returns how many failed.

    Runs from send_reminders (cron), never while a page loads.
    """
    failed = 0
    now = timezone.now()
    for evidence in Evidence.objects.filter(kind=Evidence.Kind.LINK):
        evidence.link_ok = link_answers(evidence.url, timeout=timeout)
        evidence.link_checked_at = now
        evidence.save(update_fields=["link_ok", "link_checked_at"])
        failed += int(not evidence.link_ok)
    return failed


def link_answers(url: str, *, timeout: float) -> bool:
    if not url.startswith(("http://", "https://")):
        return False
    headers = {"User-Agent": "Prongsai-link-check"}
    request = urllib.request.Request(url, method="HEAD", headers=headers)  # noqa: S310 -- http(s) only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 -- same
            return bool(response.status < 400)
    except urllib.error.HTTPError as error:
        if error.code in (403, 405):  # some servers refuse HEAD; try a GET
            try:
                with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 -- same
                    return bool(response.status < 400)
            except (urllib.error.URLError, OSError, ValueError):
                return False
        return False
    except (urllib.error.URLError, OSError, ValueError):
        return False
