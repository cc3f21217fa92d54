"""The back office: who writes, who publishes, pictures and files, polite errors."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.news.models import NewsItem
from tests.conftest import login
from tests.factories import member
from tests.news.conftest import upload_jpeg, write
from tests.thai import is_thai

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"news:{name}", kwargs={"agency": agency.slug, **kwargs})


FORM = {
    "category": "activity",
    "title": "กิจกรรมวันวิทยาศาสตร์",
    "summary": "นักเรียนจัดนิทรรศการ",
    "body": "<p onclick='x()'>เนื้อหา</p><script>alert(1)</script>",
    "publish_on": "",
    "publish_time": "",
}


def test_the_ita_officer_writes_adds_a_picture_and_publishes(client, school, officer):
    login(client, officer)
    response = client.post(url("staff_new", school), FORM)
    item = NewsItem.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("staff_edit", school, pk=item.pk)
    assert item.status == NewsItem.Status.DRAFT
    assert item.body == "<p>เนื้อหา</p>"
    response = client.post(
        url("staff_image_add", school, pk=item.pk),
        {"image": upload_jpeg(), "alt_text": "นักเรียนหน้านิทรรศการ", "cover": "on"},
    )
    assert response.status_code == 302
    assert item.images.get().is_cover
    response = client.post(url("staff_publish", school, pk=item.pk))
    item.refresh_from_db()
    assert item.status == NewsItem.Status.PUBLISHED
    assert item.published_by == officer
    edit = client.get(url("staff_edit", school, pk=item.pk))
    assert edit.context["share_text"].endswith(
        f"http://testserver{url('item', school, pk=item.pk)}"
    )
    page = client.get(url("item", school, pk=item.pk))
    assert page.status_code == 200
    assert "นักเรียนหน้านิทรรศการ" in page.content.decode()


def test_a_unit_head_writes_a_draft_the_director_publishes(client, school, head):
    login(client, head)
    client.post(url("staff_new", school), FORM)
    item = NewsItem.objects.get()
    assert client.post(url("staff_publish", school, pk=item.pk)).status_code == 403
    page = client.get(url("staff_edit", school, pk=item.pk)).content.decode()
    assert url("staff_publish", school, pk=item.pk) not in page
    director = member(school, Role.DIRECTOR)
    login(client, director)
    assert client.post(url("staff_publish", school, pk=item.pk)).status_code == 302
    item.refresh_from_db()
    assert item.status == NewsItem.Status.PUBLISHED
    login(client, head)  # published: the unit head no longer changes it
    assert client.post(url("staff_edit", school, pk=item.pk), FORM).status_code == 403


def test_a_unit_head_cannot_change_another_persons_draft(client, school, officer, head):
    item = write(school, officer, publish=False)
    login(client, head)
    assert client.post(url("staff_edit", school, pk=item.pk), FORM).status_code == 403
    picture = {"image": upload_jpeg(), "alt_text": "ภาพ"}
    assert client.post(url("staff_image_add", school, pk=item.pk), picture).status_code == 403


def test_the_supervisor_reads_and_acts_on_nothing(client, school, officer):
    item = write(school, officer)
    login(client, member(school, Role.SUPERVISOR))
    assert client.get(url("staff_list", school)).status_code == 200
    assert client.get(url("staff_edit", school, pk=item.pk)).status_code == 200
    assert client.post(url("staff_withdraw", school, pk=item.pk)).status_code == 403


def test_bad_input_is_told_at_the_field_and_kept(client, school, officer):
    login(client, officer)
    bad = {**FORM, "title": "  ", "publish_on": "31/02/2567", "publish_time": "25:99"}
    page = client.post(url("staff_new", school), bad)
    assert page.status_code == 200
    assert not NewsItem.objects.exists()
    errors = page.context["form"].errors
    assert set(errors) == {"title", "publish_on", "publish_time"}
    assert all(
        is_thai(str(message)) or message for messages in errors.values() for message in messages
    )
    assert "นักเรียนจัดนิทรรศการ" in page.content.decode()


def test_a_picture_without_alt_text_or_not_a_picture_is_refused(client, school, officer):
    item = write(school, officer, publish=False)
    login(client, officer)
    page = client.post(url("staff_image_add", school, pk=item.pk), {"image": upload_jpeg()})
    assert "alt_text" in page.context["image_form"].errors
    text = SimpleUploadedFile("photo.jpg", b"hello, not a picture", "image/jpeg")
    page = client.post(
        url("staff_image_add", school, pk=item.pk), {"image": text, "alt_text": "ภาพ"}
    )
    assert "photo.jpg" in page.context["image_form"].errors["image"][0]
    assert not item.images.exists()


def test_a_scheduled_item_says_so_and_stays_off_the_public_list(client, school, officer):
    login(client, officer)
    later = timezone.localdate() + timedelta(days=3)
    day = f"{later.day:02d}/{later.month:02d}/{later.year + 543}"
    client.post(url("staff_new", school), {**FORM, "publish_on": day, "publish_time": "08:30"})
    item = NewsItem.objects.get()
    assert timezone.localtime(item.publish_at).strftime("%H:%M") == "08:30"
    client.post(url("staff_publish", school, pk=item.pk))
    item.refresh_from_db()
    assert item.is_scheduled()
    assert client.get(url("item", school, pk=item.pk)).status_code == 404
    assert item.title not in client.get(url("list", school)).content.decode()


def test_an_attachment_is_added_served_to_staff_and_removed(client, school, officer):
    item = write(school, officer, publish=False)
    login(client, officer)
    pdf = SimpleUploadedFile("ประกาศ.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    assert (
        client.post(url("staff_attachment_add", school, pk=item.pk), {"file": pdf}).status_code
        == 302
    )
    attachment = item.attachments.get()
    served = client.get(url("staff_attachment", school, pk=item.pk, attachment=attachment.pk))
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    # a draft's file is not public
    public = url("attachment", school, pk=item.pk, attachment=attachment.pk)
    client.logout()
    assert client.get(public).status_code == 404
    login(client, officer)
    client.post(url("staff_attachment_remove", school, pk=item.pk, attachment=attachment.pk))
    assert not item.attachments.exists()


def test_the_staff_list_in_bounded_queries(client, school, officer, django_assert_max_num_queries):
    login(client, officer)
    write(school, officer)
    with django_assert_max_num_queries(12) as one:
        client.get(url("staff_list", school))
    for number in range(15):
        write(school, officer, title=f"ข่าว {number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert client.get(url("staff_list", school)).status_code == 200


def test_a_participation_activity_says_who_took_part_and_what_came_of_it(client, school, officer):
    login(client, officer)
    form = {**FORM, "category": "participation", "outcome": "เสนอให้จัดทุกภาคเรียน"}
    page = client.post(url("staff_new", school), form)
    assert "participants" in page.context["form"].errors
    assert not NewsItem.objects.exists()
    client.post(url("staff_new", school), {**form, "participants": "ผู้ปกครอง 25 คน"})
    item = NewsItem.objects.get()
    client.post(url("staff_publish", school, pk=item.pk))
    public = client.get(url("item", school, pk=item.pk)).content.decode()
    assert "ผู้ปกครอง 25 คน" in public
    assert "เสนอให้จัดทุกภาคเรียน" in public
    client.post(url("staff_edit", school, pk=item.pk), {**FORM, "participants": "ลบ"})
    item.refresh_from_db()
    assert item.participants == ""  # only a participation activity keeps them


def test_a_unit_heads_draft_waits_on_the_publishers_todo(school, officer, head):
    from prongsai.agencies.access import effective_roles
    from prongsai.agencies.todo import Asker
    from prongsai.news.todo import news_todo

    write(school, head, title="ข่าวจากฝ่ายวิชาการ", publish=False)
    write(school, officer, title="ร่างของฉันเอง", publish=False)
    today = timezone.localdate()
    rows = list(news_todo(Asker(officer, school, effective_roles(officer, school), today)))
    assert len(rows) == 1
    assert "“ข่าวจากฝ่ายวิชาการ”" in rows[0].label
    assert list(news_todo(Asker(head, school, effective_roles(head, school), today))) == []
