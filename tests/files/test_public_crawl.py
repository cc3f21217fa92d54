"""Every file link on the demo's public pages answers 200 (and none points at /media/, which
nothing serves). The demo ships no uploads, so a school's usual ones are added first: an
evidence file on a published OIT item (the demo's No Gift activity brings a photo)."""

import io
import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.oit import actions as oit
from prongsai.oit.models import Answer, Item
from tests.factories import member

pytestmark = pytest.mark.django_db
LINK = re.compile(r'<(?:a|img|link)\b[^>]*\b(?:href|src)="([^"#]+)', re.I)
FILE = re.compile(r"/files/\d+/$|/photos/\d+/$|\.(pdf|docx|xlsx|csv|zip|txt)(\?|$)")
MAX_PAGES = 1000  # the demo school has about 400 public pages


@pytest.fixture
def demo_school() -> Agency:
    call_command("load_demo", stdout=io.StringIO())
    school = Agency.objects.get(slug="kamphaeng-wittayakhom")
    answer = Answer.objects.get(
        agency=school, item__code="O1", item__checklist__year=2566, status="published"
    )
    oit.add_file(
        answer=answer,
        title="แผนภูมิโครงสร้างโรงเรียน",
        upload=SimpleUploadedFile("โครงสร้างโรงเรียน.pdf", b"%PDF-1.4 structure"),
        dated_on=None,
        by=member(school, Role.ITA_OFFICER),
    )
    assert Item.objects.filter(checklist__year=2566, code="O1").exists()
    return school


def crawl(client, slug: str) -> tuple[dict[str, int], set[str]]:
    """Status of every public page reachable from the agency's home, and the file links seen."""
    start = f"/{slug}/"
    seen: dict[str, int] = {}
    files: set[str] = set()
    queue = [start]
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.status_code in (301, 302) and response["Location"].startswith(start):
            queue.append(response["Location"])
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            link = urljoin(url, href.replace("&amp;", "&"))
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            assert not link.startswith("/media/"), f"{url} links {link}, which nothing serves"
            if FILE.search(parts.path):
                files.add(link)
            elif link.startswith(start) and "/staff/" not in link and link not in seen:
                queue.append(link)
    return seen, files


def test_every_file_link_on_the_public_pages_answers_200(
    client, demo_school, django_capture_on_commit_callbacks
):
    pages, files = crawl(client, demo_school.slug)
    assert len(pages) < MAX_PAGES
    assert any("/oit/2566/O1/files/" in link for link in files)
    # The demo's No Gift culture activity has a photo (the answer to the culture item).
    assert any("/no-gift/activities/" in link and "/photos/" in link for link in files)
    broken = {}
    for link in sorted(files):
        with django_capture_on_commit_callbacks(execute=True):  # the print job, as after commit
            response = client.get(link)
        if response.status_code == 503 and response.has_header("Retry-After"):
            response = client.get(link)  # a printed PDF: "being prepared" once, then the file
        if response.status_code != 200:
            broken[link] = response.status_code
        else:
            assert response["X-Content-Type-Options"] == "nosniff", link
    assert not broken, broken
