"""The public list, the manual page with its flow diagram, and the PDF."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prongsai.agencies.roles import Role
from prongsai.manuals import actions
from tests.factories import member
from tests.manuals.helpers import draft_manual, public_url, published_manual

pytestmark = pytest.mark.django_db


def test_the_list_shows_only_published_manuals(client, school, other_school):
    shown = published_manual(school, title="คู่มือที่เผยแพร่แล้ว")
    draft_manual(school, title="คู่มือฉบับร่าง")
    pending = draft_manual(school, title="คู่มือรออนุมัติ")
    actions.submit_version(version=pending.versions.get(), actor=member(school, Role.ITA_OFFICER))
    published_manual(other_school, title="คู่มือของโรงเรียนอื่น")
    response = client.get(public_url("public_list", school))
    assert response.status_code == 200
    page = response.content.decode()
    assert "คู่มือที่เผยแพร่แล้ว" in page
    assert public_url("public_detail", school, pk=shown.pk) in page
    assert "คู่มือฉบับร่าง" not in page
    assert "คู่มือรออนุมัติ" not in page
    assert "คู่มือของโรงเรียนอื่น" not in page


def test_unpublished_and_foreign_manuals_are_not_found(client, school, other_school):
    draft = draft_manual(school)
    foreign = published_manual(other_school)
    for pk in (draft.pk, foreign.pk):
        assert client.get(public_url("public_detail", school, pk=pk)).status_code == 404
        assert client.get(public_url("public_pdf", school, pk=pk)).status_code == 404


def test_the_manual_page_draws_the_flow_and_lists_the_steps(client, school):
    manual = published_manual(school)
    response = client.get(public_url("public_detail", school, pk=manual.pk))
    page = response.content.decode()
    flow = page[page.index('class="mflow"') : page.index('class="manual-steps"')]
    assert 'role="img"' in flow
    assert flow.count('class="mflow-node mflow-step"') == 3
    assert flow.count('class="mflow-arrow"') == 4  # start → 1 → 2 → 3 → end
    assert "ผู้อำนวยการโรงเรียน" in flow
    table = page[page.index('class="manual-steps"') :]
    assert table.count("<tr>") >= 4
    assert "1 ชั่วโมง 45 นาที" in page  # 15 + 30 + 60 minutes
    assert "style=" not in page  # the Content-Security-Policy allows no inline style
    assert "<script>" not in page.split("</header>", 1)[1]


def test_the_public_list_costs_the_same_queries_for_one_or_five(client, school):
    published_manual(school, title="คู่มือที่ ๑")
    with CaptureQueriesContext(connection) as one:
        assert client.get(public_url("public_list", school)).status_code == 200
    for number in range(2, 6):
        published_manual(school, title=f"คู่มือที่ {number}")
    with CaptureQueriesContext(connection) as five:
        page = client.get(public_url("public_list", school)).content.decode()
    assert page.count('class="manual-version"') == 5
    assert len(one) == len(five)
    assert len(five) <= 4  # agency, manuals, their published versions; the agency menu


def test_the_staff_list_costs_the_same_queries_for_one_or_five(client, school):
    from tests.conftest import login
    from tests.manuals.helpers import staff_url

    login(client, member(school, Role.STAFF))
    published_manual(school, title="คู่มือที่ ๑")
    with CaptureQueriesContext(connection) as one:
        client.get(staff_url("staff_list", school))
    for number in range(2, 6):
        draft_manual(school, title=f"คู่มือที่ {number}")
    with CaptureQueriesContext(connection) as five:
        client.get(staff_url("staff_list", school))
    assert len(one) == len(five)


# --- PDF (Chromium + poppler) ---------------------------------------------------------------


@pytest.mark.e2e
def test_the_pdf_is_thai_official_style(
    client, school, tmp_path, django_capture_on_commit_callbacks
):
    from prongsai.exports.pdf import chromium_path

    if not Path(chromium_path()).exists() or not shutil.which("pdftotext"):
        pytest.fail(
            "The PDF test needs Chromium (sudo apt-get install chromium, or set CHROMIUM) and "
            "pdftotext (sudo apt-get install poppler-utils)."
        )
    with django_capture_on_commit_callbacks(execute=True):  # printed at approval, by the job
        manual = published_manual(school, title="คู่มือการปฏิบัติงานการยืมพัสดุไปใช้นอกสถานที่")
    response = client.get(public_url("public_pdf", school, pk=manual.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'inline; filename="manual-{school.slug}-{manual.pk}-v1.pdf"'
    )
    path = tmp_path / "manual.pdf"
    path.write_bytes(response.getvalue())
    text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdftotext") or "pdftotext", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    squashed = re.sub(r"\s+", "", text)
    assert "คู่มือการปฏิบัติงานการยืมพัสดุไปใช้นอกสถานที่" in squashed
    assert "รวมระยะเวลาทั้งสิ้น๑ชั่วโมง๔๕นาที" in squashed
    assert re.search("[๐-๙]", text)  # Thai numerals: step numbers, dates, page numbers
    assert "ฉบับที่๑" in squashed
    fonts = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdffonts") or "pdffonts", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts
    assert all("Sarabun" in line for line in fonts)
