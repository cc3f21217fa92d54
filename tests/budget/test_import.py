"""The plan from the school's sheet: a preview naming every bad row, then all rows or none."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.budget import sheet
from prongsai.budget.models import Activity, Project
from tests.budget.helpers import YEAR, make_plan, make_project
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
HEAD = list(sheet.HEADINGS.values())
FUND = "เงินอุดหนุนรายหัว (ค่าจัดการเรียนการสอน)"


def row(number="1", project="โครงการห้องสมุด", activity="ซื้อหนังสือ", **changes):
    values = {
        "number": number,
        "project": project,
        "area": "วิชาการ",
        "project_responsible": "นางพิมพ์ใจ",
        "activity": activity,
        "starts_on": "1/11/2566",
        "ends_on": "31/12/2566",
        "fund": FUND,
        "amount": "๓,๕๐๐ บาท",
        "responsible": "",
        **changes,
    }
    return [values[name] for name in sheet.HEADINGS]


def xlsx(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for cells in rows:
        workbook.active.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("plan.xlsx", buffer.getvalue())


def test_every_bad_row_is_named_with_its_fix(school):
    plan = make_plan(school)
    make_project(plan, number=5)
    rows = sheet.parse_plan(
        plan,
        [
            ["แผนปฏิบัติการ 2567"],
            HEAD,
            row(),
            row(amount="-500"),
            row(number="2", fund="เงินบริจาค"),
            row(number="1", project="ชื่ออื่น"),
            row(number="5"),
            row(starts_on="30/09/2566", area="กีฬา"),
        ],
    )
    assert [r.line for r in rows] == [3, 4, 5, 6, 7, 8]
    assert rows[0].errors == []
    assert rows[0].clean["amount"] == "3500.00"
    assert rows[0].clean["responsible"] == "นางพิมพ์ใจ"  # the project's person when left empty
    assert "งบประมาณ" in rows[1].errors[0]
    assert "เงินบริจาค" in rows[2].errors[0]
    assert "ชื่อโครงการ" not in rows[3].errors[0]  # named: the name differs from row 3
    assert "โครงการห้องสมุด" in rows[3].errors[0]
    assert "5" in rows[4].errors[0]
    assert len(rows[5].errors) == 2  # the work area and the date outside the year


def test_a_sheet_without_the_columns_is_refused_as_a_whole(school):
    plan = make_plan(school)
    with pytest.raises(sheet.SheetError, match="ประเภทเงิน"):
        sheet.parse_plan(plan, [HEAD[:7], row()[:7]])


def test_upload_preview_confirm_all_or_nothing(client, school):
    plan = make_plan(school)
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("budget:staff_import", kwargs={"agency": school.slug, "year": YEAR})
    bad = client.post(url, {"sheet": xlsx([HEAD, row(), row(number="x")])})
    assert "แถวที่ 3:" in bad.content.decode()
    assert not Project.objects.filter(plan=plan).exists()
    good = client.post(
        url, {"sheet": xlsx([HEAD, row(), row(activity="สัปดาห์ห้องสมุด", amount="1500"),
                             row(number="2", project="โครงการกีฬาสี", activity="แข่งกีฬา")])},
    )  # fmt: skip
    token = good.context["token"]
    assert token
    assert not Project.objects.filter(plan=plan).exists()  # the preview saves nothing
    done = client.post(url, {"confirm": "1", "token": token})
    assert done.status_code == 302
    assert Project.objects.filter(plan=plan).count() == 2
    first = Project.objects.get(plan=plan, number=1)
    assert list(first.activities.values_list("amount", flat=True)) == [3500, 1500]
    again = client.post(url, {"confirm": "1", "token": token}, follow=True)
    assert "ไม่ได้นำเข้า" in again.content.decode()  # project 1 is there now: nothing twice
    assert Activity.objects.filter(project__plan=plan).count() == 3


def test_the_template_downloads(client, school):
    make_plan(school)
    login(client, member(school, Role.ASSET_OFFICER))
    url = reverse("budget:staff_import_template", kwargs={"agency": school.slug, "year": YEAR})
    response = client.get(url)
    assert response.status_code == 200
    table = sheet.read_table("t.xlsx", response.content)
    assert table[0] == HEAD
