"""Evidence files uploaded with progress records, for the plan's readers of their agency."""

from pathlib import PurePath

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from prongsai.agencies.access import staff_view
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.measures.access import EVIDENCE_READERS
from prongsai.measures.models import ProgressUpdate


@staff_view(*EVIDENCE_READERS)
def staff_evidence_file(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    update = get_object_or_404(
        ProgressUpdate,
        pk=pk,
        row__measure__plan__agency=agency,
        row__measure__plan__fiscal_year=year,
    )
    name = update.evidence_name or PurePath(update.evidence_file.name or "").name
    return serve_file(request, update.evidence_file, filename=name)
