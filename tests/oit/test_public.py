"""The public OIT disclosure: the year page, one item's page and the evidence files."""

import re
from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.oit import actions
from prongsai.oit.models import Answer, Checklist, Evidence
from prongsai.oit.queries import default_checklist
from tests.factories import member

pytestmark = pytest.mark.django_db
YEAR = 2566


# --- helpers (also used by test_api.py and test_pack.py) -----------------------------------


def answer(agency: Agency, code: str, status: str = "published", explanation: str = "") -> Answer:
    item = default_checklist(agency, YEAR).items.get(code=code)
    found = actions.answer_for(agency=agency, item=item)
    found.status = status
    found.explanation = explanation
    found.save()
    return found


def add_file(
    target: Answer, title: str, name: str = "doc.pdf", content: bytes = b"%PDF-1.4 one"
) -> Evidence:
    uploader = member(target.agency, Role.ITA_OFFICER)
    upload = SimpleUploadedFile(name, content)
    return actions.add_file(answer=target, title=title, upload=upload, dated_on=None, by=uploader)


def add_link(target: Answer, title: str, url: str = "https://example.com/doc") -> Evidence:
    return actions.add_link(answer=target, title=title, url=url, dated_on=None)


def year_url(agency: Agency, year: int = YEAR) -> str:
    return reverse("oit:public_year", kwargs={"agency": agency.slug, "year": year})


def item_url(agency: Agency, code: str) -> str:
    return reverse("oit:public_item", kwargs={"agency": agency.slug, "year": YEAR, "code": code})


def file_url(agency: Agency, code: str, pk: int) -> str:
    return reverse(
        "oit:public_file", kwargs={"agency": agency.slug, "year": YEAR, "code": code, "pk": pk}
    )


def thai(msgid: str) -> str:
    with translation.override("th"):
        return gettext(msgid)


@pytest.fixture
def disclosed(school):
    """O1 published (a file and a link), O2 ready, O3 a draft: only O1 is public."""
    o1 = answer(school, "O1", explanation="แผนผังโครงสร้างของโรงเรียนฉบับปัจจุบัน")
    structure = add_file(o1, "แผนผังโครงสร้าง", "structure.pdf")
    add_link(o1, "โครงสร้างบนเว็บไซต์เขต", "https://example.com/structure")
    o2 = answer(school, "O2", status="ready", explanation="คำอธิบายที่ยังไม่เผยแพร่")
    add_link(o2, "รายชื่อผู้บริหารฉบับร่าง", "https://example.com/draft-executives")
    o3 = answer(school, "O3", status="draft", explanation="ร่างอำนาจหน้าที่")
    draft = add_file(o3, "อำนาจหน้าที่ฉบับร่าง", "duties.pdf")
    return {"structure": structure, "draft": draft}


# --- the year page ------------------------------------------------------------------------


def test_index_goes_to_the_newest_started_year(client, school):
    for year in (2566, 2567):
        checklist = Checklist.objects.filter(year=year, owner=None).first()
        actions.choose_checklist(agency=school, year=year, checklist=checklist)
    response = client.get(reverse("oit:public_index", kwargs={"agency": school.slug}))
    assert response.status_code == 302
    assert response["Location"] == year_url(school, 2567)


def test_index_without_a_started_year_goes_to_the_current_fiscal_year(client, school):
    # When the current year has a list (FY 2569: January 2026); tests/oit/test_year_links.py
    # covers a year whose list is not out yet.
    with time_machine.travel(date(2026, 1, 15), tick=False):
        response = client.get(reverse("oit:public_index", kwargs={"agency": school.slug}))
        assert response["Location"] == year_url(school, current_fiscal_year(timezone.localdate()))


