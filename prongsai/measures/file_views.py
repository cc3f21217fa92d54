"""Evidence files uploaded with progress records, for the plan's readers of their agency."""

from pathlib import PurePath

from django.http import HttpRequest, HttpResponse

from prongsai.agencies.access import staff_view
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.measures.access import EVIDENCE_READERS, get_progress_update_for_staff


@staff_view(*EVIDENCE_READERS)
def staff_evidence_file(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    update = get_progress_update_for_staff(request, year, pk)
    name = update.evidence_name or PurePath(update.evidence_file.name or "").name
    return serve_file(request, update.evidence_file, filename=name)
