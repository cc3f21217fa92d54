import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import Workbook

from prongsai.accounts.models import User
from prongsai.agencies.models import Membership
from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import UnitFactory, UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def director_client(client, school):
    login(client, member(school, Role.DIRECTOR))
    return client


def people_url(school, name="staff_people", **kwargs):
    return reverse(f"agencies:{name}", kwargs={"agency": school.slug, **kwargs})


def test_director_adds_a_person_who_gets_a_set_password_email(
    director_client, school, django_capture_on_commit_callbacks
):
    unit = UnitFactory(agency=school, name_th="งานธุรการ")
    with django_capture_on_commit_callbacks(execute=True):
        response = director_client.post(
            people_url(school, "staff_person_new"),
            {
                "username": "somsri",
                "title": "นาง",
                "first_name": "สมศรี",
                "last_name": "ใจงาม",
                "email": "somsri@example.com",
                "roles": [Role.STAFF, Role.UNIT_HEAD],
                "unit": unit.pk,
            },
            follow=True,
        )
    assert "สมศรี" in response.content.decode()
    user = User.objects.get(username="somsri")
    assert not user.has_usable_password()
    assert set(user.memberships.values_list("role", flat=True)) == {"staff", "unit_head"}
    assert len(mail.outbox) == 1
    assert "/accounts/password-reset/" in mail.outbox[0].body


def test_adding_without_email_keeps_the_form_and_offers_no_password(director_client, school):
    response = director_client.post(
        people_url(school, "staff_person_new"),
        {"username": "nopass", "first_name": "ไม่มี", "roles": [Role.STAFF]},
    )
    html = response.content.decode()
    assert "อีเมล" in html
    assert 'name="password"' not in html  # nobody sets another person's password
    assert 'value="nopass"' in html
    assert not User.objects.filter(username="nopass").exists()


def test_a_person_with_two_roles_can_be_edited_and_removed(director_client, school):
    person = member(school, Role.STAFF, Role.UNIT_HEAD, username="tworoles")
    page = director_client.get(people_url(school, "staff_person_edit", pk=person.pk))
    assert page.status_code == 200
    director_client.post(
        people_url(school, "staff_person_edit", pk=person.pk),
        {"first_name": "สอง", "roles": [Role.STAFF]},
    )
    assert list(person.memberships.values_list("role", flat=True)) == ["staff"]
    member(school, Role.UNIT_HEAD, username="tworoles")
    removed = director_client.post(people_url(school, "staff_person_remove", pk=person.pk))
    assert removed.status_code == 302
    assert not person.memberships.exists()


def test_roles_are_required(director_client, school):
    response = director_client.post(
        people_url(school, "staff_person_new"),
        {"username": "noroles", "first_name": "ไร้", "email": "x@example.com"},
    )
    assert "กรุณาเลือกบทบาท" in response.content.decode()
    assert not User.objects.filter(username="noroles").exists()


def test_director_cannot_edit_the_profile_of_someone_from_another_agency(
    director_client, school, other_school
):
    shared = member(other_school, Role.STAFF, username="shared")
    member(school, Role.STAFF, username="shared")
    director_client.post(
        people_url(school, "staff_person_edit", pk=shared.pk),
        {"username": "shared", "first_name": "เปลี่ยนชื่อ", "roles": [Role.UNIT_HEAD]},
    )
    shared.refresh_from_db()
    assert shared.first_name != "เปลี่ยนชื่อ"
    assert list(
        Membership.objects.filter(user=shared, agency=school).values_list("role", flat=True)
    ) == ["unit_head"]
    assert list(
        Membership.objects.filter(user=shared, agency=other_school).values_list("role", flat=True)
    ) == ["staff"]


def test_remove_takes_roles_here_only(director_client, school, other_school):
    person = member(school, Role.STAFF, username="leaving")
    member(other_school, Role.STAFF, username="leaving")
    director_client.post(people_url(school, "staff_person_remove", pk=person.pk))
    assert not Membership.objects.filter(user=person, agency=school).exists()
    assert Membership.objects.filter(user=person, agency=other_school).exists()


