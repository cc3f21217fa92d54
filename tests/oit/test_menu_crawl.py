"""Every link the back office shows leads somewhere: for each demo role (and an officer of a
school with no data), the menu, the staff home and the OIT pages have no link that answers
4xx/5xx. On 1 December 2569, early in fiscal year 2570 whose OIT list is not out yet."""

import io
import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from prongsai.accounts.models import User
from prongsai.agencies.access import effective_roles
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.oit.access import OIT_READERS
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
EARLY_2570 = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
HREF = re.compile(r'<a\b[^>]*\bhref="([^"#]+)', re.I)
SCHOOL_ROLES = [
    Role.STAFF,
    Role.UNIT_HEAD,
    Role.ITA_OFFICER,
    Role.COMPLAINT_OFFICER,
    Role.ASSET_OFFICER,
    Role.DIRECTOR,
]


@pytest.fixture
def demo():
    with time_machine.travel(EARLY_2570, tick=False):
        call_command("load_demo", stdout=io.StringIO())
        yield


def links_of(html: str, base: str) -> list[str]:
    found = []
    for href in HREF.findall(html):
        url = urljoin(base, href.replace("&amp;", "&"))
        if urlsplit(url).scheme or not url.startswith("/"):
            continue  # another site
        if url.startswith(("/accounts/", "/admin/", "/i18n/")):
            continue  # the person's own account pages: tests/accounts
        found.append(url)
    return found


def is_oit_page(url: str, slug: str) -> bool:
    path = urlsplit(url).path
    return path.startswith((f"/{slug}/staff/oit/", f"/{slug}/oit/")) and not path.endswith(
        (".zip", ".pdf", ".xlsx", ".docx")
    )


def crawl(client, slug: str) -> dict[str, tuple[int, str]]:
    """Status of every link on the staff home (menu included) and on the OIT pages reached
    from it (item pages included), each with the page that showed it."""
    home = reverse("agencies:staff_home", kwargs={"agency": slug})
    seen: dict[str, tuple[int, str]] = {}
    queue = [(home, "")]
    while queue:
        url, came_from = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = (response.status_code, came_from)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        if url != home and not is_oit_page(url, slug):
            continue  # a menu target: checked, not followed
        for link in links_of(response.content.decode(), url):
            if link not in seen:
                queue.append((link, url))
    return seen


def assert_no_broken_links(client, user, slug):
    login(client, user)
    seen = crawl(client, slug)
    broken = {url: found for url, found in seen.items() if found[0] >= 400}
    assert not broken, f"{user.username}: {broken}"
    reads_oit = bool(effective_roles(user, Agency.objects.get(slug=slug)) & OIT_READERS)
    assert reads_oit == any(f"/{slug}/staff/oit/" in url for url in seen)  # reached if allowed
    client.logout()


@pytest.mark.parametrize("role", SCHOOL_ROLES)
def test_school_roles_of_the_demo_see_no_dead_link(client, demo, role):
    with time_machine.travel(EARLY_2570, tick=False):
        assert_no_broken_links(client, User.objects.get(username=role), "kamphaeng-wittayakhom")


def test_the_supervisor_reaches_the_schools_table_and_no_dead_link(client, demo):
    with time_machine.travel(EARLY_2570, tick=False):
        supervisor = User.objects.get(username=Role.SUPERVISOR)
        login(client, supervisor)
        home = client.get(reverse("agencies:staff_home", kwargs={"agency": "spm-phayao"}))
        table = reverse("oit:staff_schools_index", kwargs={"agency": "spm-phayao"})
        assert f'href="{table}"' in home.content.decode()
        page = client.get(table).content.decode()
        assert "โรงเรียนกำแพงวิฑยาคม" in page
        assert "/spm-phayao/staff/oit/2566/schools/" in page or "2566" in page
        oit = client.get(reverse("oit:staff_index", kwargs={"agency": "spm-phayao"}))
        assert "/spm-phayao/staff/oit/2566/schools/" in oit.content.decode()
        assert_no_broken_links(client, supervisor, "spm-phayao")


def test_an_officer_of_a_school_with_no_data_sees_no_dead_link(client, demo):
    with time_machine.travel(EARLY_2570, tick=False):
        empty = Agency.objects.get(slug="phayao-pittayakhom")
        for role in (Role.ITA_OFFICER, Role.STAFF):
            assert_no_broken_links(client, member(empty, role), empty.slug)


def test_a_school_officer_sees_no_area_office_links(client, demo):
    with time_machine.travel(EARLY_2570, tick=False):
        login(client, User.objects.get(username=Role.ITA_OFFICER))
        slug = "kamphaeng-wittayakhom"
        pages = [
            reverse("agencies:staff_home", kwargs={"agency": slug}),
            reverse("oit:staff_index", kwargs={"agency": slug}),
            reverse("oit:staff_checklist", kwargs={"agency": slug, "year": 2566}),
        ]
        for url in pages:
            html = client.get(url).content.decode()
            assert "/staff/oit/checklists/" not in html, url
            assert "/schools/" not in html, url
            assert "Django" not in html, url
