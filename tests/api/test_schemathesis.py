"""Property-based API testing: schemathesis walks /api/schema/ and must find no server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from prongsai.wsgi import application

schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture
def api_schema(db, office, school):
    from django.core.management import call_command

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 -- quiet output
    # Calling the WSGI app directly fires request_started/finished, whose handler closes a
    # database connection that is inside the test's transaction (PostgreSQL); Django's own
    # test client disconnects it the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


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
