"""The action plan as people use it: start a year, propose and write projects, approve, read
it in public, record spending, read the reports."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.budget.models import Activity, Fund, Plan, Project, Spending
from tests.budget.helpers import YEAR, filled_plan, make_activity, make_plan, make_project
from tests.conftest import login
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db


def staff(name, school, **kwargs):
    return reverse(f"budget:{name}", kwargs={"agency": school.slug, **kwargs})


def test_the_ita_officer_starts_a_year_with_the_usual_kinds_of_money(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(staff("staff_plan_new", school), {"year": "2567"})
    assert response.status_code == 302
    plan = Plan.objects.get(agency=school, year=2567)
    names = list(Fund.objects.filter(plan=plan).values_list("name", flat=True))
    assert names[:2] == ["เงินงบประมาณ", "เงินอุดหนุนรายหัว (ค่าจัดการเรียนการสอน)"]
    assert "เงินรายได้สถานศึกษา" in names
    again = client.post(staff("staff_plan_new", school), {"year": "2567"})
    assert "มีแผนของปีงบประมาณ 2567 อยู่แล้ว" in again.content.decode() or again.status_code == 200


def test_a_project_typed_with_thai_dates_and_its_activity_with_thai_amounts(client, school):
    plan = make_plan(school)
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.post(
        staff("staff_project_new", school, year=YEAR),
        {
            "number": "1",
            "name": "โครงการห้องสมุดมีชีวิต",
            "area": "academic",
            "responsible": "นางพิมพ์ใจ รักอ่าน",
            "nature": "new",
            "starts_on": "1/10/2566",
            "ends_on": "30/09/2567",
            "rationale": "เหตุผล",
            "objectives": "วัตถุประสงค์",
            "target_quantity": "นักเรียนร้อยละ ๑๐๐",
            "target_quality": "ร้อยละ ๘๐ พึงพอใจ",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    project = Project.objects.get(plan=plan)
    fund = Fund.objects.get(plan=plan, kind="per_head")
    url = staff("staff_activity_new", school, year=YEAR, pk=project.pk)
    bad = client.post(
        url,
        {
            "name": "ซื้อหนังสือ",
            "starts_on": "1/11/2566",
            "ends_on": "31/12/2566",
            "responsible": "นางพิมพ์ใจ",
            "fund": fund.pk,
            "amount": "๓,๕๐๐ บาท",
            "q1": "1000",
            "q2": "1000",
        },
    )
    assert bad.status_code == 200
    assert "ต้องรวมกันได้เท่ากับงบประมาณ" in bad.content.decode()
    assert "๓,๕๐๐ บาท" in bad.content.decode()  # what was typed stays
    assert not Activity.objects.exists()
    good = client.post(
        url,
        {
            "name": "ซื้อหนังสือ",
            "starts_on": "1/11/2566",
            "ends_on": "31/12/2566",
            "responsible": "นางพิมพ์ใจ",
            "fund": fund.pk,
            "amount": "๓,๕๐๐ บาท",
        },
    )
    assert good.status_code == 302
    activity = Activity.objects.get()
    assert activity.amount == Decimal("3500.00")
    assert activity.quarters == (Decimal("3500.00"), 0, 0, 0)


def test_a_period_outside_the_fiscal_year_is_refused_at_the_field(client, school):
    make_plan(school)
    login(client, member(school, Role.DIRECTOR))
    response = client.post(
        staff("staff_project_new", school, year=YEAR),
        {"number": "1", "name": "x", "area": "academic", "responsible": "y", "nature": "new",
         "starts_on": "1/10/2566", "ends_on": "31/10/2567", "rationale": "r", "objectives": "o",
         "target_quantity": "q", "target_quality": "q"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "ต้องอยู่ในปีงบประมาณ 2567" in response.content.decode()
    assert not Project.objects.exists()


def test_a_unit_head_proposes_for_their_own_unit_only(client, school):
    plan = make_plan(school)
    mine, other = UnitFactory(agency=school), UnitFactory(agency=school)
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=mine)
    theirs = make_project(plan, unit=other)
    ours = make_project(plan, unit=mine)
    login(client, head)
    form = client.get(staff("staff_project_new", school, year=YEAR)).content.decode()
    assert mine.name_th in form
    assert other.name_th not in form
    assert client.get(staff("staff_project_edit", school, year=YEAR, pk=ours.pk)).status_code == 200
    edit_theirs = staff("staff_project_edit", school, year=YEAR, pk=theirs.pk)
    assert client.get(edit_theirs).status_code == 403
    assert client.post(staff("staff_approve", school, year=YEAR)).status_code == 403


def test_only_the_director_approves_and_then_nobody_edits(client, school):
    plan, project, _activity = filled_plan(school)
    login(client, member(school, Role.ITA_OFFICER))
    assert client.post(staff("staff_approve", school, year=YEAR)).status_code == 403
    login(client, member(school, Role.DIRECTOR))
    assert client.post(staff("staff_approve", school, year=YEAR)).status_code == 302
    plan.refresh_from_db()
    assert plan.is_approved
    response = client.get(staff("staff_project_edit", school, year=YEAR, pk=project.pk))
    assert response.status_code == 302  # sent back with "approved, no longer changed here"


def test_an_empty_plan_cannot_be_approved(client, school):
    make_plan(school)
    login(client, member(school, Role.DIRECTOR))
    response = client.post(staff("staff_approve", school, year=YEAR), follow=True)
    assert "ยังไม่มีโครงการ" in response.content.decode()
    assert not Plan.objects.get().is_approved


def _approve(school):
    from prongsai.budget import actions

    plan, project, activity = filled_plan(school)
    return actions.approve_plan(plan=plan, by=member(school, Role.DIRECTOR)), project, activity


def test_the_public_sees_the_approved_plan_without_login(client, school):
    make_plan(school)
    public = reverse("budget:public_plan", kwargs={"agency": school.slug, "year": YEAR})
    draft = client.get(public)
    assert draft.status_code == 200
    assert "ยังไม่ได้เผยแพร่แผนปฏิบัติการ" in draft.content.decode()
    _plan, project, _activity = _approve(school)
    page = client.get(public).content.decode()
    assert project.name in page
    assert "10,000.00" in page
    index = client.get(reverse("budget:public_index", kwargs={"agency": school.slug}))
    assert index["Location"] == public


def test_the_plan_book_as_pdf_and_docx(client, school, django_capture_on_commit_callbacks):
    _approve(school)
    kwargs = {"agency": school.slug, "year": YEAR}
    with django_capture_on_commit_callbacks(execute=True):  # the print job, inline
        first = client.get(reverse("budget:public_plan_pdf", kwargs=kwargs))
    assert first.status_code in {200, 503}
    pdf = client.get(reverse("budget:public_plan_pdf", kwargs=kwargs))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    docx = client.get(reverse("budget:public_plan_docx", kwargs=kwargs))
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "แผนปฏิบัติการประจำปี" in text
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๗" in text
    assert "รวมงบประมาณทั้งสิ้น ๑๐,๐๐๐.๐๐ บาท" in text


def test_the_plan_book_html_is_thai_and_adds_up(school):
    from prongsai.budget.document import plan_html

    plan, project, _activity = _approve(school)
    make_activity(project, amount="2500.50", name="ค่ายวิชาการ")  # before approval in real life
    html = plan_html(plan)
    assert "ส่วนที่ ๓ ประมาณการรายรับและการจัดสรรงบประมาณ" in html
    assert "๑๒,๕๐๐.๕๐" in html  # 10,000 + 2,500.50


def test_spending_typed_in_thai_and_a_date_outside_the_year_refused(client, school):
    _plan, _project, activity = filled_plan(school)
    login(client, member(school, Role.ASSET_OFFICER))
    url = staff("staff_spending", school, year=YEAR)
    bad = client.post(url, {"activity": activity.pk, "paid_on": "30/09/2566", "amount": "-5"})
    content = bad.content.decode()
    assert "ต้องอยู่ในปีงบประมาณ 2567" in content
    assert "พิมพ์จำนวนเงินเป็นตัวเลข" in content
    assert not Spending.objects.exists()
    good = client.post(url, {"activity": activity.pk, "paid_on": "1/10/2566", "amount": "๑,๕๐๐"})
    assert good.status_code == 302
    assert Spending.objects.get().amount == Decimal("1500.00")
    login(client, member(school, Role.SUPERVISOR))
    assert client.get(url).status_code == 200
    assert client.post(url, {"activity": activity.pk}).status_code == 403


def test_the_quarter_and_half_year_reports(client, school):
    from prongsai.budget import actions

    plan, _project, activity = _approve(school)
    fund = activity.fund
    actions.record_receipt(
        plan=plan, fund=fund, received_on=date(2023, 10, 5), amount=Decimal("8000")
    )
    actions.record_spending(
        plan=plan, activity=activity, paid_on=date(2023, 12, 31), amount=Decimal("1200.25")
    )
    after = date(2024, 4, 1)  # quarter 3: not in the six months
    actions.record_spending(plan=plan, activity=activity, paid_on=after, amount=Decimal("300"))
    kwargs = {"agency": school.slug, "year": YEAR}
    q1 = client.get(reverse("budget:public_quarter", kwargs={**kwargs, "quarter": 1}))
    content = q1.content.decode()
    assert "8,000.00" in content
    assert "1,200.25" in content
    assert "6,799.75" in content
    against = content.split("แผนเทียบกับการใช้จ่ายในไตรมาส")[1]
    assert "10,000.00" in against  # the activity's budget falls in Q1, where it starts
    assert "12.00" in against  # 1,200.25 of 10,000 spent: 12.00 %
    half = client.get(reverse("budget:public_half_year", kwargs=kwargs)).content.decode()
    assert "1,200.25" in half
    assert "300.00" not in half.split("<tbody>")[1]


def test_the_public_plan_page_queries_are_bounded(client, school, django_assert_max_num_queries):
    plan, _project, _activity = _approve(school)
    url = reverse("budget:public_plan", kwargs={"agency": school.slug, "year": YEAR})
    with django_assert_max_num_queries(16):
        client.get(url)
    Plan.objects.filter(pk=plan.pk).update(status="draft")
    plan.refresh_from_db()
    for _ in range(12):
        make_activity(make_project(plan))
    Plan.objects.filter(pk=plan.pk).update(status="approved")
    with django_assert_max_num_queries(16):
        client.get(url)


def test_each_published_line_links_to_the_complaint_form_about_it(client, school):
    from urllib.parse import parse_qs, urlsplit

    _plan, project, activity = _approve(school)
    page = client.get(reverse("budget:public_plan", kwargs={"agency": school.slug, "year": YEAR}))
    html = page.content.decode()
    new = reverse("complaints:new", kwargs={"agency": school.slug})
    start = html.index(f'href="{new}?')
    link = html[start + 6 : html.index('"', start + 6)].replace("&amp;", "&")
    query = parse_qs(urlsplit(link).query)
    assert query["category"] == ["budget"]
    assert query["related"] == [f"แผนปฏิบัติการ {YEAR} โครงการที่ 1 {project.name}: {activity.name}"]
    form = client.get(link).content.decode()
    assert activity.name in form  # the complaint form names the line


@pytest.mark.parametrize("projects", [1, 12])
def test_the_staff_and_report_pages_queries_are_bounded(
    client, school, projects, django_assert_max_num_queries
):
    from prongsai.budget import actions

    plan = make_plan(school)
    for _ in range(projects):
        activity = make_activity(make_project(plan))
        actions.record_spending(
            plan=plan, activity=activity, paid_on=date(2024, 1, 5), amount=Decimal("10")
        )
    login(client, member(school, Role.ITA_OFFICER))
    for name in ("staff_plan", "staff_spending"):
        # 21: the spending page counts the payments for its "See all N payments" link.
        with django_assert_max_num_queries(21):
            assert client.get(staff(name, school, year=YEAR)).status_code == 200
    actions.approve_plan(plan=plan, by=member(school, Role.DIRECTOR))
    kwargs = {"agency": school.slug, "year": YEAR}
    for url in (
        reverse("budget:public_quarter", kwargs={**kwargs, "quarter": 2}),
        reverse("budget:public_half_year", kwargs=kwargs),
    ):
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200


def test_a_draft_project_or_activity_is_deleted_after_confirming_unless_paid(client, school):
    from prongsai.budget import actions

    plan, project, activity = filled_plan(school)
    spare = make_activity(project, name="ค่ายวิชาการ")
    login(client, member(school, Role.ITA_OFFICER))
    url = staff("staff_activity_delete", school, year=YEAR, pk=spare.pk)
    assert "ค่ายวิชาการ" in client.get(url).content.decode()  # asks first
    assert Activity.objects.filter(pk=spare.pk).exists()
    assert client.post(url).status_code == 302
    assert not Activity.objects.filter(pk=spare.pk).exists()
    actions.record_spending(
        plan=plan, activity=activity, paid_on=date(2024, 1, 5), amount=Decimal("5")
    )
    refused = client.post(
        staff("staff_project_delete", school, year=YEAR, pk=project.pk), follow=True
    )
    assert "ลบไม่ได้" in refused.content.decode()
    assert Project.objects.filter(pk=project.pk).exists()
    Spending.objects.all().delete()
    client.post(staff("staff_project_delete", school, year=YEAR, pk=project.pk))
    assert not Project.objects.filter(pk=project.pk).exists()


def test_the_reports_as_excel_add_up(client, school):
    from openpyxl import load_workbook

    from prongsai.budget import actions

    plan, _project, activity = _approve(school)
    on = date(2024, 1, 2)
    actions.record_receipt(plan=plan, fund=activity.fund, received_on=on, amount=Decimal("500.25"))
    paid = date(2024, 2, 1)
    actions.record_spending(plan=plan, activity=activity, paid_on=paid, amount=Decimal("200.10"))
    kwargs = {"agency": school.slug, "year": YEAR}
    response = client.get(reverse("budget:public_quarter_xlsx", kwargs={**kwargs, "quarter": 2}))
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[1]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[-1][0] == "รวม"
    balance = Decimal(str(rows[-1][4]))
    assert sum(Decimal(str(r[4])) for r in rows[:-1]) == balance == Decimal("300.15")
    half = client.get(reverse("budget:public_half_year_xlsx", kwargs=kwargs))
    rows = list(load_workbook(io.BytesIO(half.content)).worksheets[1].iter_rows(values_only=True))
    assert Decimal(str(rows[-1][4])) == Decimal("200.10")


def test_a_payment_recorded_by_mistake_is_deleted_by_an_editor_only(client, school):
    from prongsai.budget import actions

    plan, _project, activity = filled_plan(school)
    paid = actions.record_spending(
        plan=plan, activity=activity, paid_on=date(2024, 1, 5), amount=Decimal("99")
    )
    url = staff("staff_spending_delete", school, year=YEAR, pk=paid.pk)
    login(client, member(school, Role.SUPERVISOR))
    assert client.post(url).status_code == 403
    login(client, member(school, Role.ASSET_OFFICER))
    assert "99.00" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    assert not Spending.objects.exists()


def test_a_quarter_that_does_not_exist_opens_the_first(client, school):
    _approve(school)
    kwargs = {"agency": school.slug, "year": YEAR, "quarter": 5}
    first = reverse("budget:public_quarter", kwargs={**kwargs, "quarter": 1})
    assert client.get(reverse("budget:public_quarter", kwargs=kwargs))["Location"] == first
    assert client.get(reverse("budget:public_quarter_xlsx", kwargs=kwargs))["Location"] == first
    missing = client.get(
        reverse("budget:public_plan", kwargs={"agency": school.slug, "year": 2599})
    )
    assert missing.status_code == 200
    assert "ยังไม่ได้เผยแพร่" in missing.content.decode()
