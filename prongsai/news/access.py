"""Who may do what with news, and the gates that fetch it.

The ITA officer and the director write, publish and withdraw. A unit head writes drafts (and
changes their own drafts) that the ITA officer or the director publishes. The supervisor reads.
Anyone reads a published item from its publication moment; drafts and scheduled items are 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.news import queries, training_queries
from prongsai.news.models import AboutPage, NewsAttachment, NewsImage, NewsItem, TrainingCourse

PUBLISHERS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
DRAFTERS: frozenset[str] = frozenset({Role.UNIT_HEAD})
WRITERS: frozenset[str] = PUBLISHERS | DRAFTERS
LOOKERS: frozenset[str] = frozenset({Role.SUPERVISOR, SITE_ADMIN})
READERS: frozenset[str] = WRITERS | LOOKERS


def publishes(roles: frozenset[str]) -> bool:
    return bool(roles & PUBLISHERS)


def may_change(request: HttpRequest, item: NewsItem) -> bool:
    """The ITA officer and the director change any item; a unit head only their own draft."""
    roles = roles_of(request)
    if publishes(roles):
        return True
    return (
        bool(roles & DRAFTERS)
        and item.status == NewsItem.Status.DRAFT
        and item.created_by_id == user_of(request).pk
    )


# ---------------------------------------------------------------- gates (one per guarded object)


def get_item_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> NewsItem:
    """The agency's item (404 otherwise); `act` = change it (403 when the role may only look)."""
    item = queries.item_for_staff(agency_of(request), pk)
    if act and not may_change(request, item):
        raise PermissionDenied
    return item


def get_item_for_publishing(request: HttpRequest, pk: int) -> NewsItem:
    """The agency's item to publish or withdraw: the ITA officer's or the director's act."""
    item = get_item_for_staff(request, pk)
    if not publishes(roles_of(request)):
        raise PermissionDenied
    return item


def get_image_for_staff(
    request: HttpRequest, pk: int, image: int, *, act: bool = False
) -> NewsImage:
    return queries.image_of(get_item_for_staff(request, pk, act=act), image)


def get_attachment_for_staff(
    request: HttpRequest, pk: int, attachment: int, *, act: bool = False
) -> NewsAttachment:
    return queries.attachment_of(get_item_for_staff(request, pk, act=act), attachment)


def get_item_for_public(agency: Agency, pk: int) -> NewsItem:
    """A published item whose moment has come, with its pictures and files (404 otherwise)."""
    return queries.public_item(agency, pk)


def get_image_for_public(agency: Agency, pk: int, image: int) -> NewsImage:
    return queries.image_of(queries.public_item_only(agency, pk), image)


def get_attachment_for_public(agency: Agency, pk: int, attachment: int) -> NewsAttachment:
    return queries.attachment_of(queries.public_item_only(agency, pk), attachment)


# ---------------------------------------------------------------- basic-information pages

EDITORS: frozenset[str] = PUBLISHERS  # the ITA officer and the director
ABOUT_READERS: frozenset[str] = EDITORS | LOOKERS


def get_about_kind_for_staff(request: HttpRequest, kind: str, *, act: bool = False) -> str:
    """A kind of page (404 for an unknown one); `act` = write it (the ITA officer, the
    director)."""
    if kind not in AboutPage.Kind.values:
        raise Http404
    if act and not roles_of(request) & EDITORS:
        raise PermissionDenied
    return kind


def get_about_page_for_public(agency: Agency, kind: str) -> AboutPage:
    if kind not in AboutPage.Kind.values:
        raise Http404
    return queries.about_page_for_public(agency, kind)


# ---------------------------------------------------------------- the training log

TRAINING_WRITERS: frozenset[str] = WRITERS  # the ITA officer, the director, unit heads
TRAINING_READERS: frozenset[str] = READERS


def may_change_course(request: HttpRequest, course: TrainingCourse) -> bool:
    """The ITA officer and the director change any course; a unit head the courses they wrote."""
    roles = roles_of(request)
    if publishes(roles):
        return True
    return bool(roles & DRAFTERS) and course.created_by_id == user_of(request).pk


def get_course_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> TrainingCourse:
    """The agency's course (404 otherwise); `act` = change or remove it (403 when not theirs)."""
    course = training_queries.course_for_staff(agency_of(request), pk)
    if act and not may_change_course(request, course):
        raise PermissionDenied
    return course


def require_training_writer(request: HttpRequest) -> None:
    """Recording a new course: the ITA officer, the director or a unit head (403 otherwise)."""
    if not roles_of(request) & TRAINING_WRITERS:
        raise PermissionDenied


def get_month_for_public(year_be: int, month: int) -> tuple[int, int]:
    """A calendar month of the public training page as (CE year, month); 404 when none."""
    if not 1 <= month <= 12:
        raise Http404
    return year_be - 543, month
