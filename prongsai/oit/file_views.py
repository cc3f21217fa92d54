"""Uploaded OIT evidence files in the back office: the newest version, or an earlier one, of
any item's file, for everyone who opens the agency's checklist (the public reads only the
files of published items, `public_views.public_file`)."""

from pathlib import PurePath

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from prongsai.agencies.access import staff_view
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.oit.access import OIT_READERS
from prongsai.oit.models import Evidence, EvidenceFile


@staff_view(*OIT_READERS)
def staff_evidence_file(
    request: HttpRequest, agency: Agency, year: int, code: str, pk: int
) -> HttpResponse:
    evidence = get_object_or_404(
        Evidence,
        pk=pk,
        kind=Evidence.Kind.FILE,
        answer__agency=agency,
        answer__item__code=code,
        answer__item__checklist__year=year,
    )
    versions = EvidenceFile.objects.filter(evidence=evidence).order_by("-version")
    raw = request.GET.get("version", "")
    wanted = int(raw) if raw.isdigit() and len(raw) <= 5 else None
    version = versions.filter(version=wanted).first() if raw else versions.first()
    if version is None:
        raise Http404
    name = PurePath(version.name).name or PurePath(version.file.name).name
    return serve_file(request, version.file, filename=name)
