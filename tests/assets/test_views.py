"""The pages for each role: staff read, the asset officer and the director keep the register,
another agency's people get 404; bounded queries; import upload → preview → confirm."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.assets.models import Asset, AssetEvent
from prongsai.assets.sheet import heading_row
from tests.assets.helpers import make_asset
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"assets:{name}", kwargs={"agency": agency.slug, **kwargs})


def form(**overrides):
    values = {
        "number": "7440-001-0009/2567",
        "name": "กล้องถ่ายภาพดิจิทัล",
        "kind": "durable",
        "brand_model": "Canon EOS 200D II",
        "serial": "",
        "unit_of_count": "ตัว",
        "acquired_on": "๑๕/๐๖/๒๕๖๗",
        "cost": "๒๘,๐๐๐ บาท",
        "fund_source": "เงินงบประมาณ",
        "location": "ห้องประชาสัมพันธ์",
        "responsible_unit": "",
        "condition": "usable",
        "notes": "",
    }
    values.update(overrides)
    return values


def csv_upload(rows, name="register.csv"):
    text = io.StringIO()
    import csv

    writer = csv.writer(text)
    writer.writerow(heading_row())
    for row in rows:
        writer.writerow(row + [""] * (len(heading_row()) - len(row)))
    return SimpleUploadedFile(name, text.getvalue().encode("utf-8"), content_type="text/csv")


def test_staff_read_the_list_and_the_asset_with_its_qr(client, school):
    asset = make_asset(school, serial="SN-XYZ")
    login(client, member(school, Role.STAFF))
    page = client.get(url("staff_list", school)).content.decode()
    assert asset.number in page
    assert url("staff_create", school) not in page  # no add button for staff
    detail = client.get(url("staff_detail", school, pk=asset.pk))
    assert detail.status_code == 200
    assert b"<svg" in detail.content
    assert b"SN-XYZ" in detail.content
    assert client.get(url("staff_create", school)).status_code == 403
    assert client.get(url("staff_edit", school, pk=asset.pk)).status_code == 403
    assert client.get(url("staff_import", school)).status_code == 403


def test_another_agencys_people_get_404(client, school, other_school):
    asset = make_asset(school)
    login(client, member(other_school, Role.ASSET_OFFICER))
    assert client.get(url("staff_list", school)).status_code == 404
    assert client.get(url("staff_detail", school, pk=asset.pk)).status_code == 404
    login(client, member(other_school, Role.ASSET_OFFICER, username="other2"))
    assert client.get(url("staff_detail", other_school, pk=asset.pk)).status_code == 404


def test_search_and_filters(client, school):
    make_asset(school, "A-1", name="โปรเจกเตอร์", location="ห้องประชุม")
    make_asset(school, "A-2", name="โน้ตบุ๊ก", serial="SN77", condition="damaged")
    login(client, member(school, Role.STAFF))
    page = client.get(url("staff_list", school), {"q": "ประชุม"}).content.decode()
    assert "A-1" in page
    assert "A-2" not in page
    page = client.get(url("staff_list", school), {"q": "sn77"}).content.decode()
    assert "A-2" in page
    assert "A-1" not in page
    page = client.get(url("staff_list", school), {"condition": "damaged"}).content.decode()
    assert "A-2" in page
    assert "A-1" not in page


@pytest.mark.parametrize("count", [1, 50])
def test_the_list_is_bounded_in_queries(client, school, count):
    for index in range(count):
        make_asset(school, f"A-{index:03d}")
    login(client, member(school, Role.STAFF))
    client.get(url("staff_list", school))  # warm the session and caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("staff_list", school))
    assert response.status_code == 200
    assert len(queries) <= 12, [q["sql"] for q in queries]


def test_one_and_fifty_assets_cost_the_same_queries(client, school):
    login(client, member(school, Role.STAFF))
    counts = []
    for total in (1, 50):
        for index in range(Asset.objects.count(), total):
            make_asset(school, f"A-{index:03d}")
        client.get(url("staff_list", school))
        with CaptureQueriesContext(connection) as queries:
            client.get(url("staff_list", school))
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("role", [Role.ASSET_OFFICER, Role.DIRECTOR])
def test_the_asset_officer_and_the_director_add_and_edit(client, school, role):
    login(client, member(school, role))
    response = client.post(url("staff_create", school), form())
    asset = Asset.objects.get(agency=school)
    assert response.status_code == 302
    assert asset.cost == 28000
    assert asset.acquired_on.isoformat() == "2024-06-15"
    response = client.post(url("staff_edit", school, pk=asset.pk), form(condition="damaged"))
    assert response.status_code == 302
    assert asset.events.first().kind == AssetEvent.Kind.CONDITION
    page = client.get(url("staff_detail", school, pk=asset.pk)).content.decode()
    assert "→" in page  # the history shows what changed


def test_bad_input_keeps_what_was_typed_and_names_the_field(client, school):
    make_asset(school, "7440-001-0009/2567")
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.post(url("staff_create", school), form(cost="สามพัน", name="กล้องใหม่"))
    assert response.status_code == 200
    assert "กล้องใหม่" in response.content.decode()
    assert "cost" in response.context["form"].errors
    response = client.post(url("staff_create", school), form())  # the number is taken
    assert "number" in response.context["form"].errors
    assert Asset.objects.count() == 1


def test_import_preview_then_confirm(client, school):
    make_asset(school, "A-1", name="เดิม")
    login(client, member(school, Role.ASSET_OFFICER))
    upload = csv_upload(
        [["A-1", "ใหม่"], ["๗๔๔๐-๐๐๑-๐๐๐๒/๒๕๖๗", "โน้ตบุ๊ก", "", "", "เครื่อง", "๑/๑/๒๕๖๗", "๒๒,๐๐๐"]]
    )
    preview = client.post(url("staff_import", school), {"sheet": upload})
    assert preview.status_code == 200
    token = preview.context["token"]
    assert token
    assert Asset.objects.count() == 1  # nothing saved by the preview
    done = client.post(url("staff_import", school), {"confirm": "1", "token": token})
    assert done.status_code == 302
    assert Asset.objects.get(number="A-1").name == "ใหม่"
    assert Asset.objects.get(number="7440-001-0002/2567").cost == 22000


def test_import_with_a_bad_row_saves_nothing_and_names_the_row(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    upload = csv_upload([["A-1", "โต๊ะ"], ["A-2", "เก้าอี้", "", "", "", "31/02/2567"], ["A-1", "ซ้ำ"]])
    response = client.post(url("staff_import", school), {"sheet": upload})
    assert not response.context["token"]
    bad = {row.line: row.errors for row in response.context["bad_rows"]}
    assert set(bad) == {3, 4}
    assert 'href="#row-3"' in response.content.decode()
    assert not Asset.objects.exists()


def test_a_tampered_preview_is_refused(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.post(url("staff_import", school), {"confirm": "1", "token": "forged"})
    assert response.status_code == 302
    assert not Asset.objects.exists()


def test_a_file_that_is_not_a_sheet_is_refused(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    fake = SimpleUploadedFile("register.xlsx", b"not a zip at all", content_type="application/zip")
    response = client.post(url("staff_import", school), {"sheet": fake})
    assert "sheet" in response.context["form"].errors


def test_xlsx_template_and_export_read_back_by_the_import(client, school):
    from openpyxl import load_workbook

    make_asset(school, "=HYPERLINK(1)", name="โต๊ะ")
    login(client, member(school, Role.ASSET_OFFICER))
    template = client.get(url("staff_template_xlsx", school))
    sheet = load_workbook(io.BytesIO(template.content)).active
    assert [cell.value for cell in sheet[1]] == heading_row()
    csv_template = client.get(url("staff_template_csv", school)).content.decode("utf-8-sig")
    assert csv_template.splitlines()[0].split(",")[:2] == ["เลขครุภัณฑ์", "รายการ"]
    export = client.get(url("staff_export_xlsx", school))
    sheet = load_workbook(io.BytesIO(export.content)).active
    assert sheet["A2"].value == "=HYPERLINK(1)"
    assert sheet["A2"].data_type == "s"  # text, never a formula
    csv_export = client.get(url("staff_export_csv", school)).content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in csv_export
    upload = SimpleUploadedFile("back.xlsx", export.content)
    preview = client.post(url("staff_import", school), {"sheet": upload})
    assert preview.context["token"]
    assert preview.context["update_count"] == 1
