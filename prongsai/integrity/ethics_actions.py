"""Changes to the agency's code of ethics (O39 of 2566): save its text and its source.

Refuses with a ValidationError (a Thai message) before writing, and owns its transaction; a
replaced or removed source file is deleted once the transaction commits.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity.models import EthicsCode


@dataclass(frozen=True)
class EthicsCodeData:
    title: str
    body: str
    source_url: str = ""
    source_file: UploadedFile | None = None  # a checked PDF (see ethics_forms)
    remove_file: bool = False


def save_ethics_code(*, agency: Agency, by: User, data: EthicsCodeData) -> EthicsCode:
    """Create or update the agency's code; the source is the PDF, the link, or both."""
    title, body = data.title.strip(), data.body.strip()
    if not title:
        raise ValidationError(_("Type the title of the code of ethics."))
    if not body:
        raise ValidationError(_("Type the code's text or a summary of it."))
    with transaction.atomic():
        code = EthicsCode.objects.select_for_update().filter(agency=agency).first()
        code = code or EthicsCode(agency=agency)
        old = code.source_file.name if code.source_file else ""
        storage = code.source_file.storage
        code.title, code.body, code.updated_by = title, body, by
        code.source_url = data.source_url.strip()
        if data.source_file is not None:
            code.source_file = data.source_file
        elif data.remove_file:
            code.source_file = ""
        code.save()
        if old and old != code.source_file.name:
            transaction.on_commit(lambda: storage.delete(old))
    return code
