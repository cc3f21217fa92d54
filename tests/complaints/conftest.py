import uuid

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from prongsai.complaints import actions
from prongsai.complaints.forms import TOKEN_SALT

SECRET_TEXT = "ครูสมชายเรียกเงินห้าพันบาทเพื่อรับนักเรียนเข้าเรียน น้ำใจไม่มี"
NAME = "นางสาวผู้แจ้ง ลับมาก"


@pytest.fixture
def filed(school):
    """A named case with an attachment; returns (complaint, receipt)."""
    return actions.file_complaint(
        agency=school,
        data=actions.NewComplaint(
            category="bribe",
            what_happened=SECRET_TEXT,
            reporter_name=NAME,
            reporter_email="reporter@example.com",
            pdpa_consent=True,
        ),
        attachments=[SimpleUploadedFile("หลักฐาน.pdf", b"%PDF-1.4 secret evidence")],
    )


def form_token(seconds_ago: float = 60) -> str:
    """A form token as if the form was shown `seconds_ago` (people take longer than bots)."""
    return signing.dumps(
        {"key": uuid.uuid4().hex, "t": timezone.now().timestamp() - seconds_ago}, salt=TOKEN_SALT
    )