def test_year_page_groups_items_and_shows_only_published_evidence(client, school, disclosed):
    response = client.get(year_url(school))
    assert response.status_code == 200
    html = response.content.decode()

    headings = re.findall(r"<h2 id=\"sub-\d+-title\">([^<]+)</h2>", html)
    assert headings[0] == "9.1 ข้อมูลพื้นฐาน"
    assert headings[-1].startswith("10.2 ")
    rows = re.findall(r'<tr id="(O\d+)">', html)
    assert rows == [f"O{n}" for n in range(1, 44)]  # every item, in order
    for code in ("O1", "O2", "O43"):
        assert f'href="{item_url(school, code)}"' in html

    # O1 is published: explanation and evidence, the file through this site, the link outwards.
    assert "แผนผังโครงสร้างของโรงเรียนฉบับปัจจุบัน" in html
    assert f'href="{file_url(school, "O1", disclosed["structure"].pk)}"' in html
    assert '<a href="https://example.com/structure" rel="noopener">' in html
    # O2 (ready) and O3 (draft) show neither explanation nor evidence.
    for secret in ("คำอธิบายที่ยังไม่เผยแพร่", "draft-executives", "ร่างอำนาจหน้าที่", "duties.pdf"):
        assert secret not in html
    assert html.count(thai("Not published yet")) >= 42 * 2  # evidence cell and badge
    assert response.context["published"] == 1
    assert response.context["total"] == 43


def test_a_ready_answer_with_a_dead_link_stays_unpublished(client, school):
    # item_states calls it "stale" (ready, with a problem), but the officer never published it.
    target = answer(school, "O4", status="ready")
    link = add_link(target, "แผนที่ยังไม่เผยแพร่", "https://example.com/unpublished-plan")
    Evidence.objects.filter(pk=link.pk).update(link_ok=False)
    html = client.get(year_url(school)).content.decode()
    assert "unpublished-plan" not in html
    data = client.get(
        reverse("api:oit_public", kwargs={"agency": school.slug, "year": YEAR})
    ).json()
    o4 = next(item for item in data["items"] if item["code"] == "O4")
    assert o4["status"] == "not_published"
    assert o4["evidence"] == []


def test_a_published_item_with_a_dead_link_stays_public_as_stale(client, school):
    target = answer(school, "O4")
    link = add_link(target, "แผนดำเนินงานประจำปี", "https://example.com/old-plan")
    Evidence.objects.filter(pk=link.pk).update(link_ok=False)
    response = client.get(year_url(school))
    assert "https://example.com/old-plan" in response.content.decode()
    assert thai("Some evidence is due for an update.") in response.content.decode()


def test_year_page_phone_friendly_and_csp_clean(client, school, disclosed):
    response = client.get(year_url(school))
    html = response.content.decode()
    assert 'name="viewport"' in html
    assert "stack-on-phone" in html
    assert "<caption>" in html
    assert " style=" not in html
    assert "<style" not in html
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)  # scripts only from files
    assert "Content-Security-Policy" in response


def test_unknown_agency_or_year_is_404(client, school):
    assert client.get(year_url(school).replace(school.slug, "no-such-school")).status_code == 404
    assert client.get(year_url(school, 2400)).status_code == 404
    assert client.get(reverse("oit:public_index", kwargs={"agency": "nobody"})).status_code == 404


# --- one item's page ----------------------------------------------------------------------


def test_item_page_is_what_the_assessor_needs(client, school, disclosed):
    response = client.get(item_url(school, "O1"))
    assert response.status_code == 200
    html = response.content.decode()
    item = default_checklist(school, YEAR).items.get(code="O1")
    assert item.title in html
    assert "9.1" in html
    assert item.subindicator_name in html
    for _index, text in item.components_for(school.kind):
        assert text.replace("'", "&#x27;") in html
    assert "แผนผังโครงสร้างของโรงเรียนฉบับปัจจุบัน" in html
    assert f'href="{file_url(school, "O1", disclosed["structure"].pk)}"' in html
    assert '<a href="https://example.com/structure" rel="noopener">' in html
    assert f"http://testserver{item_url(school, 'O1')}" in html  # the address to paste
    assert f'href="{item_url(school, "O2")}"' in html  # next item
    assert " style=" not in html


def test_item_page_of_an_unpublished_item_says_so(client, school, disclosed):
    html = client.get(item_url(school, "O3")).content.decode()
    assert thai("Not published yet") in html
    assert "ร่างอำนาจหน้าที่" not in html
    assert "duties.pdf" not in html
    assert file_url(school, "O3", disclosed["draft"].pk) not in html


def test_generated_pages_link_to_this_site(client, school, monkeypatch):
    from prongsai.agencies import evidence, modules

    page = evidence.Evidence(
        "test_page",
        "test",
        (),
        evidence.each_agency(
            lambda agency, year: evidence.Generated(f"/{agency.slug}/somewhere/", "หน้าทดสอบ")
        ),
    )
    module = modules.Module("test", evidence=[page])
    monkeypatch.setitem(modules._MODULES, "test", module)  # gone after the test
    item = default_checklist(school, YEAR).items.get(code="O5")
    item.generator = "test_page"
    item.save()
    answer(school, "O5")
    html = client.get(item_url(school, "O5")).content.decode()
    assert f'<a href="/{school.slug}/somewhere/">หน้าทดสอบ</a>' in html


