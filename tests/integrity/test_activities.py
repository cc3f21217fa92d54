"""No Gift culture activities: recorded by the ITA officer or the director (date, kind,
audience, attendance, report), photos checked by content and size with their description,
served behind the gate, public on the No Gift page of their fiscal year once published."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.integrity.models import ActivityPhoto, CultureActivity
from prongsai.lib.fiscal import fiscal_year
from prongsai.lib.thai import date_input_text
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import PNG, add_photo, record_activity

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


def post_data(**changes):
    data = {
        "held_on": date_input_text(timezone.localdate() - timedelta(days=3)),
        "title": "อบรมหลักเกณฑ์การรับของขวัญ",
        "kind": "seminar",
        "audience": "ครูและบุคลากร",
        "attendance": "๔๕ คน",
        "report": "วิทยากรจากสำนักงานเขตบรรยาย",
        "published": "on",
    }
    data.update(changes)
    return data


def test_the_officer_records_an_activity_typed_in_thai_digits(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    assert client.get(url("activity_new", school)).status_code == 200
    response = client.post(url("activity_new", school), post_data())
    assert response.status_code == 302
    activity = CultureActivity.objects.get(agency=school)
    assert activity.attendance == 45
    assert activity.published
    assert activity.title in client.get(url("activities", school)).content.decode()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"held_on": date_input_text(timezone.localdate() + timedelta(days=1))}, "held_on"),
        ({"held_on": "01/10/2500"}, "held_on"),
        ({"attendance": "สี่สิบ"}, "attendance"),
        ({"attendance": "0"}, "attendance"),
        ({"title": ""}, "title"),
        ({"kind": ""}, "kind"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(client, school, changes, field):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(url("activity_new", school), post_data(**changes))
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert "วิทยากรจากสำนักงานเขตบรรยาย" in response.content.decode()
    assert not CultureActivity.objects.exists()


def test_a_photo_is_checked_by_its_content_and_needs_a_description(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    activity = record_activity(school)
    fake = SimpleUploadedFile("photo.jpg", b"not a picture at all", content_type="image/jpeg")
    response = client.post(
        url("activity_photo_add", school, pk=activity.pk), {"photo": fake, "alt_text": "ภาพ"}
    )
    assert response.status_code == 200
    assert response.context["photo_form"].errors["photo"]
    good = SimpleUploadedFile("photo.png", PNG, content_type="image/png")
    response = client.post(
        url("activity_photo_add", school, pk=activity.pk), {"photo": good, "alt_text": ""}
    )
    assert response.context["photo_form"].errors["alt_text"]
    assert not ActivityPhoto.objects.exists()
    good.seek(0)
    response = client.post(
        url("activity_photo_add", school, pk=activity.pk),
        {"photo": good, "alt_text": "ครูฟังการชี้แจง"},
    )
    assert response.status_code == 302
    photo = ActivityPhoto.objects.get()
    assert "photo" not in photo.file.name.rsplit("/", 1)[-1]  # a random name on disk
    served = client.get(url("activity_photo", school, pk=activity.pk, photo=photo.pk))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["Cache-Control"] == "private, no-store"


def test_photos_are_public_only_when_the_activity_is(client, school):
    activity = record_activity(school)
    photo = add_photo(activity)
    public = url("public_activity_photo", school, pk=activity.pk, photo=photo.pk)
    assert client.get(public).status_code == 404
    activity.published = True
    activity.save()
    response = client.get(public)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public")


def test_the_public_page_lists_the_years_published_activities(client, school):
    year = fiscal_year(timezone.localdate())
    shown = record_activity(school, title="กิจกรรมที่เผยแพร่", published=True)
    add_photo(shown, alt_text="ผู้อำนวยการมอบนโยบาย")
    record_activity(school, title="กิจกรรมที่ยังไม่เผยแพร่")
    page = client.get(url("no_gift", school, year=year)).content.decode()
    assert "กิจกรรมที่เผยแพร่" in page
    assert 'alt="ผู้อำนวยการมอบนโยบาย"' in page
    assert "กิจกรรมที่ยังไม่เผยแพร่" not in page


def test_the_public_page_answers_in_few_queries(client, school, django_assert_max_num_queries):
    year = fiscal_year(timezone.localdate())
    record_activity(school, published=True)
    with django_assert_max_num_queries(12) as one:
        client.get(url("no_gift", school, year=year))
    for _index in range(5):
        add_photo(record_activity(school, published=True))
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url("no_gift", school, year=year))


def test_other_agencies_and_roles_are_refused(client, school, other_school):
    activity = record_activity(school)
    photo = add_photo(activity)
    login(client, member(other_school, Role.ITA_OFFICER))
    assert client.get(url("activity_edit", school, pk=activity.pk)).status_code == 404
    login(client, member(school, Role.STAFF))
    assert client.get(url("activity_edit", school, pk=activity.pk)).status_code == 403
    login(client, member(school, Role.ITA_OFFICER))
    other = record_activity(other_school)
    assert client.get(url("activity_edit", school, pk=other.pk)).status_code == 404
    assert client.get(url("activity_photo", school, pk=other.pk, photo=photo.pk)).status_code == 404


def test_removing_a_photo(client, school, django_capture_on_commit_callbacks):
    login(client, member(school, Role.DIRECTOR))
    activity = record_activity(school)
    photo = add_photo(activity)
    storage, name = photo.file.storage, photo.file.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("activity_photo_remove", school, pk=activity.pk, photo=photo.pk))
    assert response.status_code == 302
    assert not ActivityPhoto.objects.exists()
    assert not storage.exists(name)


def test_removing_an_activity_needs_the_box_ticked(
    client, school, django_capture_on_commit_callbacks
):
    login(client, member(school, Role.ITA_OFFICER))
    activity = record_activity(school)
    photo = add_photo(activity)
    storage, name = photo.file.storage, photo.file.name
    remove = url("activity_remove", school, pk=activity.pk)
    assert client.post(remove).status_code == 302
    assert CultureActivity.objects.filter(pk=activity.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(remove, {"confirm": "yes"})
    assert response["Location"] == url("activities", school)
    assert not CultureActivity.objects.exists()
    assert not ActivityPhoto.objects.exists()
    assert not storage.exists(name)


def test_the_staff_list_answers_in_few_queries(client, school, django_assert_max_num_queries):
    login(client, member(school, Role.ITA_OFFICER))
    record_activity(school)
    with django_assert_max_num_queries(20) as one:
        client.get(url("activities", school))
    for _index in range(6):
        add_photo(record_activity(school))
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url("activities", school))
