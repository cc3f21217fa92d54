import os

import pytest
from django.core.cache import cache, caches
from django.test import Client

from prongsai.agencies.models import Agency
from tests.factories import AgencyFactory

TEST_COMPLAINT_KEY = "smvq6xEU-gBbWb2qLmecSR43_JECBtHmcTFRTTtTDac="  # tests only

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still work there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.JOBS_MODE = "inline"  # background work runs right after commit, in the test
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.COMPLAINT_KEYS = TEST_COMPLAINT_KEY
    settings.COMPLAINT_RECEIPT_SCRYPT_N = 2**8  # fast in tests; production default 2**15
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Rate-limit counters: per-test memory (production shares them through Redis or the
    # database; tests/test_client_address.py checks that path).
    settings.CACHES = {
        **settings.CACHES,
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "c"},
    }
    cache.clear()
    caches["counters"].clear()


FAKE_PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n"


@pytest.fixture(autouse=True)
def _quick_printer(request, monkeypatch):
    """Public PDFs are printed by the "print" job (inline in tests). Outside the e2e tests a
    stand-in returns a one-page PDF at once, so they need neither Chromium nor its seconds."""
    if request.node.get_closest_marker("e2e") is None:
        monkeypatch.setattr("prongsai.printing.actions.print_pdf", lambda html: FAKE_PDF)


@pytest.fixture
def office(db) -> Agency:
    return AgencyFactory(
        slug="area-office", name_th="สำนักงานเขตทดสอบ", kind=Agency.Kind.AREA_OFFICE
    )


@pytest.fixture
def school(office) -> Agency:
    return AgencyFactory(slug="our-school", name_th="โรงเรียนของเรา", parent=office)


@pytest.fixture
def other_school(office) -> Agency:
    return AgencyFactory(slug="other-school", name_th="โรงเรียนอื่น", parent=office)


def login(client: Client, user) -> Client:
    """Sign the user in; a site administrator also passes the second factor."""
    client.force_login(user)
    if user.is_superuser:
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _created = TOTPDevice.objects.get_or_create(
            user=user, defaults={"name": "test", "confirmed": True}
        )
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client
