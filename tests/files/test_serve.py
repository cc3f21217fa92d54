"""serve_file: what every uploaded file answers with, whatever view decided who may read it."""

from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.test import RequestFactory

from prongsai.files.serve import serve_file
from prongsai.oit.models import EvidenceFile

PDF = b"%PDF-1.4 evidence"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def stored(name: str, content: bytes) -> FieldFile:
    saved = default_storage.save(name, ContentFile(content))
    return FieldFile(None, EvidenceFile._meta.get_field("file"), saved)


def answer(data, **kwargs):
    request = RequestFactory().get("/")
    response = serve_file(request, data, **kwargs)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_a_thai_name_is_kept_in_the_download_rfc_5987():
    response, body = answer(stored("e/report.pdf", PDF), filename="รายงานผล ๒๕๖๘.pdf")
    assert body == PDF
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline;")
    assert f"filename*=utf-8''{quote('รายงานผล ๒๕๖๘.pdf')}" in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


def test_the_type_comes_from_the_bytes_never_from_the_name_alone():
    # A text file renamed .jpg (older uploads were checked by name only) is not a picture.
    response, _body = answer(stored("e/photo.jpg", b"not a picture at all"), filename="photo.jpg")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    # And a real picture named .txt is a picture, shown as one.
    response, _body = answer(stored("e/notes.txt", PNG), filename="notes.txt")
    assert response["Content-Type"] == "image/png"


def test_html_is_downloaded_and_sandboxed_never_run_on_our_site():
    page = b"<!doctype html><script>alert(document.cookie)</script>"
    response, _body = answer(stored("e/page.html", page), filename="page.html", inline=True)
    assert response["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_unknown_bytes_are_a_download_of_octet_stream():
    response, _body = answer(b"\x00\x01\x02binary", filename="data.bin")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_public_files_may_be_cached_private_ones_never():
    response, _body = answer(stored("e/p.pdf", PDF), filename="p.pdf", private=False, max_age=60)
    assert response["Cache-Control"] == "public, max-age=60"


def test_a_name_cannot_break_the_header():
    response, _body = answer(PDF, filename='a"\r\nSet-Cookie: x=1.pdf')
    assert "\r" not in response["Content-Disposition"]
    assert "\n" not in response["Content-Disposition"]


def test_a_file_missing_from_the_storage_answers_404():
    gone = FieldFile(None, EvidenceFile._meta.get_field("file"), "e/gone.pdf")
    with pytest.raises(Http404):
        answer(gone, filename="gone.pdf")


def test_nginx_sends_the_bytes_through_an_internal_location(settings):
    settings.FILES_SENDFILE = "nginx"
    settings.FILES_SENDFILE_PREFIX = "/protected-media/"
    field = stored("oit/school/ผัง.pdf", PDF)
    response, body = answer(field, filename="ผังองค์กร.pdf")
    assert body == b""
    assert response["X-Accel-Redirect"] == "/protected-media/" + quote(field.name)
    assert response["Content-Type"] == "application/pdf"
    assert "utf-8''" in response["Content-Disposition"]


def test_apache_sends_the_bytes_with_x_sendfile(settings):
    settings.FILES_SENDFILE = "apache"
    field = stored("oit/school/a.pdf", PDF)
    response, body = answer(field, filename="a.pdf")
    assert body == b""
    assert response["X-Sendfile"] == field.path


def test_decrypted_bytes_are_always_sent_by_django(settings):
    settings.FILES_SENDFILE = "nginx"
    response, body = answer(PDF, filename="ลับ.pdf", inline=False)
    assert body == PDF
    assert "X-Accel-Redirect" not in response
    assert response["Content-Disposition"].startswith("attachment;")
