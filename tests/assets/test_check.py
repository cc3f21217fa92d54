"""The annual asset check (ข้อ 213): the committee rule, the working-day dates, results into
the asset's history, the report, the documents."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.assets import check_actions, check_rules
from prongsai.assets.check_actions import Committee, Findings
from prongsai.assets.models import Asset, AssetCheck, AssetEvent
from prongsai.lib.thai import date_input_text
from tests.assets.helpers import make_asset
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"assets:{name}", kwargs={"agency": agency.slug, **kwargs})


def appoint(agency, year=2568, **kwargs):
    director = kwargs.pop("director", None) or member(agency, Role.DIRECTOR)
    chair = kwargs.pop("chair", None) or member(agency, Role.STAFF)
    secretary = kwargs.pop("secretary", None) or member(agency, Role.UNIT_HEAD)
    data = Committee(
        fiscal_year=year,
        appointed_on=date(2025, 9, 15),
        order_number="125/2568",
        chair=chair,
        members=kwargs.pop("members", []),
        secretary=secretary,
    )
    return check_actions.appoint_committee(agency=agency, actor=director, data=data)


def test_the_check_starts_on_the_first_working_day_of_october_and_is_due_30_working_days_on():
    # 1 Oct 2027 is a Friday; 13 and 25 Oct 2027 (substitute day) are holidays.
    assert check_rules.starts_on(2570) == date(2027, 10, 1)
    due = check_rules.due_on(date(2027, 10, 1))
    from prongsai.workdays import calendar

    assert calendar.working_days_between(date(2027, 10, 1), due) == 30
    assert due == date(2027, 11, 15)
    # 2569: Thursday 1 October 2026; 13 (Tue) and 23 (Fri) October are holidays.
    assert check_rules.starts_on(2569) == date(2026, 10, 1)
    assert check_rules.due_on(date(2026, 10, 1)) == date(2026, 11, 13)


def test_the_year_to_appoint():
    assert check_rules.year_to_appoint(date(2026, 9, 10)) == 2569
    assert check_rules.year_to_appoint(date(2026, 10, 2)) == 2569
    assert check_rules.year_to_appoint(date(2027, 1, 5)) == 2570


def test_an_asset_officer_may_not_sit_on_the_committee(school):
    officer = member(school, Role.ASSET_OFFICER, Role.STAFF)
    with pytest.raises(ValidationError) as error:
        appoint(school, members=[officer])
    assert "members" in error.value.message_dict
    assert "ข้อ 213" in error.value.message_dict["members"][0]
    assert not AssetCheck.objects.exists()


def test_the_director_and_a_person_named_twice_are_refused(school):
    director = member(school, Role.DIRECTOR)
    teacher = member(school, Role.STAFF)
    with pytest.raises(ValidationError) as error:
        appoint(school, director=director, chair=director)
    assert "chair" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        appoint(school, chair=teacher, members=[teacher])
    assert "members" in error.value.message_dict


def test_one_committee_a_year(school):
    appoint(school)
    with pytest.raises(ValidationError) as error:
        appoint(school)
    assert "fiscal_year" in error.value.message_dict


def test_results_wait_for_the_start_and_go_into_the_history(school):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    asset = make_asset(school, acquired_on=date(2024, 6, 15))
    with pytest.raises(ValidationError):
        check_actions.record_result(
            check=check,
            asset=asset,
            condition="damaged",
            note="",
            actor=chair,
            today=date(2025, 9, 30),
        )
    check_actions.record_result(
        check=check,
        asset=asset,
        condition="damaged",
        note="จอแตก",
        actor=chair,
        today=date(2025, 10, 1),
    )
    asset.refresh_from_db()
    assert asset.condition == Asset.Condition.DAMAGED
    event = AssetEvent.objects.filter(asset=asset, kind=AssetEvent.Kind.CHECKED).get()
    assert {"field": "condition", "old": "usable", "new": "damaged"} in event.changes
    assert {"field": "notes", "old": "", "new": "จอแตก"} in event.changes


def test_the_check_covers_the_assets_held_at_30_september(school):
    check = appoint(school)
    make_asset(school, number="A-1", acquired_on=date(2025, 9, 30))
    make_asset(school, number="A-2", acquired_on=date(2025, 10, 1))
    from prongsai.assets import check_queries

    assert [a.number for a in check_queries.covered(check)] == ["A-1"]


def test_the_report_needs_every_asset(school):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    first = make_asset(school, number="A-1")
    make_asset(school, number="A-2")
    check_actions.record_result(
        check=check, asset=first, condition="usable", note="", actor=chair, today=date(2025, 10, 2)
    )
    findings = Findings(receipts_correct=True, count_matches=True, findings="")
    with pytest.raises(ValidationError) as error:
        check_actions.send_report(check=check, data=findings, actor=chair, today=date(2025, 10, 9))
    assert "1" in error.value.messages[0]


def test_the_director_appoints_on_the_form(client, school):
    director = member(school, Role.DIRECTOR)
    chair = member(school, Role.STAFF)
    officer = member(school, Role.ASSET_OFFICER)
    login(client, director)
    page = client.get(url("check_appoint", school)).content.decode()
    assert "novalidate" in page
    data = {
        "fiscal_year": "๒๕๖๘",
        "appointed_on": date_input_text(date(2025, 9, 15)),
        "order_number": "125/2568",
        "chair": chair.pk,
        "members": [officer.pk],
    }
    refused = client.post(url("check_appoint", school), data)
    assert refused.status_code == 200
    assert "ข้อ 213" in refused.content.decode()
    assert "125/2568" in refused.content.decode()  # what was typed is kept
    data["members"] = []
    response = client.post(url("check_appoint", school), data)
    check = AssetCheck.objects.get()
    assert response["Location"] == url("check_detail", school, pk=check.pk)
    assert check.fiscal_year == 2568
    assert check.starts_on == date(2025, 10, 1)


def test_a_member_records_on_the_list_and_others_may_only_look(client, school):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    asset = make_asset(school, number="7440-001-0009/2567")
    login(client, chair)
    page = client.get(url("check_detail", school, pk=check.pk) + "?q=0009").content.decode()
    assert "7440-001-0009/2567" in page
    assert 'name="condition"' in page
    response = client.post(
        url("check_asset", school, pk=check.pk, asset=asset.pk),
        {"condition": "lost", "note": "หาไม่พบ", "q": "0009"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?q=0009")
    asset.refresh_from_db()
    assert asset.condition == Asset.Condition.LOST
    client.logout()
    login(client, member(school, Role.STAFF))
    page = client.get(url("check_detail", school, pk=check.pk)).content.decode()
    assert 'name="condition"' not in page
    one = client.get(url("check_asset", school, pk=check.pk, asset=asset.pk)).content.decode()
    assert 'name="condition"' not in one
    assert "บันทึกผลได้เฉพาะคณะกรรมการตรวจสอบพัสดุ" in one
    assert chair.display_name in one
    refused = client.post(
        url("check_asset", school, pk=check.pk, asset=asset.pk), {"condition": "usable"}
    )
    assert refused.status_code == 403


def test_the_list_page_is_bounded(client, school, django_assert_max_num_queries):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    for index in range(30):
        make_asset(school, number=f"N-{index:03d}")
    login(client, chair)
    with django_assert_max_num_queries(25):
        assert client.get(url("check_detail", school, pk=check.pk)).status_code == 200


def test_the_report_and_the_documents(client, school, django_capture_on_commit_callbacks):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    asset = make_asset(school, number="7440-001-0001/2567")
    paper = make_asset(school, number="8010-001-0001/2567", kind="consumable", name="กระดาษ A4")
    for item, condition in ((asset, "deteriorated"), (paper, "usable")):
        check_actions.record_result(
            check=check,
            asset=item,
            condition=condition,
            note="",
            actor=chair,
            today=date(2025, 10, 3),
        )
    login(client, chair)
    response = client.post(
        url("check_report", school, pk=check.pk),
        {"receipts_correct": "yes", "count_matches": "no", "findings": "ขาดไป ๑ รายการ"},
    )
    assert response.status_code == 302
    check.refresh_from_db()
    assert check.status == AssetCheck.Status.REPORTED
    assert check.count_matches is False

    from prongsai.assets.check_documents import check_html

    html = check_html(check)
    for words in (
        "ขอแต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ ๒๕๖๘",
        "คำสั่งโรงเรียนของเรา",
        "ที่ ๑๒๕/๒๕๖๘",
        "ไม่ตรงตามบัญชีหรือทะเบียน",
        "บัญชีวัสดุคงเหลือ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๘",
        "กระดาษ A4",
        "บัญชีครุภัณฑ์คงเหลือ",
        "เสื่อมสภาพ",
        "ทราบ – รายงาน สตง.",
    ):
        assert words in html, words
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job after commit
        pdf = client.get(url("check_documents_pdf", school, pk=check.pk))
    if pdf.status_code == 503:
        pdf = client.get(url("check_documents_pdf", school, pk=check.pk))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    docx = client.get(url("check_documents_docx", school, pk=check.pk))
    assert docx.status_code == 200
    assert docx.content[:2] == b"PK"


def test_a_member_who_scans_a_label_is_offered_the_check(client, school):
    chair = member(school, Role.STAFF)
    check = appoint(school, chair=chair)
    asset = make_asset(school, number="7440-001-0042/2567", acquired_on=date(2024, 6, 15))
    later = make_asset(school, number="7440-001-0043/2567", acquired_on=date(2025, 10, 20))
    detail = reverse("assets:staff_detail", kwargs={"agency": school.slug, "pk": asset.pk})
    login(client, chair)
    page = client.get(detail).content.decode()
    assert url("check_asset", school, pk=check.pk, asset=asset.pk) in page
    later_page = client.get(
        reverse("assets:staff_detail", kwargs={"agency": school.slug, "pk": later.pk})
    ).content.decode()
    assert "check_asset" not in later_page
    assert f"/checks/{check.pk}/assets/" not in later_page  # not covered: no link to a 404
    client.logout()
    login(client, member(school, Role.STAFF))
    assert f"/checks/{check.pk}/assets/" not in client.get(detail).content.decode()
