"""Property-based API testing: schemathesis walks /api/schema/ and must find no server error."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from prongsai.wsgi import application

schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture
def api_schema(db, office, school):
    from django.core.management import call_command

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 -- quiet output
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.mark.django_db(transaction=False)
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_has_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert "detail" in response.json() or isinstance(response.json(), dict)
