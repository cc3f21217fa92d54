"""The basic-information pages: written by the ITA officer or the director from a starting text,
public at fixed addresses, answering the OIT's first items."""

import pytest
from django.urls import reverse

from prongsai.agencies.evidence import key_for_title
from prongsai.agencies.roles import Role
from prongsai.news import actions
from prongsai.news.about_starters import HINTS, starter
from prongsai.news.models import AboutPage
from prongsai.news.oit_evidence import about_page
from tests.conftest import login
from tests.factories import AgencyFactory, UnitFactory, member
from tests.news.test_oit_and_demo import _titles

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"news:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_the_officer_starts_from_the_privacy_template_and_publishes_it(client, school, officer):
    school.address = "99 ถนนพหลโยธิน"
    school.save()
    public = url("about_page", school, kind="privacy")
    assert client.get(public).status_code == 404
    login(client, officer)
    form = client.get(url("staff_about_edit", school, kind="privacy")).context["form"]
    text = form.initial["body"]
    for part in ("วัตถุประสงค์", "ระยะเวลาเก็บรักษา", "ผู้ที่อาจได้รับข้อมูล", "สิทธิของเจ้าของข้อมูล"):
        assert part in text  # the contents PDPA s.23 asks for
    assert "99 ถนนพหลโยธิน" in text
    for hint in HINTS:
        text = text.replace(hint, "ข้อมูลของโรงเรียน")
    body = text + '<script>alert(1)</script><p style="x">เพิ่ม</p>'
    response = client.post(url("staff_about_edit", school, kind="privacy"), {"body": body})
    assert response.status_code == 302
    page = client.get(public).content.decode()
    assert "สิทธิของเจ้าของข้อมูล" in page
    assert "alert(1)" not in page
    assert "<p>เพิ่ม</p>" in page
    client.post(url("staff_about_edit", school, kind="privacy"), {"body": ""})
    assert client.get(public).status_code == 404  # emptied: off the site


def test_only_the_officer_and_the_director_write_the_pages(client, school):
    for role in (Role.UNIT_HEAD, Role.SUPERVISOR):
        login(client, member(school, role))
        edit = url("staff_about_edit", school, kind="contact")
        assert client.post(edit, {"body": "x"}).status_code == 403
    assert not AboutPage.objects.exists()
    assert client.get(url("staff_about_edit", school, kind="nothing")).status_code == 404


def test_the_structure_page_lists_the_units(client, school, officer):
    top = UnitFactory(agency=school, name_th="กลุ่มบริหารวิชาการ")
    UnitFactory(agency=school, name_th="งานทะเบียน", parent=top)
    actions.save_about_page(agency=school, kind="structure", body="โครงสร้าง", actor=officer)
    page = client.get(url("about_page", school, kind="structure")).content.decode()
    assert "กลุ่มบริหารวิชาการ" in page
    assert 'class="depth-1">งานทะเบียน' in page
    index = client.get(url("about", school)).content.decode()
    assert url("about_page", school, kind="structure") in index
    assert url("about_page", school, kind="privacy") not in index


def test_the_shipped_basic_items_find_their_pages():
    titles = _titles()
    expected = {
        "โครงสร้าง": "about_structure",
        "ข้อมูลผู้บริหาร": "about_executives",
        "อำนาจหน้าที่": "about_duties",
        "ข้อมูลการติดต่อ": "about_contact",
        "กฎหมายที่เกี่ยวข้อง": "about_laws",
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล": "about_privacy",
    }
    for title, key in expected.items():
        assert title in titles
        assert key_for_title(title) == key, title
    assert key_for_title("โครงสร้างและอำนาจหน้าที่") == "about_structure"


def test_about_evidence_for_many_agencies_in_one_query(
    school, other_school, officer, django_assert_num_queries
):
    actions.save_about_page(agency=school, kind="contact", body="โทร 054", actor=officer)
    actions.save_about_page(agency=other_school, kind="contact", body="", actor=officer)
    quiet = AgencyFactory(slug="quiet-school")
    with django_assert_num_queries(1):
        found = about_page("contact")([school, other_school, quiet], 2570)
    assert set(found) == {school.pk}
    assert found[school.pk].url == url("about_page", school, kind="contact")


def test_a_page_with_the_starting_samples_left_in_is_not_saved(client, school, officer):
    login(client, officer)
    edit = url("staff_about_edit", school, kind="executives")
    text = client.get(edit).context["form"].initial["body"]
    assert "(ชื่อ-สกุล)" in text
    response = client.post(edit, {"body": text})
    assert response.status_code == 200
    errors = response.context["form"].errors["body"][0]
    assert "(ชื่อ-สกุล)" in errors
    assert "(โทรศัพท์ / อีเมล)" in errors
    assert response.context["form"]["body"].value() == text  # what was typed is kept
    assert not AboutPage.objects.filter(agency=school).exists()
    assert client.get(url("about_page", school, kind="executives")).status_code == 404


def test_every_sample_the_editor_refuses_is_one_a_starting_text_offers(school):
    offered = "".join(starter(school, k) for k in AboutPage.Kind.values)
    assert all(hint in offered for hint in HINTS)


def test_history_vision_and_social_pages_start_from_a_text_and_go_public(client, school, officer):
    login(client, officer)
    for kind, part in (("history", "ประวัติ"), ("vision", "พันธกิจ"), ("social", "Facebook")):
        edit = url("staff_about_edit", school, kind=kind)
        text = client.get(edit).context["form"].initial["body"]
        assert part in text
        assert client.post(edit, {"body": text}).status_code == 200  # samples left: refused
        for hint in HINTS:
            text = text.replace(hint, "ข้อมูลจริงของโรงเรียน")
        assert client.post(edit, {"body": text}).status_code == 302
        assert part in client.get(url("about_page", school, kind=kind)).content.decode()
    index = client.get(url("about", school)).content.decode()
    assert url("about_page", school, kind="vision") in index


def test_the_social_network_items_find_the_social_page_and_nothing_else_moves():
    titles = _titles()
    assert "Social Network" in titles
    assert key_for_title("Social Network") == "about_social"
    taken = {title: key_for_title(title) for title in titles if title != "Social Network"}
    assert "about_social" not in taken.values()


def test_the_about_index_links_the_action_plan_only_when_the_registry_has_one(
    client, school, monkeypatch
):
    from prongsai.agencies.evidence import Generated
    from prongsai.news import queries

    monkeypatch.setattr(queries, "build_generated", lambda key, agency, year: None)
    assert "/budget/" not in client.get(url("about", school)).content.decode()
    plan = Generated(url=f"/{school.slug}/budget/2570/", title="แผนปฏิบัติการ 2570")
    asked = []

    def found(key, agency, year):
        asked.append(key)
        return plan

    monkeypatch.setattr(queries, "build_generated", found)
    page = client.get(url("about", school), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'href="/{school.slug}/budget/2570/"' in page
    assert asked == ["budget_plan"]
