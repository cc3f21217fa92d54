"""The No Gift Policy declaration: drafted from the template or last year's text, edited by the
ITA officer, approved by the director only (who and when), frozen once approved (a change is a
new draft version), published at /<agency>/no-gift/<year>/ with its PDF and Word files."""

import io
import re
import shutil
import subprocess
from datetime import date

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity import declaration_text
from prongsai.integrity.models import Declaration
from prongsai.lib.thai import date_input_text
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db

TODAY = date(2025, 11, 3)  # fiscal year 2569


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


def form_data(declaration, **changes):
    data = {
        name: getattr(declaration, name)
        for name in (
            "title_th",
            "preamble_th",
            "commitments_th",
            "title_en",
            "preamble_en",
            "commitments_en",
            "signer_name",
            "signer_position",
        )
    }
    data["declared_on"] = date_input_text(declaration.declared_on)
    data.update(changes)
    return data


def start(agency, year=2568, today=date(2024, 11, 1)):
    officer = member(agency, Role.ITA_OFFICER)
    return actions.start_declaration(agency=agency, year=year, by=officer, today=today)


def test_the_first_draft_is_the_template_with_the_year_and_the_director(school):
    director = member(school, Role.DIRECTOR)
    director.first_name, director.last_name = "สมชาย", "ใจดี"
    director.save()
    draft = start(school, 2568)
    assert draft.status == Declaration.Status.DRAFT
    assert draft.version == 1
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in draft.title_th
    assert "มาตรา ๑๒๘" in draft.preamble_th
    assert "พ.ศ. ๒๕๖๓" in draft.preamble_th
    assert "ก่อน ระหว่าง และหลังการปฏิบัติหน้าที่" in draft.commitments_th
    assert len(draft.commitments_list) == 4
    assert "สมชาย" in draft.signer_name
    assert draft.signer_position == "ผู้อำนวยการโรงเรียนของเรา"
    assert draft.declared_on == date(2024, 11, 1)


def test_a_new_year_starts_from_last_years_text_with_the_year_moved_on(school):
    member(school, Role.DIRECTOR)
    old = start(school, 2567, today=date(2023, 12, 1))
    old.commitments_th = "ข้อผูกพันของเราเอง ปี ๒๕๖๗"
    old.title_en = "No Gift Policy for fiscal year 2567 (2024)"
    old.commitments_en = "We accept no gifts."
    old.save()
    new = start(school, 2568)
    assert new.commitments_th == "ข้อผูกพันของเราเอง ปี ๒๕๖๘"
    assert new.title_en == "No Gift Policy for fiscal year 2568 (2025)"
    assert "พ.ศ. ๒๕๖๑" in new.preamble_th  # the laws' years stay
    assert new.version == 1
    assert new.status == Declaration.Status.DRAFT


def test_a_law_year_is_never_moved():
    assert declaration_text.carried_over("พ.ศ. ๒๕๖๓ และ ๒๕๖๑", 2563, 2564) == "พ.ศ. ๒๕๖๓ และ ๒๕๖๑"


def test_one_declaration_a_year(school):
    start(school, 2568)
    with pytest.raises(ValidationError):
        start(school, 2568)


def test_only_the_director_approves_and_it_records_who_and_when(school):
    draft = start(school, 2568)
    officer = member(school, Role.ITA_OFFICER)
    with pytest.raises(ValidationError):
        actions.approve_declaration(declaration=draft, by=officer)
    director = member(school, Role.DIRECTOR)
    approved = actions.approve_declaration(declaration=draft, by=director)
    assert approved.status == Declaration.Status.APPROVED
    assert approved.approved_by == director
    assert approved.approved_at is not None
    with pytest.raises(ValidationError):
        actions.approve_declaration(declaration=approved, by=director)


