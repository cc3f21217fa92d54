"""The rules of news without HTTP: clean HTML, Thai search words, pictures without EXIF,
publishing with alt text, scheduled items invisible until their moment."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from prongsai.news import actions, images, queries, sanitise, search
from prongsai.news.models import NewsImage, NewsItem
from tests.news.conftest import jpeg, upload_jpeg, write

pytestmark = pytest.mark.django_db


def test_the_body_is_cleaned_of_scripts_styles_and_event_attributes():
    dirty = (
        '<p style="color:red" onclick="steal()">สวัสดี <b>ครับ</b></p>'
        "<script>alert(1)</script><img src=x onerror=alert(1)>"
        '<a href="javascript:alert(1)">ลิงก์</a> <a href="https://example.com" target="_blank">ดี</a>'
        "<h2>หัวข้อ</h2><ul><li>หนึ่ง</li></ul><iframe src='https://evil'></iframe>"
    )
    clean = sanitise.clean_html(dirty)
    assert "script" not in clean
    assert "alert" not in clean
    assert "style" not in clean
    assert "onclick" not in clean
    assert "onerror" not in clean
    assert "<img" not in clean
    assert "<iframe" not in clean
    assert "<p>สวัสดี <b>ครับ</b></p>" in clean
    assert '<a href="https://example.com" rel="noopener noreferrer nofollow">ดี</a>' in clean
    assert "<h2>หัวข้อ</h2><ul><li>หนึ่ง</li></ul>" in clean


def test_pasted_word_html_is_cleaned_not_refused():
    word = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal'
        "{margin:0}</style></head><body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>"
        '</o:OfficeDocumentSettings></xml><![endif]--><p class="MsoNormal" '
        'style="mso-line-height-rule:exactly"><span lang="TH" style="font-family:Angsana">'
        "ประชุมผู้ปกครอง<o:p></o:p></span></p></body></html>"
    )
    assert sanitise.clean_html(word) == "<p>ประชุมผู้ปกครอง</p>"


def test_plain_text_becomes_paragraphs():
    assert sanitise.clean_html("บรรทัดหนึ่ง\nบรรทัดสอง\n\nย่อหน้าใหม่ <ไม่ใช่แท็ก") == (
        "<p>บรรทัดหนึ่ง<br>บรรทัดสอง</p><p>ย่อหน้าใหม่ &lt;ไม่ใช่แท็ก</p>"
    )


def test_thai_words_are_cut_on_save_so_a_word_finds_a_compound(school, officer):
    item = write(school, officer, title="การป้องกันการทุจริตในสถานศึกษา", summary="", body="")
    write(school, officer, title="กีฬาสีประจำปี", summary="", body="")
    assert "ทุจริต" in item.search_text.split()
    for query in ("ทุจริต", "ป้องกันทุจริต", "ป้องกัน การทุจริต", "สถานศึกษา"):
        found = queries.public_items(school, words=search.query_words(query))
        assert [row.title for row in found] == ["การป้องกันการทุจริตในสถานศึกษา"], query
    assert not queries.public_items(school, words=search.query_words("ฟุตบอล")).exists()


def test_pictures_are_resized_thumbnailed_and_lose_their_exif_location():
    resized = images.resize(jpeg(size=(4000, 3000), exif_gps=True), "gps.jpg")
    for data, longest in ((resized.web, images.WEB_SIZE), (resized.thumb, images.THUMB_SIZE)):
        with Image.open(io.BytesIO(data)) as picture:
            assert max(picture.size) == longest
            assert not picture.getexif()  # no GPS, no camera: nothing
            assert b"Exif" not in data[:200]
    assert (resized.width, resized.height) == (1600, 1200)


def test_a_file_that_is_not_a_picture_is_refused_with_its_name():
    with pytest.raises(ValidationError) as refused:
        images.resize(b"\xff\xd8not really a jpeg", "fake.jpg")
    assert "fake.jpg" in refused.value.messages[0]


def test_a_picture_needs_alt_text_and_a_cover_replaces_the_cover(school, officer):
    item = write(school, officer, publish=False)
    with pytest.raises(ValidationError):
        actions.add_image(item=item, upload=upload_jpeg(), alt_text="  ")
    first = actions.add_image(item=item, upload=upload_jpeg(), alt_text="ภาพแรก", cover=True)
    second = actions.add_image(item=item, upload=upload_jpeg(), alt_text="ภาพสอง", cover=True)
    first.refresh_from_db()
    assert not first.is_cover
    assert second.is_cover
    assert item.images.count() == 2


def test_an_item_with_a_picture_without_alt_text_cannot_be_published(school, officer):
    item = write(school, officer, publish=False)
    image = actions.add_image(item=item, upload=upload_jpeg(), alt_text="ภาพ")
    NewsImage.objects.filter(pk=image.pk).update(alt_text="")  # e.g. an import
    with pytest.raises(ValidationError):
        actions.publish_item(item=item, actor=officer)
    item.refresh_from_db()
    assert item.status == NewsItem.Status.DRAFT


def test_a_scheduled_item_is_invisible_until_its_moment(school, officer):
    later = timezone.now() + timedelta(days=2)
    item = write(school, officer, title="ประกาศล่วงหน้า", when=later)
    assert item.status == NewsItem.Status.PUBLISHED
    assert item.is_scheduled()
    assert not queries.public_items(school).exists()
    assert NewsItem.objects.filter(queries.visible(later + timedelta(seconds=1))).exists()


def test_a_draft_and_a_withdrawn_item_are_not_public(school, officer):
    write(school, officer, title="ร่าง", publish=False)
    withdrawn = write(school, officer, title="ถอน")
    actions.withdraw_item(item=withdrawn)
    assert not queries.public_items(school).exists()


def test_attachment_kinds_are_checked_by_content():
    from prongsai.news.forms import AttachmentForm

    fake = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 an exe", "application/pdf")
    form = AttachmentForm(files={"file": fake})
    assert not form.is_valid()
    assert "report.pdf" in form.errors["file"][0]
    zipped = SimpleUploadedFile("a.zip", b"PK\x03\x04", "application/zip")
    assert not AttachmentForm(files={"file": zipped}).is_valid()
    pdf = SimpleUploadedFile("ok.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    assert AttachmentForm(files={"file": pdf}).is_valid()
