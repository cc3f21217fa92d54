"""The loan pages as people use them: request on the form (B.E. dates), the steps by role,
the board in a bounded number of queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.assets.models import Loan
from prongsai.lib.thai import date_input_text
from tests.assets.helpers import make_asset, make_loan
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def url(name, agency, **kwargs):
    return reverse(f"assets:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_staff_request_a_loan_with_thai_dates(client, school):
    asset = make_asset(school)
    login(client, member(school, Role.STAFF))
    page = client.get(url("loan_request", school) + f"?asset={asset.number}")
    assert asset.number in page.content.decode()
    response = client.post(
        url("loan_request", school),
        {
            "kind": "off_site",
            "assets": asset.number,
            "purpose": "ถ่ายภาพกิจกรรมค่ายลูกเสือ",
            "place": "ค่ายลูกเสือจังหวัด",
            "starts_on": date_input_text(TODAY),
            "due_on": date_input_text(TODAY + timedelta(days=2)),
        },
    )
    loan = Loan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("loan_detail", school, pk=loan.pk)
    assert loan.approver == Loan.Approver.DIRECTOR
    assert loan.due_on == TODAY + timedelta(days=2)


def test_bad_input_is_named_at_the_field_and_kept(client, school):
    make_asset(school)
    paper = make_asset(school, number="8010-001-0001/2567", kind="consumable")
    login(client, member(school, Role.STAFF))
    response = client.post(
        url("loan_request", school),
        {
            "kind": "inside",
            "assets": "9999-1\n" + paper.number,
            "purpose": "",
            "place": "ห้อง 1",
            "starts_on": "31/02/2569",
            "due_on": "",
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "9999-1" in body  # named, and kept in the box
    assert "ห้อง 1" in body
    assert not Loan.objects.exists()
    response = client.post(
        url("loan_request", school),
        {
            "kind": "inside",
            "assets": paper.number,
            "purpose": "ใช้",
            "place": "ห้อง 1",
            "starts_on": date_input_text(TODAY),
            "due_on": date_input_text(TODAY),
        },
    )
    assert "210" in response.content.decode()
    assert not Loan.objects.exists()


def test_the_officer_checks_and_the_director_approves(client, school):
    loan = make_loan(school, status="requested", kind="off_site")
    login(client, member(school, Role.ASSET_OFFICER))
    client.post(url("loan_check", school, pk=loan.pk), {"answer": "available"})
    loan.refresh_from_db()
    assert loan.status == Loan.Status.CHECKED
    # a unit head cannot approve an off-site loan
    login(client, member(school, Role.UNIT_HEAD))
    assert (
        client.post(url("loan_decide", school, pk=loan.pk), {"answer": "approve"}).status_code
        == 403
    )
    login(client, member(school, Role.DIRECTOR))
    page = client.get(url("loan_detail", school, pk=loan.pk)).content.decode()
    assert url("loan_decide", school, pk=loan.pk) in page
    client.post(url("loan_decide", school, pk=loan.pk), {"answer": "approve"})
    loan.refresh_from_db()
    assert loan.status == Loan.Status.APPROVED


def test_hand_over_and_return_on_their_pages(client, school):
    loan = make_loan(school, status="approved")
    item = loan.items.get()
    login(client, member(school, Role.ASSET_OFFICER))
    assert client.get(url("loan_hand_over", school, pk=loan.pk)).status_code == 200
    client.post(
        url("loan_hand_over", school, pk=loan.pk),
        {"on": date_input_text(TODAY), f"condition_{item.pk}": "usable"},
    )
    loan.refresh_from_db()
    assert loan.status == Loan.Status.HANDED_OVER
    response = client.post(
        url("loan_return", school, pk=loan.pk),
        {"on": date_input_text(TODAY), f"condition_{item.pk}": "damaged"},
        follow=True,
    )
    assert "209" in response.content.decode()
    loan.refresh_from_db()
    assert loan.status == Loan.Status.RETURNED
    assert item.asset.loan_items.get().damage.status == "open"


def test_the_asset_page_shows_its_loans(client, school):
    loan = make_loan(school, status="handed_over")
    asset = loan.items.get().asset
    login(client, member(school, Role.STAFF))
    body = client.get(url("staff_detail", school, pk=asset.pk)).content.decode()
    assert url("loan_detail", school, pk=loan.pk) in body


@pytest.mark.parametrize("rows", [1, 12])
def test_the_board_takes_bounded_queries(client, school, rows, django_assert_max_num_queries):
    for index in range(rows):
        make_loan(
            school,
            status="handed_over",
            starts_on=TODAY - timedelta(days=10),
            due_on=TODAY - timedelta(days=index % 3),
        )
        make_loan(school, status="checked")
    login(client, member(school, Role.ASSET_OFFICER))
    with django_assert_max_num_queries(25):
        response = client.get(url("loan_board", school))
    assert response.status_code == 200


@pytest.mark.parametrize("rows", [1, 12])
def test_my_loans_take_bounded_queries(client, school, rows, django_assert_max_num_queries):
    person = member(school, Role.STAFF)
    for _index in range(rows):
        make_loan(school, status="approved", borrower=person)
    login(client, person)
    with django_assert_max_num_queries(14):
        response = client.get(url("loans_mine", school))
    assert response.status_code == 200


def test_a_photo_at_return_is_checked_and_served_behind_the_gate(
    client, school, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.assets.url_samples import PNG

    settings.MEDIA_ROOT = tmp_path
    loan = make_loan(school, status="handed_over")
    item = loan.items.get()
    login(client, member(school, Role.ASSET_OFFICER))
    fake = SimpleUploadedFile("x.png", b"MZ not a picture", content_type="image/png")
    response = client.post(
        url("loan_return", school, pk=loan.pk),
        {"on": date_input_text(TODAY), f"condition_{item.pk}": "usable", "photo": fake},
    )
    assert response.status_code == 200  # refused at the field, nothing saved
    loan.refresh_from_db()
    assert loan.status == Loan.Status.HANDED_OVER
    photo = SimpleUploadedFile("back.png", PNG, content_type="image/png")
    client.post(
        url("loan_return", school, pk=loan.pk),
        {"on": date_input_text(TODAY), f"condition_{item.pk}": "usable", "photo": photo},
    )
    loan.refresh_from_db()
    assert loan.status == Loan.Status.RETURNED
    assert loan.return_photo
    served = client.get(url("loan_photo", school, pk=loan.pk))
    assert served["Content-Type"] == "image/png"


def test_the_borrow_button_shows_only_to_those_who_may_borrow(client, school, office):
    asset = make_asset(school)
    borrow = url("loan_request", school)
    login(client, member(school, Role.STAFF))
    assert borrow in client.get(url("staff_detail", school, pk=asset.pk)).content.decode()
    client.logout()
    login(client, member(office, Role.SUPERVISOR))
    page = client.get(url("staff_detail", school, pk=asset.pk))
    assert page.status_code == 200
    assert borrow not in page.content.decode()


def test_a_supervisor_reading_a_loan_sees_no_link_to_pages_of_borrowers(client, school, office):
    loan = make_loan(school)
    login(client, member(office, Role.SUPERVISOR))
    page = client.get(url("loan_detail", school, pk=loan.pk))
    assert page.status_code == 200
    html = page.content.decode()
    assert f'href="{url("loans_mine", school)}"' not in html
    assert f'href="{url("staff_list", school)}"' in html