def csv_upload(text: str, name: str = "people.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode("utf-8-sig"), content_type="text/csv")


def test_import_csv_previews_then_saves_everyone(
    director_client, school, django_capture_on_commit_callbacks
):
    UnitFactory(agency=school, name_th="งานธุรการ")
    sheet = (
        "ชื่อผู้ใช้,คำนำหน้า,ชื่อ,นามสกุล,อีเมล,บทบาท,หน่วยงานย่อย\n"
        "anong,นาง,อนงค์,ดีงาม,anong@example.com,บุคลากร,งานธุรการ\n"
        'boon,นาย,บุญ,มีสุข,boon@example.com,"staff, ita_officer",\n'
    )
    preview = director_client.post(
        people_url(school, "staff_people_import"), {"sheet": csv_upload(sheet)}
    )
    html = preview.content.decode()
    assert "anong" in html
    assert "boon" in html
    assert not User.objects.filter(username__in=["anong", "boon"]).exists()  # preview saves nothing
    token = preview.context["token"]
    with django_capture_on_commit_callbacks(execute=True):
        director_client.post(
            people_url(school, "staff_people_import"), {"token": token, "confirm": "1"}
        )
    boon = User.objects.get(username="boon")
    assert set(boon.memberships.values_list("role", flat=True)) == {"staff", "ita_officer"}
    assert User.objects.get(username="anong").memberships.get().unit.name_th == "งานธุรการ"
    assert len(mail.outbox) == 2


def test_import_with_a_bad_row_names_the_line_and_saves_nothing(director_client, school):
    sheet = (
        "username,first_name,email,roles\n"
        "good,ดี,good@example.com,staff\n"
        "bad user,เสีย,bad@example.com,teacher\n"
    )
    response = director_client.post(
        people_url(school, "staff_people_import"), {"sheet": csv_upload(sheet)}
    )
    html = response.content.decode()
    assert response.context["token"] == ""
    assert "ไม่รู้จักบทบาท" in html or "teacher" in html
    row = next(row for row in response.context["rows"] if row.line == 3)
    assert len(row.errors) == 2
    assert not User.objects.filter(username="good").exists()


def test_import_xlsx(director_client, school):
    from django.core.files.uploadedfile import SimpleUploadedFile

    book = Workbook()
    sheet = book.active
    sheet.append(["username", "first_name", "email", "roles"])
    sheet.append(["xl1", "เอกซ์", "xl1@example.com", "ผู้อำนวยการ"])
    buffer = io.BytesIO()
    book.save(buffer)
    upload = SimpleUploadedFile("people.xlsx", buffer.getvalue())
    preview = director_client.post(people_url(school, "staff_people_import"), {"sheet": upload})
    assert preview.context["token"]
    rows = preview.context["rows"]
    assert rows[0].roles == ["director"]


def test_import_rejects_other_file_types_in_thai(director_client, school):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("people.pdf", b"%PDF-1.4")
    response = director_client.post(people_url(school, "staff_people_import"), {"sheet": upload})
    assert ".csv" in response.content.decode()
    assert ".xlsx" in response.content.decode()


def test_people_list_query_count_is_bounded(director_client, school, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as one:
        director_client.get(people_url(school))
    for _ in range(5):
        member(school, Role.STAFF)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = director_client.get(people_url(school))
    assert len(response.context["people"]) == 6


def test_unit_tree_and_duplicate_name_message(director_client, school):
    url = people_url(school, "staff_units")
    director_client.post(url, {"name_th": "ฝ่ายบริหารทั่วไป", "kind": "division", "order": 1})
    division = school.units.get(name_th="ฝ่ายบริหารทั่วไป")
    director_client.post(
        url, {"name_th": "งานธุรการ", "kind": "section", "parent": division.pk, "order": 1}
    )
    html = director_client.get(url).content.decode()
    assert html.index("ฝ่ายบริหารทั่วไป") < html.index("งานธุรการ")
    again = director_client.post(url, {"name_th": "งานธุรการ", "kind": "section", "order": 2})
    assert "มีหน่วยงานย่อยชื่อนี้อยู่แล้ว" in again.content.decode()
    assert school.units.filter(name_th="งานธุรการ").count() == 1


def test_unit_with_sub_units_cannot_be_deleted(director_client, school):
    parent = UnitFactory(agency=school, name_th="ฝ่ายแม่")
    UnitFactory(agency=school, name_th="งานลูก", parent=parent)
    response = director_client.post(
        people_url(school, "staff_unit_delete", pk=parent.pk), follow=True
    )
    assert school.units.filter(pk=parent.pk).exists()
    assert "ฝ่ายแม่" in response.content.decode()


def test_site_admin_creates_an_agency_under_an_office_and_duplicate_slug_is_refused(client, office):
    admin = UserFactory(is_superuser=True, is_staff=True)
    login(client, admin)
    response = client.post(
        reverse("agencies:admin_agency_new"),
        {"name_th": "โรงเรียนใหม่", "slug": "new-school", "kind": "school", "parent": office.pk},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/new-school/staff/"
    again = client.post(
        reverse("agencies:admin_agency_new"),
        {"name_th": "โรงเรียนซ้ำ", "slug": "new-school", "kind": "school"},
    )
    html = again.content.decode()
    assert "ชื่อในที่อยู่เว็บนี้" in html
    assert 'value="โรงเรียนซ้ำ"' in html


def test_reserved_and_malformed_slugs_are_refused(client, db):
    login(client, UserFactory(is_superuser=True, is_staff=True))
    for slug in ("admin", "Bad Slug"):
        response = client.post(
            reverse("agencies:admin_agency_new"), {"name_th": "x", "slug": slug, "kind": "school"}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["slug"]


def _damaged_xlsx_files():
    import os
    import zipfile

    book = Workbook()
    sheet = book.active
    sheet.append(["username", "first_name", "email", "roles"])
    for index in range(300):
        sheet.append([f"user{index}", "ชื่อ" * 20, f"user{index}@example.com", "staff"])
    good = io.BytesIO()
    book.save(good)
    content = good.getvalue()
    not_xlsx = io.BytesIO()
    with zipfile.ZipFile(not_xlsx, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    # The sheet's XML cut in the middle: the zip directory still opens, the sheet does not.
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return {
        "random": os.urandom(4096),
        "zip-not-xlsx": not_xlsx.getvalue(),
        "truncated": content[: len(content) // 2],
        "sheet-cut": broken.getvalue(),
    }


@pytest.mark.parametrize("kind", ["random", "zip-not-xlsx", "truncated", "sheet-cut"])
def test_a_damaged_xlsx_gives_a_thai_form_error(director_client, school, kind):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("people.xlsx", _damaged_xlsx_files()[kind])
    response = director_client.post(people_url(school, "staff_people_import"), {"sheet": upload})
    assert response.status_code == 200
    errors = response.context["form"].errors["sheet"]
    assert errors
    assert "Excel" in errors[0]
