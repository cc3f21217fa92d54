"""A link the system shows never leads to an error page (issue 11, "Done means").

From each agency's public home (the area office, the demo school, the two other schools and a
school with no data) an anonymous visitor follows every same-site link; from each demo user's
staff home (and a staff member of the school with no data, and the site administrator) the
signed-in person follows every GET link of the back office (a public page it links is checked,
not walked again: the public crawl walks it). Every link must end, after its redirects, on a 200 —
files included (the demo prints its PDFs when it is loaded; jobs run inline in tests). Static
files are not fetched (collectstatic is not run for tests) but must exist for the finders.

A PDF whose figures change (statistics) is printed on its first request, after that request's
transaction commits; inside a test's transaction "after commit" comes after the response, so
its "being prepared" 503 (with Retry-After) is asked once more and must then be the file, as it
is at once with inline jobs outside a test transaction. A 503 twice, or without Retry-After
(a print that failed), is a dead link.

The walk is breadth-first, deduplicated by path and query, on 1 December 2569 (the start of
fiscal year 2570, when the issue was reported). Pages of one URL pattern are sampled: after
PER_PATTERN of them in an agency (say, 50 of the demo's 300 asset pages), more links to it are not
followed — a pattern's pages share their template and their links' shapes. A persona that
reaches MAX_PAGES fails: a cap hit silently would hide the links beyond it.
"""

import io
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.http.response import HttpResponseBase
from django.test import Client
from django.urls import Resolver404, resolve

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from tests.conftest import FAKE_PDF, login
from tests.factories import AgencyFactory, member

pytestmark = pytest.mark.django_db
EARLY_2570 = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
MAX_PAGES = 1500
PER_PATTERN = 50  # per agency: every OIT item of a list (43), a sample of 300 assets
MAX_REDIRECTS = 10
EMPTY_SCHOOL = "empty-school"
PUBLIC_HOMES = [
    "spm-phayao",
    "kamphaeng-wittayakhom",
    "phayao-pittayakhom",
    "chiang-kham-wittaya",
    EMPTY_SCHOOL,
]
SCHOOL_ROLES = [
    Role.STAFF,
    Role.UNIT_HEAD,
    Role.ITA_OFFICER,
    Role.COMPLAINT_OFFICER,
    Role.ASSET_OFFICER,
    Role.DIRECTOR,
]
NEVER_FOLLOWED = ("/delete/", "/logout/")  # a staff crawl only reads


def is_back_office(url: str) -> bool:
    path = urlsplit(url).path
    return path.startswith(("/staff/", "/accounts/")) or "/staff/" in path


