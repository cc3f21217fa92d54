"""The news API: public news, basic pages and training without login; staff write with the
pages' own checks (Thai messages by field) and gates (other agency 404, look-only 403)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.news import actions
from prongsai.news.models import NewsItem, TrainingCourse
from prongsai.news.training_actions import CourseData, save_course
from tests.conftest import login
from tests.factories import member
from tests.news.conftest import upload_jpeg, write

pytestmark = pytest.mark.django_db


def api(name, agency, **kwargs):
    return reverse(f"api:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_public_news_without_login_only_what_is_public(client, school, officer):
    shown = write(school, officer, title="ข่าวเผยแพร่", category=NewsItem.Category.TRAINING)
    actions.add_image(item=shown, upload=upload_jpeg(), alt_text="ภาพอบรม", cover=True)
    draft = write(school, officer, title="ร่าง", publish=False)
    rows = client.get(api("news_public", school)).json()["results"]
    assert [row["title"] for row in rows] == ["ข่าวเผยแพร่"]
    assert client.get(api("news_public", school) + "?category=procurement").json()["count"] == 0
    item = client.get(api("news_public_item", school, pk=shown.pk)).json()
    assert item["pictures"][0]["alt_text"] == "ภาพอบรม"
    assert client.get(api("news_public_item", school, pk=draft.pk)).status_code == 404


def test_public_pages_and_training(client, school, officer):
    actions.save_about_page(agency=school, kind="vision", body="<p>ผู้เรียนเป็นเลิศ</p>", actor=officer)
    assert [page["kind"] for page in client.get(api("about_public", school)).json()] == ["vision"]
    assert client.get(api("about_public_page", school, kind="vision")).json()["body"] == (
        "<p>ผู้เรียนเป็นเลิศ</p>"
    )
    assert client.get(api("about_public_page", school, kind="history")).status_code == 404
    day = date(2026, 11, 10)
    data = CourseData("อบรมวินัย", day, day, Decimal(3), "ครู", attended=30)
    save_course(agency=school, data=data, actor=officer)
    rows = client.get(api("training_public", school) + "?year=2570").json()["results"]
    assert rows[0]["title"] == "อบรมวินัย"
    assert rows[0]["attended"] == 30
    assert client.get(api("training_public", school) + "?year=2569").json()["count"] == 0


def test_a_unit_head_writes_a_draft_the_officer_publishes(client, school, officer, head):
    login(client, head)
    bad = client.post(
        api("news_staff", school), {"category": "news"}, content_type="application/json"
    )
    assert bad.status_code == 400
    assert "title" in bad.json()
    made = client.post(
        api("news_staff", school),
        {"category": "news", "title": "ข่าวจากฝ่าย", "body": "<p style='x'>เนื้อหา</p>"},
        content_type="application/json",
    )
    assert made.status_code == 201
    pk = made.json()["id"]
    assert made.json()["body"] == "<p>เนื้อหา</p>"
    assert client.post(api("news_staff_publish", school, pk=pk)).status_code == 403
    login(client, officer)
    published = client.post(api("news_staff_publish", school, pk=pk))
    assert published.json()["status"] == "published"


def test_staff_write_pages_and_courses_and_other_agencies_see_404(
    client, school, other_school, officer
):
    login(client, officer)
    page = client.put(
        api("about_staff_page", school, kind="history"),
        {"body": "<p>ก่อตั้ง พ.ศ. 2518</p>"},
        content_type="application/json",
    )
    assert page.status_code == 200
    course = client.post(
        api("training_staff", school),
        {"title": "อบรม", "starts_on": "10/11/2569", "hours": "๖", "audience": "ครู"},
        content_type="application/json",
    )
    assert course.status_code == 201
    pk = course.json()["id"]
    assert course.json()["hours"] == "6.0"
    assert client.delete(api("training_staff_course", school, pk=pk)).status_code == 204
    assert not TrainingCourse.objects.exists()
    assert client.get(api("training_staff", other_school)).status_code == 404
    login(client, member(school, Role.SUPERVISOR))
    denied = client.put(
        api("about_staff_page", school, kind="history"),
        {"body": ""},
        content_type="application/json",
    )
    assert denied.status_code == 403