def test_an_approved_text_is_frozen_a_change_makes_a_new_draft(school):
    director = member(school, Role.DIRECTOR)
    approved = actions.approve_declaration(declaration=start(school, 2568), by=director)
    data = actions.DeclarationData(
        **{**form_data(approved), "declared_on": approved.declared_on, "title_th": "ใหม่"}
    )
    draft = actions.save_declaration(declaration=approved, data=data, by=director)
    approved.refresh_from_db()
    assert approved.title_th != "ใหม่"
    assert approved.status == Declaration.Status.APPROVED
    assert draft.version == 2
    assert draft.status == Declaration.Status.DRAFT
    assert draft.title_th == "ใหม่"


def test_the_officer_edits_the_director_approves_in_the_browser(client, school):
    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)
    login(client, officer)
    assert client.get(url("declarations", school)).status_code == 200
    response = client.post(url("declaration_start", school), {"year": "2569"})
    assert response.status_code == 302
    draft = Declaration.objects.get(agency=school, year=2569)
    page = client.get(url("declaration_edit", school, year=2569))
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in page.content.decode()
    assert url("declaration_approve", school, year=2569) not in page.content.decode()
    response = client.post(
        url("declaration_edit", school, year=2569),
        form_data(draft, commitments_th="ข้อหนึ่ง\nข้อสอง", declared_on="15/12/2568"),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.commitments_list == ["ข้อหนึ่ง", "ข้อสอง"]
    assert draft.declared_on == date(2025, 12, 15)
    assert client.post(url("declaration_approve", school, year=2569)).status_code == 403
    login(client, director)
    response = client.post(url("declaration_approve", school, year=2569))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Declaration.Status.APPROVED
    assert draft.approved_by == director


def test_bad_input_names_the_field_keeps_the_text_and_saves_nothing(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    draft = start(school, 2568)
    response = client.post(
        url("declaration_edit", school, year=2568),
        form_data(draft, title_th="", declared_on="01/10/2569", preamble_th="คำปรารภที่พิมพ์ไว้"),
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "คำปรารภที่พิมพ์ไว้" in text
    assert "field-invalid" in text
    draft.refresh_from_db()
    assert draft.preamble_th != "คำปรารภที่พิมพ์ไว้"


def test_english_needs_its_subject_and_commitments(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    draft = start(school, 2568)
    response = client.post(
        url("declaration_edit", school, year=2568), form_data(draft, title_en="No Gift Policy")
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.title_en == ""


def test_another_agency_and_other_roles_cannot_reach_it(client, school, other_school):
    start(school, 2568)
    login(client, member(other_school, Role.ITA_OFFICER))
    assert client.get(url("declaration_edit", school, year=2568)).status_code == 404
    login(client, member(school, Role.ITA_OFFICER))
    assert client.get(url("declaration_edit", school, year=2567)).status_code == 404
    login(client, member(school, Role.STAFF))
    assert client.get(url("declaration_edit", school, year=2568)).status_code == 403


def test_the_public_page_shows_only_the_approved_version(client, school):
    director = member(school, Role.DIRECTOR)
    approved = actions.approve_declaration(declaration=start(school, 2568), by=director)
    data = actions.DeclarationData(
        **{**form_data(approved), "declared_on": approved.declared_on, "title_th": "ร่างใหม่"}
    )
    actions.save_declaration(declaration=approved, data=data, by=director)
    page = client.get(url("no_gift", school, year=2568)).content.decode()
    assert approved.title_th in page
    assert "ร่างใหม่" not in page
    assert url("no_gift_pdf", school, year=2568) in page
    assert client.get(url("no_gift_latest", school))["Location"].endswith("/no-gift/2568/")


def test_a_year_without_a_declaration_is_a_friendly_page_not_a_404(client, school):
    start(school, 2569)  # a draft only
    response = client.get(url("no_gift", school, year=2569))
    assert response.status_code == 200
    assert "ยังไม่ได้เผยแพร่" in response.content.decode() or "not published" in (
        response.content.decode()
    )
    assert client.get(url("no_gift_pdf", school, year=2569)).status_code == 404
    assert client.get(url("no_gift_latest", school)).status_code == 302


def test_the_word_file_is_thai_official_style(client, school):
    from docx import Document

    director = member(school, Role.DIRECTOR)
    actions.approve_declaration(declaration=start(school, 2568), by=director)
    response = client.get(url("no_gift_docx", school, year=2568))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    document = Document(io.BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "ประกาศโรงเรียนของเรา"
    assert texts[1].startswith("เรื่อง เจตนารมณ์นโยบายไม่รับของขวัญ")
    assert any(t.startswith("๑.\t") for t in texts)
    assert any(t.startswith("ประกาศ ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๗") for t in texts)
    run = document.paragraphs[0].runs[0]._r
    assert 'w:cs="TH Sarabun New"' in run.xml
    assert 'w:bidi="th-TH"' in run.xml


@pytest.mark.e2e
def test_the_pdf_is_a_thai_announcement(
    client, school, tmp_path, django_capture_on_commit_callbacks
):
    if not shutil.which("pdftotext"):
        pytest.fail("The PDF test needs pdftotext (sudo apt-get install poppler-utils).")
    director = member(school, Role.DIRECTOR)
    director.first_name, director.last_name = "ธรรมนูญ", "นำทาง"
    director.save()
    approved = actions.approve_declaration(declaration=start(school, 2568), by=director)
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job after commit
        response = client.get(url("no_gift_pdf", school, year=2568))
    if response.status_code == 503:
        response = client.get(url("no_gift_pdf", school, year=2568))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    path = tmp_path / "declaration.pdf"
    path.write_bytes(response.getvalue())
    text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdftotext") or "pdftotext", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    squashed = re.sub(r"\s+", "", text)
    assert "ประกาศโรงเรียนของเรา" in squashed
    assert "ประจำปีงบประมาณพ.ศ.๒๕๖๘" in squashed
    assert "ประกาศณวันที่๑พฤศจิกายนพ.ศ.๒๕๖๗" in squashed
    assert "(ธรรมนูญนำทาง)" in squashed
    assert approved.signer_position in text
    fonts = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdffonts") or "pdffonts", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts
    assert all("Sarabun" in line for line in fonts)


def test_the_declarations_page_answers_in_few_queries(
    client, school, django_assert_max_num_queries
):
    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)
    login(client, officer)
    actions.start_declaration(agency=school, year=2560, by=officer, today=date(2017, 1, 1))
    with django_assert_max_num_queries(20) as one:
        client.get(url("declarations", school))
    for year in range(2561, 2568):
        draft = actions.start_declaration(
            agency=school, year=year, by=officer, today=date(year - 543, 1, 1)
        )
        actions.approve_declaration(declaration=draft, by=director)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url("declarations", school))


def test_the_to_do_asks_the_officer_to_start_and_the_director_to_approve(school):
    from django.utils import timezone

    from prongsai.agencies.todo import Asker
    from prongsai.integrity.todo import no_gift_todo
    from prongsai.lib.fiscal import fiscal_year

    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)
    today = timezone.localdate()
    year = fiscal_year(today)

    def labels(user, role):
        asker = Asker(user=user, agency=school, roles=frozenset({role}), today=today)
        return [str(row.label) for row in no_gift_todo(asker)]

    assert any(str(year) in label for label in labels(officer, Role.ITA_OFFICER))
    assert labels(director, Role.DIRECTOR) == []
    draft = actions.start_declaration(agency=school, year=year, by=officer)
    assert labels(officer, Role.ITA_OFFICER) == []
    assert any(str(year) in label for label in labels(director, Role.DIRECTOR))
    actions.approve_declaration(declaration=draft, by=director)
    assert labels(director, Role.DIRECTOR) == []


def test_the_english_text_is_shown_to_those_who_chose_english(client, school):
    director = member(school, Role.DIRECTOR)
    draft = start(school, 2568)
    draft.title_en = "No Gift Policy for fiscal year 2568"
    draft.commitments_en = "We accept no gifts."
    draft.save()
    actions.approve_declaration(declaration=draft, by=director)
    address = url("no_gift", school, year=2568)
    assert "We accept no gifts." not in client.get(address).content.decode()  # Thai page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "We accept no gifts." in client.get(address).content.decode()
