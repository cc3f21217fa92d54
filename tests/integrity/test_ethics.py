"""Ethics (O39–O40 of 2566): the code of ethics the ITA officer keeps (text, a PDF checked by
its content, or a link), public at /<agency>/ethics/; ethics-drive activities recorded by the
culture-activity pages under the programme "ethics", public on /<agency>/ethics/<year>/ and
never on the No Gift page (nor the other way round); the OIT items they answer."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies import evidence
from prongsai.agencies.roles import Role
from prongsai.integrity import oit_evidence, queries
from prongsai.integrity.ethics_actions import EthicsCodeData, save_ethics_code
from prongsai.integrity.models import CultureActivity, EthicsCode
from prongsai.lib.fiscal import fiscal_year
from prongsai.lib.thai import date_input_text
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import PNG, add_photo, record_activity

pytestmark = pytest.mark.django_db
ETHICS = CultureActivity.Programme.ETHICS
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


def code_post(**changes):
    data = {
        "title": "ประมวลจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา",
        "body": "๑. ยึดมั่นในสถาบันหลักของประเทศ\n๒. ซื่อสัตย์สุจริต",
        "source_url": "",
    }
    data.update(changes)
    return data


def write_code(agency, **changes):
    values = {"title": "ประมวลจริยธรรม", "body": "ซื่อสัตย์สุจริต"}
    values.update(changes)
    return save_ethics_code(
        agency=agency, by=member(agency, Role.ITA_OFFICER), data=EthicsCodeData(**values)
    )


def test_the_public_page_says_not_yet_until_the_officer_writes_the_code(client, school):
    page = client.get(url("ethics", school)).content.decode()
    assert "ยังไม่ได้เผยแพร่ประมวลจริยธรรม" in page
    assert client.get(url("ethics_source", school)).status_code == 404


def test_the_officer_writes_the_code_with_its_pdf_and_the_public_reads_it(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    upload = SimpleUploadedFile("code.pdf", PDF, content_type="application/pdf")
    response = client.post(url("ethics_staff", school), {**code_post(), "source_file": upload})
    assert response.status_code == 302
    code = EthicsCode.objects.get(agency=school)
    assert code.paragraphs == ["๑. ยึดมั่นในสถาบันหลักของประเทศ", "๒. ซื่อสัตย์สุจริต"]
    client.logout()
    page = client.get(url("ethics", school)).content.decode()
    assert "ซื่อสัตย์สุจริต" in page
    assert url("ethics_source", school) in page
    source = client.get(url("ethics_source", school))
    assert source.status_code == 200
    assert b"".join(source.streaming_content if source.streaming else [source.content]) == PDF


def test_a_file_that_is_not_a_pdf_is_refused_by_its_field_and_the_text_is_kept(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    fake = SimpleUploadedFile("code.pdf", PNG, content_type="application/pdf")
    response = client.post(url("ethics_staff", school), {**code_post(), "source_file": fake})
    assert response.status_code == 200
    assert response.context["form"].errors["source_file"]
    assert "ยึดมั่นในสถาบันหลักของประเทศ" in response.content.decode()
    assert not EthicsCode.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"title": ""}, "title"), ({"body": " "}, "body"), ({"source_url": "ไม่ใช่ลิงก์"}, "source_url")],
)
def test_bad_input_is_refused_at_its_field(client, school, changes, field):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(url("ethics_staff", school), code_post(**changes))
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not EthicsCode.objects.exists()


def test_replacing_and_removing_the_pdf_deletes_the_old_file(
    client, school, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf")
    code = write_code(school, source_file=upload)
    old = code.source_file.name
    storage = code.source_file.storage
    assert storage.exists(old)
    with django_capture_on_commit_callbacks(execute=True):
        code = write_code(school, remove_file=True, source_url="https://example.org/code")
    assert not code.source_file
    assert not storage.exists(old)
    assert EthicsCode.objects.count() == 1
    page = client.get(url("ethics", school)).content.decode()
    assert "https://example.org/code" in page


def test_only_the_officer_and_director_keep_it_and_other_agencies_get_404(
    client, school, other_school
):
    login(client, member(school, Role.STAFF))
    assert client.get(url("ethics_staff", school)).status_code == 403
    login(client, member(school, Role.DIRECTOR))
    assert client.get(url("ethics_staff", school)).status_code == 200
    assert client.get(url("ethics_staff", other_school)).status_code == 404


def test_an_ethics_activity_is_recorded_by_the_activity_pages_and_listed_on_the_ethics_page(
    client, school
):
    login(client, member(school, Role.ITA_OFFICER))
    page = client.get(url("ethics_activity_new", school)).content.decode()
    assert "หน้าจริยธรรม" in page  # "publish it on the agency's ethics page"
    data = {
        "held_on": date_input_text(timezone.localdate() - timedelta(days=2)),
        "title": "อบรมส่งเสริมจริยธรรม",
        "kind": "seminar",
        "audience": "ครูและบุคลากร",
        "attendance": "๓๐ คน",
        "report": "คณะทำงานด้านจริยธรรมชี้แจงแนวทางสิ่งที่ควรทำและไม่ควรทำ",
        "published": "on",
    }
    response = client.post(url("ethics_activity_new", school), data)
    activity = CultureActivity.objects.get(agency=school)
    assert activity.programme == ETHICS
    assert activity.attendance == 30
    edit = client.get(response.url).content.decode()
    assert url("ethics_staff", school) in edit  # back to the ethics page, not the No Gift list
    assert activity.title in client.get(url("ethics_staff", school)).content.decode()
    assert activity.title not in client.get(url("activities", school)).content.decode()
    removed = client.post(url("activity_remove", school, pk=activity.pk), {"confirm": "yes"})
    assert removed.url == url("ethics_staff", school)


def test_each_programme_shows_on_its_own_public_page_only(client, school):
    write_code(school)
    year = fiscal_year(timezone.localdate())
    ethics = record_activity(school, title="อบรมจริยธรรม", published=True)
    CultureActivity.objects.filter(pk=ethics.pk).update(programme=ETHICS)
    no_gift = record_activity(school, title="ชี้แจงนโยบายไม่รับของขวัญ", published=True)
    ethics_photo, no_gift_photo = add_photo(ethics), add_photo(no_gift)
    ethics_page = client.get(url("ethics_year", school, year=year)).content.decode()
    no_gift_page = client.get(url("no_gift", school, year=year)).content.decode()
    assert "อบรมจริยธรรม" in ethics_page
    assert "ชี้แจงนโยบายไม่รับของขวัญ" not in ethics_page
    assert "ชี้แจงนโยบายไม่รับของขวัญ" in no_gift_page
    assert "อบรมจริยธรรม" not in no_gift_page
    mine = url("ethics_photo", school, pk=ethics.pk, photo=ethics_photo.pk)
    assert mine in ethics_page
    assert client.get(mine).status_code == 200
    other = url("ethics_photo", school, pk=no_gift.pk, photo=no_gift_photo.pk)
    assert client.get(other).status_code == 404
    crossed = url("public_activity_photo", school, pk=ethics.pk, photo=ethics_photo.pk)
    assert client.get(crossed).status_code == 404
    assert queries.no_gift_years(school) == [year]


def test_an_unpublished_ethics_activity_is_not_public(client, school):
    activity = record_activity(school, title="ร่างกิจกรรมจริยธรรม", published=False)
    CultureActivity.objects.filter(pk=activity.pk).update(programme=ETHICS)
    photo = add_photo(activity)
    year = fiscal_year(timezone.localdate())
    page = client.get(url("ethics_year", school, year=year)).content.decode()
    assert "ร่างกิจกรรมจริยธรรม" not in page
    assert "ยังไม่มีกิจกรรมขับเคลื่อนจริยธรรม" in page
    assert (
        client.get(url("ethics_photo", school, pk=activity.pk, photo=photo.pk)).status_code == 404
    )


def test_the_public_pages_answer_in_few_queries(client, school, django_assert_max_num_queries):
    write_code(school)
    for number in range(4):
        activity = record_activity(school, title=f"กิจกรรม {number}", published=True)
        CultureActivity.objects.filter(pk=activity.pk).update(programme=ETHICS)
        add_photo(activity)
        add_photo(activity)
    year = fiscal_year(timezone.localdate())
    with django_assert_max_num_queries(10):
        assert client.get(url("ethics_year", school, year=year)).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url("ethics", school)).status_code == 200


ITEMS = {  # prongsai/oit/data/oit_items.yaml
    "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ": "ethics_code",  # 2566 O39
    "การขับเคลื่อนจริยธรรม": "ethics_drive",  # 2566 O40
    "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม": "ethics",  # 2567, 2568
    "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา": "ethics",
}


@pytest.mark.parametrize(("title", "key"), ITEMS.items())
def test_the_ethics_items_map_to_the_ethics_pages(title, key):
    assert evidence.key_for_title(title) == key


def test_the_assessment_of_ethics_is_not_claimed_here():
    assert not evidence.key_for_title("การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ").startswith("ethics")


def test_the_builders_answer_for_many_agencies_in_few_queries(
    school, other_school, django_assert_num_queries
):
    write_code(school)
    activity = record_activity(school, held_on=date(2024, 12, 1), published=True)
    CultureActivity.objects.filter(pk=activity.pk).update(programme=ETHICS)
    record_activity(other_school, held_on=date(2024, 12, 2), published=True)  # No Gift: not ethics
    both = [school, other_school]
    with django_assert_num_queries(1):
        code = oit_evidence.ethics_code(both, 2568)
    with django_assert_num_queries(1):
        drive = oit_evidence.ethics_drive(both, 2568)
    with django_assert_num_queries(2):
        combined = oit_evidence.ethics_code_and_drive(both, 2568)
    assert set(code) == set(drive) == set(combined) == {school.pk}
    assert drive[school.pk].dated_on == date(2024, 12, 1)
    assert combined[school.pk].url == url("ethics_year", school, year=2568)
    assert oit_evidence.ethics_drive(both, 2567) == {}
