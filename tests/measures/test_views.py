import json
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.measures import actions
from prongsai.measures.models import Measure, MeasureRow, Plan, ProgressUpdate
from tests.conftest import login
from tests.factories import UnitFactory, member
from tests.measures.conftest import SEED

pytestmark = pytest.mark.django_db


def url(name, school, **kwargs):
    return reverse(f"measures:{name}", kwargs={"agency": school.slug, **kwargs})


@pytest.fixture
def officer_client(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    return client


def test_officer_starts_the_standard_plan(officer_client, school):
    response = officer_client.post(
        url("staff_plans", school), {"year": 2570, "source": "standard"}, follow=True
    )
    assert response.redirect_chain[-1][0] == url("staff_plan", school, year=2570)
    html = response.content.decode()
    assert "มาตรการด้านการป้องกันการทุจริต" in html


def test_starting_a_year_twice_says_so_and_keeps_the_form(officer_client, school):
    actions.start_standard_plan(agency=school, year=2570)
    response = officer_client.post(url("staff_plans", school), {"year": 2570, "source": "standard"})
    assert response.status_code == 200
    assert response.context["form"].errors["year"]
    assert Plan.objects.filter(agency=school).count() == 1


def test_a_year_in_the_common_era_is_refused_politely(officer_client, school):
    response = officer_client.post(url("staff_plans", school), {"year": 2026, "source": "standard"})
    assert response.context["form"].errors["year"]
    assert not Plan.objects.exists()


def test_staff_without_editing_role_cannot_start_a_plan(client, school):
    login(client, member(school, Role.STAFF))
    response = client.post(url("staff_plans", school), {"year": 2570, "source": "standard"})
    assert response.status_code == 403
    assert not Plan.objects.exists()


def test_row_edit_inline_with_htmx_returns_the_row(officer_client, school, seed_plan):
    row = MeasureRow.objects.filter(measure__plan=seed_plan, measure__number=1).get()
    edit = url("staff_row_edit", school, year=2566, pk=row.pk)
    form = officer_client.get(edit, HTTP_HX_REQUEST="true")
    assert form.content.decode().lstrip().startswith("<tr")
    response = officer_client.post(
        edit,
        {"steps": "ขั้นที่หนึ่ง\nขั้นที่สอง", "outcome": "ผล", "due_text": "กันยายน ๒๕๖๖"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert html.lstrip().startswith(f'<tr id="row-{row.pk}"')
    assert "ขั้นที่สอง" in html
    row.refresh_from_db()
    assert row.steps == ["ขั้นที่หนึ่ง", "ขั้นที่สอง"]


def test_row_edit_without_javascript_redirects_and_bad_due_keeps_input(
    officer_client, school, seed_plan
):
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    edit = url("staff_row_edit", school, year=2566, pk=row.pk)
    bad = officer_client.post(edit, {"steps": "ขั้นตอนใหม่", "due_text": "เร็วๆนี้"})
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "ขั้นตอนใหม่" in html
    assert bad.context["form"].errors["due_text"]
    row.refresh_from_db()
    assert row.steps != ["ขั้นตอนใหม่"]
    good = officer_client.post(edit, {"steps": "ขั้นตอนใหม่", "due_text": "ก.ย. 2566"})
    assert good["Location"].endswith(f"#row-{row.pk}")


def test_unit_staff_record_progress_only_on_their_units_rows(client, school, seed_plan):
    it = UnitFactory(agency=school, name_th="งานเทคโนโลยีสารสนเทศ")
    teacher = member(school, Role.STAFF)
    teacher.memberships.update(unit=it)
    ours = MeasureRow.objects.get(measure__plan=seed_plan, measure__number=9)
    ours.responsible_units.set([it])
    theirs = MeasureRow.objects.get(measure__plan=seed_plan, measure__number=2)
    login(client, teacher)
    refused = client.get(url("staff_progress", school, year=2566, pk=theirs.pk))
    assert refused.status_code == 403
    response = client.post(
        url("staff_progress", school, year=2566, pk=ours.pk),
        {
            "happened_on": "2023-06-15",
            "text": "ปรับปรุงหน้าเว็บ OIT",
            "evidence_link": "school.example/oit",
            "evidence_file": SimpleUploadedFile("รูป.pdf", b"%PDF-1.4 evidence"),
        },
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get(row=ours)
    assert update.author == teacher
    assert update.happened_on == date(2023, 6, 15)
    assert update.evidence_link == "https://school.example/oit"
    assert update.evidence_file.read() == b"%PDF-1.4 evidence"


def test_progress_rejects_an_executable_and_keeps_the_text(client, school, seed_plan):
    login(client, member(school, Role.ITA_OFFICER))
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    response = client.post(
        url("staff_progress", school, year=2566, pk=row.pk),
        {
            "happened_on": "2023-06-15",
            "text": "ข้อความที่พิมพ์ไว้",
            "evidence_file": SimpleUploadedFile("virus.exe", b"MZ"),
        },
    )
    assert "ข้อความที่พิมพ์ไว้" in response.content.decode()
    assert response.context["form"].errors["evidence_file"]
    assert not ProgressUpdate.objects.exists()


def test_publish_then_public_page_and_api_serve_the_latest_version(
    officer_client, client, school, seed_plan
):
    from tests.measures.test_approval import publish_through_the_director

    publish_through_the_director(officer_client, school, "full")
    Measure.objects.filter(plan=seed_plan, number=1).update(name="มาตรการแก้ไขแล้ว")
    publish_through_the_director(officer_client, school, "full")
    officer_client.logout()
    page = client.get(url("public_report", school, year=2566)).content.decode()
    assert "มาตรการแก้ไขแล้ว" in page
    api = client.get(f"/api/v1/agencies/{school.slug}/measures/2566/").json()
    assert api["version"] == 2
    assert api["document"]["measures"][0]["name"] == "มาตรการแก้ไขแล้ว"
    text = client.get(url("public_report_file", school, year=2566, fmt="txt")).content.decode()
    assert "มาตรการแก้ไขแล้ว" in text


def test_nothing_published_is_not_found(client, school, seed_plan):
    assert client.get(url("public_report", school, year=2566)).status_code == 404
    assert client.get(f"/api/v1/agencies/{school.slug}/measures/2566/").status_code == 404


def test_other_agencies_plan_is_not_reachable_publicly(client, school, other_school, seed_plan):
    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    assert client.get(url("public_report", school, year=2566)).status_code == 200
    assert client.get(url("public_report", other_school, year=2566)).status_code == 404


def test_import_in_the_staff_area_previews_then_saves(officer_client, school):
    upload = SimpleUploadedFile("report.txt", SEED.read_bytes())
    preview = officer_client.post(url("staff_import", school), {"file": upload, "year": 2566})
    html = preview.content.decode()
    assert "มาตรการด้านการป้องกันการทุจริต" in html
    assert not Plan.objects.exists()
    officer_client.post(url("staff_import", school), {"confirm": "1"})
    assert Plan.objects.get(agency=school).measures.count() == 10


def test_import_of_a_broken_file_names_the_line(officer_client, school):
    broken = SEED.read_text(encoding="utf-8").replace("\tกันยายน ๒๕๖๖", " กันยายน ๒๕๖๖", 1)
    upload = SimpleUploadedFile("report.txt", broken.encode("utf-8"))
    response = officer_client.post(url("staff_import", school), {"file": upload, "year": 2566})
    errors = response.context["form"].errors["file"]
    assert "บรรทัดที่" in errors[0]
    assert not Plan.objects.exists()


def test_plan_page_queries_do_not_grow_with_the_plan(
    officer_client, school, django_assert_max_num_queries
):
    plan = Plan.objects.create(agency=school, fiscal_year=2570)
    measure = Measure.objects.create(plan=plan, number=1, name="หนึ่ง")
    MeasureRow.objects.create(measure=measure, order=1, steps=["ก"])
    with django_assert_max_num_queries(40) as small:
        officer_client.get(url("staff_plan", school, year=2570))
    unit = UnitFactory(agency=school)
    for number in range(2, 11):
        extra = Measure.objects.create(plan=plan, number=number, name=f"มาตรการ {number}")
        for order in range(3):
            row = MeasureRow.objects.create(measure=extra, order=order, steps=["ข"])
            row.responsible_units.set([unit])
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = officer_client.get(url("staff_plan", school, year=2570))
    assert len(response.context["measures"]) == 10


def test_public_page_queries_do_not_grow_with_the_plan(
    client, school, seed_plan, django_assert_max_num_queries
):
    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    with django_assert_max_num_queries(8):
        client.get(url("public_report", school, year=2566))


def test_public_downloads_are_the_published_document(client, school, seed_plan):
    import io

    from docx import Document
    from openpyxl import load_workbook

    actions.publish_report(plan=seed_plan, kind="full", actor=None)
    docx = client.get(url("public_report_file", school, year=2566, fmt="docx"))
    assert docx["Content-Disposition"].startswith("attachment;")
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "โรงเรียนกำแพงวิฑยาคม" in text
    xlsx = client.get(url("public_report_file", school, year=2566, fmt="xlsx"))
    sheet = load_workbook(io.BytesIO(xlsx.content)).worksheets[0]
    assert sheet.max_row == 11  # heading + the ten rows
    assert client.get(url("public_report_file", school, year=2566, fmt="exe")).status_code == 404


def test_plan_changes_are_in_the_audit_log(officer_client, school, seed_plan):
    from auditlog.models import LogEntry

    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    officer_client.post(
        url("staff_row_edit", school, year=2566, pk=row.pk),
        {"steps": "แก้ไขเพื่อการตรวจสอบ", "due_text": "กันยายน ๒๕๖๖"},
    )
    entry = LogEntry.objects.get_for_object(row).latest("timestamp")
    assert entry.actor.memberships.get().role == Role.ITA_OFFICER
    _before, after = entry.changes_dict["steps"]
    assert json.loads(after) == ["แก้ไขเพื่อการตรวจสอบ"]
