"""The staff's evidence pack: a ZIP with index.pdf and the published items' newest files."""

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.exports.pdf import chromium_path
from prongsai.oit import actions, pack
from tests.conftest import login
from tests.factories import member
from tests.oit.test_public import YEAR, add_file, add_link, answer

pytestmark = pytest.mark.django_db


def pack_url(agency_slug: str, year: int = YEAR) -> str:
    return reverse("oit:staff_pack", kwargs={"agency": agency_slug, "year": year})


@pytest.fixture
def filled(school):
    o1 = answer(school, "O1", explanation="แผนผังโครงสร้าง")
    structure = add_file(o1, "แผนผังโครงสร้าง", "structure.pdf", b"%PDF-1.4 v1")
    actions.add_version(
        evidence=structure,
        upload=SimpleUploadedFile("structure.pdf", b"%PDF-1.4 v2"),
        by=member(school, Role.ITA_OFFICER),
    )
    add_file(o1, "แผนผังอีกฉบับ", "structure.pdf", b"%PDF-1.4 other")  # the same name again
    add_link(o1, "โครงสร้างบนเว็บไซต์", "https://example.com/structure")
    o2 = answer(school, "O2", status="ready")
    add_file(o2, "ผู้บริหาร (ยังไม่เผยแพร่)", "executives.pdf")
    return school


def download(client, agency_slug: str = "our-school") -> zipfile.ZipFile:
    response = client.get(pack_url(agency_slug))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment")
    assert f'filename="oit-{agency_slug}-{YEAR}.zip"' in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


@pytest.fixture
def printed(monkeypatch):
    """No Chromium here: keep the print HTML and hand back a stand-in PDF."""
    pages: list[str] = []

    def fake_pdf(html: str, *, base_url: str | None = None) -> bytes:
        pages.append(html)
        assert base_url is not None
        assert base_url.endswith("/static/css/")
        return b"%PDF-1.7 stand-in"

    monkeypatch.setattr(pack, "html_to_pdf", fake_pdf)
    return pages


def test_pack_holds_the_index_and_the_newest_published_files(client, filled, printed):
    login(client, member(filled, Role.ITA_OFFICER))
    archive = download(client)
    assert archive.testzip() is None
    assert sorted(archive.namelist()) == ["O1/structure (2).pdf", "O1/structure.pdf", "index.pdf"]
    assert archive.read("O1/structure.pdf") == b"%PDF-1.4 v2"  # the newest version only
    assert archive.read("O1/structure (2).pdf") == b"%PDF-1.4 other"
    assert archive.read("index.pdf").startswith(b"%PDF")
    assert archive.getinfo("O1/structure.pdf").compress_type == zipfile.ZIP_DEFLATED

    html = printed[0]
    for code in ("O1", "O2", "O43"):
        assert f"http://testserver/our-school/oit/{YEAR}/{code}/" in html
    assert html.count("<svg") == 43 + 1  # a QR code per item, and one of the year page
    assert "๒๕๖๖" in html  # Thai numerals
    assert "๙.๑ ข้อมูลพื้นฐาน" in html
    assert "O1/structure (2).pdf" in html
    assert "executives" not in html


def test_pack_without_chromium_still_ships_the_files(client, filled, monkeypatch):
    def no_chromium(html: str, *, base_url: str | None = None) -> bytes:
        raise RuntimeError("Chromium is not at /nowhere")

    monkeypatch.setattr(pack, "html_to_pdf", no_chromium)
    login(client, member(filled, Role.DIRECTOR))
    names = download(client).namelist()
    assert "index.html" in names
    assert "O1/structure.pdf" in names


def test_an_agency_without_a_started_year_gets_its_default_list(client, school, printed):
    login(client, member(school, Role.ITA_OFFICER))
    assert download(client).namelist() == ["index.pdf"]
    assert "O43" in printed[0]


def test_the_pack_is_for_editors_and_supervisors(client, school, office, printed):
    url = pack_url(school.slug)
    assert client.get(url)["Location"].startswith(reverse("accounts:login"))
    login(client, member(school, Role.STAFF))
    assert client.get(url).status_code == 403
    login(client, member(office, Role.SUPERVISOR))
    assert client.get(url).status_code == 200
    assert client.get(pack_url(school.slug, 2400)).status_code == 404


@pytest.mark.e2e
def test_index_pdf_lists_every_item(client, filled, tmp_path):
    if not Path(chromium_path()).exists() or not shutil.which("pdftotext"):
        pytest.fail("This test needs Chromium and pdftotext (poppler-utils).")
    login(client, member(filled, Role.ITA_OFFICER))
    index = download(client).read("index.pdf")
    assert index.startswith(b"%PDF")
    path = tmp_path / "index.pdf"
    path.write_bytes(index)
    text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdftotext") or "pdftotext", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for n in range(1, 44):
        assert re.search(rf"\bO{n}\b", text), f"O{n}"
    assert "โรงเรียนของเรา" in text
    assert "๒๕๖๖" in text
    assert "/our-school/oit/2566/O43/" in text