def test_unknown_item_code_is_404(client, school):
    assert client.get(item_url(school, "O99")).status_code == 404
    assert client.get(item_url(school, "O1").replace(school.slug, "nobody")).status_code == 404


# --- files --------------------------------------------------------------------------------


def test_file_serves_the_newest_version_inline(client, school, disclosed):
    evidence = disclosed["structure"]
    actions.add_version(
        evidence=evidence,
        upload=SimpleUploadedFile("structure-v2.pdf", b"%PDF-1.4 two"),
        by=member(school, Role.ITA_OFFICER),
    )
    response = client.get(file_url(school, "O1", evidence.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 two"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert "structure-v2.pdf" in response["Content-Disposition"]


def real_docx() -> bytes:
    """A genuine DOCX: uploads are checked by their contents, not their names."""
    import io

    from docx import Document

    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph("แผนปฏิบัติการ")
    document.save(buffer)
    return buffer.getvalue()


def test_office_documents_are_downloaded(client, school):
    target = answer(school, "O6")
    evidence = add_file(target, "แผนปฏิบัติการ", "plan.docx", real_docx())
    response = client.get(file_url(school, "O6", evidence.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_files_of_unpublished_items_are_404(client, school, disclosed):
    assert client.get(file_url(school, "O3", disclosed["draft"].pk)).status_code == 404


def test_file_must_belong_to_the_agency_and_the_item(client, school, other_school, disclosed):
    theirs = add_file(answer(other_school, "O1"), "ของโรงเรียนอื่น", "theirs.pdf")
    assert client.get(file_url(other_school, "O1", theirs.pk)).status_code == 200
    # Another agency's file id through this agency's URL.
    assert client.get(file_url(school, "O1", theirs.pk)).status_code == 404
    # This agency's file under another item's code.
    assert client.get(file_url(school, "O2", disclosed["structure"].pk)).status_code == 404
    # A link is not a file.
    link = Evidence.objects.get(answer__agency=school, kind="link", answer__item__code="O1")
    assert client.get(file_url(school, "O1", link.pk)).status_code == 404


# --- queries ------------------------------------------------------------------------------


def fill_every_item(agency: Agency, per_item: int) -> None:
    """Every item published with `per_item` pieces of evidence (files with two versions)."""
    uploader = member(agency, Role.ITA_OFFICER)
    for item in default_checklist(agency, YEAR).items.all():
        target = actions.answer_for(agency=agency, item=item)
        target.status = Answer.Status.PUBLISHED
        target.explanation = f"คำอธิบาย {item.code}"
        target.save()
        have = target.evidence.count()
        for n in range(have, per_item):
            if n % 3 == 1:
                evidence = add_file(target, f"ไฟล์ {n}", f"{item.code}-{n}.pdf")
                actions.add_version(
                    evidence=evidence,
                    upload=SimpleUploadedFile(f"{item.code}-{n}-v2.pdf", b"%PDF-1.4 v2"),
                    by=uploader,
                    dated_on=date(2023, 1, 1),
                )
            else:
                add_link(target, f"ลิงก์ {n}", f"https://example.com/{item.code}/{n}")


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_year_and_item_pages_run_a_fixed_number_of_queries(client, school):
    pages = [year_url(school), item_url(school, "O10")]
    fill_every_item(school, 1)
    with_one = [count_queries(client, url) for url in pages]
    fill_every_item(school, 3)  # 43 items × 3 pieces of evidence
    assert Evidence.objects.filter(answer__agency=school).count() == 43 * 3
    with_three = [count_queries(client, url) for url in pages]
    assert with_three == with_one, (with_one, with_three)
    # A fixed base, plus one query per page of the modules that answers an item of the list
    # (each module's builder answers for any number of agencies in one query).
    generators = {
        item.generator for item in default_checklist(school, YEAR).items.all() if item.generator
    }
    assert max(with_one) <= 12 + len(generators), (with_one, sorted(generators))
    html = client.get(pages[0]).content.decode()
    assert html.count('class="oit-evidence"') == 43
