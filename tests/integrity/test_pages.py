"""The gift pages for each role: declare from a phone, my gifts, the register and its
downloads, a gift and its decision, the settings; refused 403, another agency 404."""

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.integrity.models import Gift, GiftSettings
from prongsai.lib.thai import date_input_text
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import declare

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


def declare_post(**changes):
    data = {
        "received_on": date_input_text(timezone.localdate() - timedelta(days=2)),
        "giver_name": "นายใจดี มีของ",
        "giver_organisation": "",
        "relationship": "other",
        "business": "parent",
        "occasion": "festival",
        "description": "กระเช้าปีใหม่",
        "value": "๓,๕๐๐ บาท",
        "report_now": "on",
    }
    data.update(changes)
    return data


def test_a_teacher_declares_and_sees_only_their_own(client, school):
    teacher = member(school, Role.STAFF)
    other = declare(school, member(school, Role.STAFF), giver_name="ผู้ให้คนอื่น")
    login(client, teacher)
    assert client.get(url("gift_declare", school)).status_code == 200
    response = client.post(url("gift_declare", school), declare_post())
    assert response.status_code == 302
    gift = Gift.objects.get(declarer=teacher)
    assert (gift.value, gift.status) == (Decimal("3500"), Gift.Status.REPORTED)
    page = client.get(url("gifts_mine", school)).content.decode()
    assert "นายใจดี มีของ" in page
    assert other.giver_name not in page
    assert client.get(url("gift_register", school)).status_code == 403
    assert client.get(url("gift_detail", school, pk=gift.pk)).status_code == 403


def test_a_refused_form_keeps_what_was_typed_and_saves_nothing(client, school):
    login(client, member(school, Role.STAFF))
    future = date_input_text(timezone.localdate() + timedelta(days=1))
    response = client.post(url("gift_declare", school), declare_post(received_on=future))
    assert response.status_code == 200
    assert response.context["form"].has_error("received_on", "future")
    assert "นายใจดี มีของ" in response.content.decode()
    response = client.post(url("gift_declare", school), declare_post(value="ห้าร้อย"))
    assert response.context["form"].has_error("value", "invalid")
    assert not Gift.objects.exists()


def test_reporting_later_from_my_gifts(client, school):
    teacher = member(school, Role.STAFF)
    gift = declare(school, teacher)
    login(client, teacher)
    assert "gift_report" not in client.get(url("gifts_mine", school)).content.decode()
    response = client.post(url("gift_report", school), {"gift": gift.pk})
    assert response.status_code == 302
    gift.refresh_from_db()
    assert gift.status == Gift.Status.REPORTED
    someone_elses = declare(school, member(school, Role.STAFF))
    assert client.post(url("gift_report", school), {"gift": someone_elses.pk}).status_code == 404


def test_the_director_decides_and_the_read_is_logged(client, school):
    teacher = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    gift = declare(school, teacher, report_now=True)
    login(client, director)
    page = client.get(url("gift_detail", school, pk=gift.pk))
    assert page.status_code == 200
    assert page.context["form"] is not None
    assert LogEntry.objects.filter(
        action=LogEntry.Action.ACCESS, object_pk=str(gift.pk), actor=director
    ).exists()
    refused = client.post(url("gift_decide", school, pk=gift.pk), {"decision": "keep"})
    assert refused.status_code == 200
    assert refused.context["form"].has_error("reason")
    client.post(url("gift_decide", school, pk=gift.pk), {"decision": "return", "reason": "คู่สัญญา"})
    gift.refresh_from_db()
    assert (gift.status, gift.decision, gift.decided_by) == ("decided", "return", director)
    client.post(url("gift_decide", school, pk=gift.pk), {"decision": "keep", "reason": "เปลี่ยน"})
    gift.refresh_from_db()
    assert gift.decision == "return"
    assert client.get(url("gift_detail", school, pk=gift.pk)).context["form"] is None


