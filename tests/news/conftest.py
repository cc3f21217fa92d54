import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from prongsai.agencies.roles import Role
from prongsai.news import actions
from prongsai.news.models import NewsItem
from tests.factories import member


@pytest.fixture
def officer(school):
    return member(school, Role.ITA_OFFICER)


@pytest.fixture
def head(school):
    return member(school, Role.UNIT_HEAD)


def jpeg(size=(2400, 1600), exif_gps=False, colour=(40, 90, 160)) -> bytes:
    picture = Image.new("RGB", size, colour)
    out = io.BytesIO()
    if exif_gps:
        exif = Image.Exif()
        exif[0x010F] = "CameraMaker"  # Make
        exif[0x8825] = {1: "N", 2: (16.0, 28.0, 0.0), 3: "E", 4: (99.0, 31.0, 0.0)}  # GPS
        picture.save(out, "JPEG", exif=exif)
    else:
        picture.save(out, "JPEG")
    return out.getvalue()


def upload_jpeg(name="photo.jpg", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg(**kwargs), "image/jpeg")


def write(agency, actor, *, title="ข่าวกิจกรรม", publish=True, when=None, **fields) -> NewsItem:
    data = {
        "category": NewsItem.Category.NEWS,
        "title": title,
        "summary": fields.pop("summary", "สรุปข่าว"),
        "body": fields.pop("body", "เนื้อหาข่าว"),
        "publish_at": when or timezone.now() - timedelta(minutes=1),
        **fields,
    }
    item = actions.save_item(agency=agency, data=actions.ItemData(**data), actor=actor)
    if publish:
        item = actions.publish_item(item=item, actor=actor)
    return item
