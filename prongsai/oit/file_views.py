"""Uploaded OIT evidence files in the back office: the newest version, or an earlier one, of
any item's file, for everyone who opens the agency's checklist (the public reads only the
files of published items, `public_views.public_file`)."""

from pathlib import PurePath

from django.http import HttpRequest, HttpResponse

from prongsai.agencies.access import staff_view
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.oit.access import OIT_READERS, get_evidence_file_for_staff


@staff_view(*OIT_READERS)
def staff_evidence_file(
    request: HttpRequest, agency: Agency, year: int, code: str, pk: int
) -> HttpResponse:
    version = get_evidence_file_for_staff(
        request, year, code, pk, version=request.GET.get("version", "")
    )
    name = PurePath(version.name).name or PurePath(version.file.name).name
    return serve_file(request, version.file, filename=name)