def test_the_ita_officer_reads_but_does_not_decide(client, school):
    gift = declare(school, member(school, Role.STAFF), report_now=True)
    login(client, member(school, Role.ITA_OFFICER))
    assert client.get(url("gift_register", school)).status_code == 200
    assert client.get(url("gift_detail", school, pk=gift.pk)).context["form"] is None
    response = client.post(url("gift_decide", school, pk=gift.pk), {"decision": "keep"})
    assert response.status_code == 403
    assert client.get(url("gift_settings", school)).status_code == 403


def test_the_supervisor_decides_the_directors_gift(client, school, office):
    director = member(school, Role.DIRECTOR)
    own = declare(school, director, report_now=True)
    teachers = declare(school, member(school, Role.STAFF), report_now=True)
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    register = client.get(url("gift_register", school))
    assert [row.gift for row in register.context["rows"]] == [own]
    assert f'href="{url("gifts_mine", school)}"' not in register.content.decode()  # none here
    assert client.get(url("gift_detail", school, pk=teachers.pk)).status_code == 404
    client.post(
        url("gift_decide", school, pk=own.pk), {"decision": "hand_over", "reason": "ของส่วนรวม"}
    )
    own.refresh_from_db()
    assert (own.decision, own.decided_by) == ("hand_over", supervisor)
    client.logout()
    login(client, director)
    assert (
        client.post(
            url("gift_decide", school, pk=teachers.pk), {"decision": "keep", "reason": "ได้"}
        ).status_code
        == 302
    )
    mine = declare(school, director, report_now=True)
    assert (
        client.post(
            url("gift_decide", school, pk=mine.pk), {"decision": "keep", "reason": "ได้"}
        ).status_code
        == 403
    )


def test_another_agency_sees_nothing(client, school, other_school):
    gift = declare(school, member(school, Role.STAFF), report_now=True)
    login(client, member(other_school, Role.DIRECTOR))
    assert client.get(url("gift_register", school)).status_code == 404
    login(client, member(other_school, Role.DIRECTOR))
    assert client.get(url("gift_detail", other_school, pk=gift.pk)).status_code == 404


def test_register_filters_and_downloads(client, school):
    teacher = member(school, Role.STAFF)
    declare(school, teacher, giver_name='=HYPERLINK("http://x")', report_now=True)
    declare(school, teacher, giver_name="ผู้ให้รอรายงาน")
    login(client, member(school, Role.ITA_OFFICER))
    rows = client.get(url("gift_register", school), {"status": "to_report"}).context["rows"]
    assert [row.gift.giver_name for row in rows] == ["ผู้ให้รอรายงาน"]
    assert client.get(url("gift_register", school), {"year": "2400"}).status_code == 200
    csv = client.get(url("gift_register_csv", school)).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv
    assert "ผู้ให้รอรายงาน" in csv
    from openpyxl import load_workbook

    response = client.get(url("gift_register_xlsx", school), {"status": "reported"})
    sheet = load_workbook(BytesIO(response.content)).worksheets[1]
    assert sheet.cell(2, 3).value.startswith("=HYPERLINK")
    assert sheet.cell(2, 3).data_type == "s"
    assert sheet.max_row == 3  # heading, one gift, total


def test_the_director_changes_the_settings(client, school):
    login(client, member(school, Role.DIRECTOR))
    page = client.get(url("gift_settings", school))
    assert page.status_code == 200
    response = client.post(
        url("gift_settings", school),
        {"limit_baht": "๕,๐๐๐", "report_days": "30", "remind_days": "30"},
    )
    assert response.context["form"].has_error("remind_days")
    client.post(
        url("gift_settings", school),
        {"limit_baht": "5,000 บาท", "report_days": "20", "remind_days": "3"},
    )
    options = GiftSettings.objects.get(agency=school)
    assert (options.limit_baht, options.report_days, options.remind_days) == (
        Decimal("5000"),
        20,
        3,
    )
    login(client, member(school, Role.STAFF))
    assert client.get(url("gift_settings", school)).status_code == 403
