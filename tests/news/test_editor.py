"""The body box carries the toolbar's labels in the person's language and loads the editor from
this site (no CDN, no inline script); the browser side is tests/e2e/test_news_editor.py."""

import re

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "kwargs"), [("news:staff_new", {}), ("news:staff_about_edit", {"kind": "history"})]
)
def test_the_body_box_offers_the_toolbar(client, school, name, kwargs):
    login(client, member(school, Role.ITA_OFFICER))
    page = client.get(reverse(name, kwargs={"agency": school.slug, **kwargs})).content.decode()
    box = re.search(r"<textarea[^>]*data-editor[^>]*>", page).group(0)
    for label in ("ตัวหนา", "ตัวเอียง", "หัวข้อ", "รายการแบบจุด", "รายการแบบตัวเลข", "ลิงก์"):
        assert f'="{label}"' in box
    assert '<script src="/static/news/editor.js" defer></script>' in page
    assert "<script>" not in page
