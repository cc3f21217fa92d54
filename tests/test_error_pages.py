"""`make run` (DEBUG=1) serves the product's Thai error pages; Django's only with DEBUG_PAGES=1."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import path
from django.views.decorators.http import require_POST

from prongsai import urls as product_urls


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug")


def forbidden(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied


@require_POST
def send(request: HttpRequest, agency: str) -> HttpResponse:
    return HttpResponse("sent")


urlpatterns = [
    path("boom/", boom),
    path("forbidden/", forbidden),
    path("<slug:agency>/staff/send/", send),
    path("<slug:agency>/send/", send),
    *product_urls.urlpatterns,
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.test_error_pages")]


@pytest.fixture
def developing(settings):
    settings.DEBUG = True
    settings.DEBUG_PAGES = False
    return settings


def test_unknown_address_gets_the_thai_404_not_the_url_list(developing, client):
    response = client.get("/no-such-agency/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "ไม่พบหน้าที่ต้องการ" in body
    assert "URLconf" not in body
    assert "admin/" not in body


def test_a_missing_slash_is_still_added(developing, client):
    response = client.get("/accounts/login")
    assert response.status_code == 301
    assert response["Location"].endswith("/accounts/login/")


def test_an_error_gets_the_thai_500_not_the_traceback(developing):
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "ระบบขัดข้อง" in body
    assert "Traceback" not in body
    assert "a bug" not in body


def test_permission_denied_gets_the_thai_403(developing, client):
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert "ไม่มีสิทธิ์เข้าถึง" in response.content.decode()


def test_api_404_stays_json(developing, client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_a_developer_who_asks_gets_django_debug_pages(developing, client):
    developing.DEBUG_PAGES = True
    response = client.get("/no-such-agency/no-such-page/")
    assert response.status_code == 404
    assert "URLconf" in response.content.decode()


@pytest.mark.parametrize("debug", [False, True])
def test_a_post_only_staff_address_opened_directly_gets_a_thai_405(settings, client, debug):
    """A bookmark of a form's POST address is explained in Thai, in production and developing."""
    from tests.factories import AgencyFactory

    settings.DEBUG, settings.DEBUG_PAGES = debug, False
    agency = AgencyFactory()
    response = client.get(f"/{agency.slug}/staff/send/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    body = response.content.decode()
    assert "หน้านี้ใช้ส่งแบบฟอร์มเท่านั้น" in body
    assert f'href="/{agency.slug}/staff/"' in body
    assert "กลับไปยังระบบหลังบ้าน" in body


def test_a_public_post_only_address_links_to_the_agency_home(client):
    from tests.factories import AgencyFactory

    agency = AgencyFactory()
    response = client.get(f"/{agency.slug}/send/")
    assert response.status_code == 405
    body = response.content.decode()
    assert f'href="/{agency.slug}/"' in body
    assert "ไปยังหน้าแรก" in body


def test_an_unknown_agency_links_to_the_site_home(client):
    response = client.get("/no-such-school/send/")
    assert response.status_code == 405
    assert 'href="/"' in response.content.decode()


def test_a_post_still_goes_through(client):
    from tests.factories import AgencyFactory

    agency = AgencyFactory()
    assert client.post(f"/{agency.slug}/send/").content == b"sent"
