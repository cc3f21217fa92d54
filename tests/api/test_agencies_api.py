import pytest

from prongsai.agencies.roles import Role
from tests.factories import AgencyFactory, member
from tests.thai import is_thai

pytestmark = pytest.mark.django_db


def test_agency_list_is_public_json_with_slug_names_and_parent(client, office, school):
    response = client.get("/api/v1/agencies/")
    assert response["Content-Type"] == "application/json"
    rows = {row["slug"]: row for row in response.json()["results"]}
    assert rows["our-school"]["name_th"] == "โรงเรียนของเรา"
    assert rows["our-school"]["parent"] == "area-office"
    assert rows["area-office"]["parent"] is None
    assert rows["our-school"]["url"].endswith("/our-school/")


def test_agency_list_query_count_does_not_grow(client, office, django_assert_num_queries):
    AgencyFactory(parent=office)
    with django_assert_num_queries(2):  # count + page
        client.get("/api/v1/agencies/")
    for _ in range(4):
        AgencyFactory(parent=office)
    with django_assert_num_queries(2):
        assert len(client.get("/api/v1/agencies/").json()["results"]) == 6


def test_members_need_a_managing_role_and_token_auth_works(client, school):
    director = member(school, Role.DIRECTOR)
    staff = member(school, Role.STAFF)
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=director)
    response = client.get(
        "/api/v1/agencies/our-school/members/", HTTP_AUTHORIZATION=f"Token {token.key}"
    )
    usernames = {row["username"] for row in response.json()["results"]}
    assert usernames == {director.username, staff.username}

    staff_token = Token.objects.create(user=staff)
    refused = client.get(
        "/api/v1/agencies/our-school/members/", HTTP_AUTHORIZATION=f"Token {staff_token.key}"
    )
    assert refused.status_code == 403
    assert is_thai(refused.json()["detail"])


def test_errors_are_json_in_thai(client, db):
    response = client.get("/api/v1/agencies/no-such-agency/")
    assert response.status_code == 404
    assert list(response.json()) == ["detail"]
    assert is_thai(response.json()["detail"])
    bad_token = client.get("/api/v1/me/", HTTP_AUTHORIZATION="Token nope")
    assert bad_token.status_code == 401
    assert is_thai(bad_token.json()["detail"])


def test_me_lists_my_agencies_and_roles(client, school):
    user = member(school, Role.STAFF, Role.UNIT_HEAD)
    client.force_login(user)
    data = client.get("/api/v1/me/").json()
    assert data["agencies"] == [{"agency": "our-school", "roles": ["staff", "unit_head"]}]


def test_schema_and_docs_are_served_locally(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    assert "/api/v1/agencies/" in schema.json()["paths"]
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs
    assert "cdn" not in docs.lower()
    assert "https://" not in docs
