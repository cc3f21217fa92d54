"""Finding 7 of issue 10: bodies past a URL's limit are refused before they are read (Thai
413), files are checked by their contents, and DOCX/XLSX are never unpacked past a cap."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.uploads.checks import ZipTooLarge, check_zip, sniff
from prongsai.uploads.limits import COMPLAINT_ATTACHMENT, MB, body_limit
from prongsai.uploads.middleware import UploadLimitMiddleware
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


class ExplodingStream(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def read(self, size=-1):
        raise AssertionError("the body was read")

    def readable(self):
        return True


def test_a_300_mb_complaint_is_refused_without_reading_it(client, school):
    url = reverse("complaints:new", kwargs={"agency": school.slug})
    response = client.generic(
        "POST",
        url,
        data=b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(300 * MB),
        **{"wsgi.input": ExplodingStream()},
    )
    assert response.status_code == 413
    assert "ขนาดใหญ่เกิน" in response.content.decode()


def test_a_chunked_body_is_counted_and_stopped_at_the_limit(school):
    url = reverse("complaints:new", kwargs={"agency": school.slug})
    limit = body_limit(url)
    assert limit == COMPLAINT_ATTACHMENT.body_limit
    read = []

    class Endless(io.RawIOBase):
        def read(self, size=-1):
            read.append(size)
            return b"x" * size

    request = RequestFactory().post(url, data=b"", content_type="application/octet-stream")
    request.META.pop("CONTENT_LENGTH", None)
    request.META["HTTP_TRANSFER_ENCODING"] = "chunked"
    request.META["wsgi.input"] = Endless()
    response = UploadLimitMiddleware(lambda r: pytest.fail("the view ran"))(request)
    assert response.status_code == 413
    assert sum(read) <= limit + 64 * 1024  # stopped just past the limit


def test_a_small_chunked_body_reaches_the_view(school):
    url = reverse("complaints:new", kwargs={"agency": school.slug})
    request = RequestFactory().post(url, data=b"", content_type="application/x-www-form-urlencoded")
    request.META.pop("CONTENT_LENGTH", None)
    request.META["HTTP_TRANSFER_ENCODING"] = "chunked"
    request.META["wsgi.input"] = io.BytesIO(b"a=1&b=%E0%B8%81")
    request.content_type = "application/x-www-form-urlencoded"
    seen = {}

    def view(r):
        seen.update(r.POST.dict())
        from django.http import HttpResponse

        return HttpResponse("ok")

    assert UploadLimitMiddleware(view)(request).status_code == 200
    assert seen == {"a": "1", "b": "ก"}


def test_api_gets_json_and_pages_without_files_get_the_default(client, school):
    response = client.generic(
        "POST",
        f"/api/v1/agencies/{school.slug}/complaints/",
        data=b"",
        content_type="application/json",
        CONTENT_LENGTH=str(100 * MB),
        **{"wsgi.input": ExplodingStream()},
    )
    assert response.status_code == 413
    assert "detail" in response.json()
    assert body_limit("/accounts/login/") == 2_621_440


# --- contents, not names -----------------------------------------------------------------------


def _docx(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_sniff_reads_contents():
    assert sniff(io.BytesIO(b"%PDF-1.7 ...")) == "pdf"
    assert sniff(io.BytesIO(b"\x89PNG\r\n\x1a\n....")) == "png"
    assert sniff(io.BytesIO("สวัสดี".encode())) == "text"
    docx = _docx({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})
    assert sniff(io.BytesIO(docx)) == "docx"
    assert sniff(io.BytesIO(_docx({"a.txt": b"x"}))) is None


def test_a_text_file_renamed_jpg_is_refused_on_a_complaint(client, school):
    from tests.complaints.test_public import anonymous_post

    url = reverse("complaints:new", kwargs={"agency": school.slug})
    data = anonymous_post(
        attachments=[SimpleUploadedFile("รูป.jpg", b"just some text, not a picture")]
    )
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, with the reason
    assert "ไม่ตรงกับชื่อไฟล์" in response.content.decode()
    from prongsai.complaints.models import Complaint

    assert not Complaint.objects.exists()


def test_measures_evidence_is_checked_by_contents(client, school, seed_plan):
    from prongsai.measures.models import MeasureRow

    login(client, member(school, Role.ITA_OFFICER))
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    url = reverse(
        "measures:staff_progress", kwargs={"agency": school.slug, "year": 2566, "pk": row.pk}
    )
    form = client.get(url).content.decode()
    assert "20 MB" in form  # the limit is stated on the form
    response = client.post(
        url,
        {
            "happened_on": "2023-01-10",
            "text": "จัดอบรม",
            "evidence_file": SimpleUploadedFile("หลักฐาน.pdf", b"MZ\x90\x00 an executable"),
        },
    )
    assert response.status_code == 200
    assert "ไม่ตรงกับชื่อไฟล์" in response.content.decode()
    assert not row.updates.exists()


# --- DOCX/XLSX unpacked with a cap ------------------------------------------------------------


def _bomb(unpacked: int) -> bytes:
    """A DOCX whose document.xml unpacks to `unpacked` bytes of spaces (a few hundred KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * MB
            for _ in range(unpacked // MB):
                member.write(chunk)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _bomb(600 * MB)


def test_zip_cap_reads_only_the_directory(bomb):
    assert len(bomb) < 1 * MB
    with pytest.raises(ZipTooLarge, match="600"):
        check_zip(bomb, name="report.docx")
    check_zip(_docx({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>" * 1000}))


def test_a_docx_bomb_is_refused_by_the_measures_import(client, school, bomb):
    import tracemalloc

    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("measures:staff_import", kwargs={"agency": school.slug})
    tracemalloc.start()
    response = client.post(url, {"file": SimpleUploadedFile("report.docx", bomb), "year": 2566})
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 200
    assert "แตกออก" in response.content.decode()
    assert peak < 50 * MB  # memory stays flat: nothing was inflated


def test_a_xlsx_bomb_is_refused_by_the_people_import(bomb):
    from prongsai.agencies.people_import import SheetError, _read_xlsx

    with pytest.raises(SheetError, match="600"):
        _read_xlsx(bomb)


def test_a_service_request_file_is_checked_by_contents(client, school):
    from prongsai.services import actions
    from prongsai.services.models import Request
    from tests.services.test_requests import answers_for, detail_url

    service = actions.create_from_template(agency=school, key="transcript")
    file_field = service.fields.get(kind="file")
    page = client.get(detail_url(service)).content.decode()
    assert "10 MB" in page  # the limit is stated under the field
    renamed = SimpleUploadedFile("สำเนา.jpg", "ข้อความธรรมดา".encode())
    response = client.post(
        detail_url(service), answers_for(service, **{f"q{file_field.pk}": renamed})
    )
    assert "ไม่ตรงกับชื่อไฟล์" in response.content.decode()
    assert not Request.objects.exists()