@dataclass
class Crawl:
    client: Client
    signed_in: bool
    capture: object  # django_capture_on_commit_callbacks: jobs run after the request, as in use
    seen: set[str] = field(default_factory=set)
    broken: list[str] = field(default_factory=list)
    pages: int = 0
    per_pattern: dict[str, int] = field(default_factory=dict)

    def sampled_enough(self, url: str) -> bool:
        """Whether PER_PATTERN pages of this URL's pattern are already on the walk."""
        try:
            match = resolve(urlsplit(url).path)
        except Resolver404:
            return False  # walked, and reported as the 404 it is
        pattern = f"{match.kwargs.get('agency', '')} {match.route}"
        self.per_pattern[pattern] = self.per_pattern.get(pattern, 0) + 1
        return self.per_pattern[pattern] > PER_PATTERN

    def run(self, start: str, who: str) -> None:
        if start in self.seen:
            return
        queue: deque[tuple[str, str]] = deque([(start, "(start)")])
        self.seen.add(start)
        while queue:
            url, found_on = queue.popleft()
            if self.pages >= MAX_PAGES:
                self.broken.append(f"{who}: stopped at {MAX_PAGES} pages; raise the cap")
                return
            self.pages += 1
            final, response = self.fetch(url)
            if response is None:
                continue
            if response.status_code != 200:
                where = f" (via {final})" if final != url else ""
                self.broken.append(
                    f"{who}: {url} -> {response.status_code}{where}, linked from {found_on}"
                )
                continue
            if "text/html" not in response.get("Content-Type", ""):
                continue
            if self.signed_in and not is_back_office(final):
                continue  # a public page: checked here, walked by the public crawl
            for link in self.links(response.content, final, who):
                if link not in self.seen:
                    self.seen.add(link)
                    if not self.sampled_enough(link):
                        queue.append((link, final))

    def fetch(self, url: str) -> tuple[str, HttpResponseBase | None]:
        """The final page of a link after its redirects, or None when it leaves the site."""
        response = HttpResponseBase(status=310)  # too many redirects
        for _hop in range(MAX_REDIRECTS):
            response = self.get(url)
            if response.status_code == 503 and response.has_header("Retry-After"):
                response = self.get(url)  # printed after the first request's commit
            if response.status_code not in (301, 302, 303, 307, 308):
                return url, response
            location = self.same_site(response["Location"], url)
            if location is None:
                return url, None  # another site
            url = location
        return url, response

    def get(self, url: str) -> HttpResponseBase:
        with self.capture(execute=True):
            response = self.client.get(url)
        if getattr(response, "streaming", False):
            # Read it through the test client's wrapper, which closes the response without
            # firing close_old_connections (a bare response.close() would: on PostgreSQL that
            # closes the test's connection inside its transaction).
            b"".join(response.streaming_content)
        return response

    @staticmethod
    def same_site(href: str, base: str) -> str | None:
        """The path and query of a link to this site, or None for another site, mail, phone."""
        parts = urlsplit(urljoin(f"http://testserver{base}", href.strip()))
        if parts.scheme not in ("http", "https") or parts.netloc != "testserver":
            return None
        return urlunsplit(("", "", parts.path or "/", parts.query, ""))

    def links(self, content: bytes, base: str, who: str) -> list[str]:
        soup = BeautifulSoup(content, "lxml")
        found = []
        tags = soup.find_all("a", href=True) + [
            tag for tag in soup.find_all("link", href=True) if "alternate" in tag.get("rel", [])
        ]
        for tag in tags:
            link = self.same_site(tag["href"], base)
            if link is None:
                continue
            path = urlsplit(link).path
            if path.startswith("/static/"):
                self.check_static(path, base, who)
                continue
            if self.signed_in:
                if path.startswith("/admin/") or path.endswith(NEVER_FOLLOWED):
                    continue
                form = tag.find_parent("form")
                if form is not None and form.get("method", "get").lower() == "post":
                    continue
            found.append(link)
        for tag in soup.find_all(["link", "script", "img"]):
            ref = tag.get("href") or tag.get("src")
            link = self.same_site(ref, base) if ref else None
            if link and urlsplit(link).path.startswith("/static/"):
                self.check_static(urlsplit(link).path, base, who)
        return found

    def check_static(self, path: str, base: str, who: str) -> None:
        if path in self.seen:
            return
        self.seen.add(path)
        if not finders.find(path.removeprefix("/static/")):
            self.broken.append(f"{who}: {path} -> no such static file, linked from {base}")


@pytest.fixture
def demo(django_capture_on_commit_callbacks, monkeypatch):
    # Staff previews and the evidence pack print on request: a stand-in, as for public PDFs
    # (tests/conftest.py), so the walk needs no Chromium.
    for module in ("prongsai.exports.pdf", "prongsai.oit.pack", "prongsai.measures.report_html"):
        monkeypatch.setattr(f"{module}.html_to_pdf", lambda html, **kwargs: FAKE_PDF)
    with time_machine.travel(EARLY_2570, tick=False):
        with django_capture_on_commit_callbacks(execute=True):  # the demo prints its PDFs
            call_command("load_demo", stdout=io.StringIO())
            office = Agency.objects.get(slug="spm-phayao")
            AgencyFactory(slug=EMPTY_SCHOOL, name_th="โรงเรียนยังไม่มีข้อมูล", parent=office)
        yield


def report(broken: list[str]) -> str:
    return f"{len(broken)} dead link(s):\n" + "\n".join(broken)


def test_every_link_from_each_public_home_answers(demo, django_capture_on_commit_callbacks):
    # One visitor: a page already walked from another home is not walked again.
    crawl = Crawl(Client(), signed_in=False, capture=django_capture_on_commit_callbacks)
    with time_machine.travel(EARLY_2570, tick=False):
        for slug in PUBLIC_HOMES:
            crawl.run(f"/{slug}/", who=f"public {slug}")
    assert not crawl.broken, report(crawl.broken)


def staff_personas() -> list[tuple[User, str]]:
    school = "kamphaeng-wittayakhom"
    personas = [(User.objects.get(username=role), f"/{school}/staff/") for role in SCHOOL_ROLES]
    personas.append((User.objects.get(username=Role.SUPERVISOR), "/spm-phayao/staff/"))
    empty = Agency.objects.get(slug=EMPTY_SCHOOL)
    personas.append((member(empty, Role.STAFF, username="empty-staff"), f"/{EMPTY_SCHOOL}/staff/"))
    personas.append((User.objects.get(username="admin"), "/staff/"))
    return personas


def test_every_get_link_from_each_staff_home_answers(demo, django_capture_on_commit_callbacks):
    broken: list[str] = []
    with time_machine.travel(EARLY_2570, tick=False):
        for user, home in staff_personas():
            client = login(Client(), user)
            crawl = Crawl(client, signed_in=True, capture=django_capture_on_commit_callbacks)
            crawl.run(home, who=user.username)
            broken += crawl.broken
    assert not broken, report(broken)
