"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency
from tests.factories import UserFactory


def _own_checklist(agency: Agency) -> Any:
    from prongsai.oit.actions import copy_checklist
    from prongsai.oit.models import Checklist

    source = Checklist.objects.get(year=2566, scheme="nacc", owner=None)
    found = Checklist.objects.filter(owner=agency, year=2567).first()
    return found or copy_checklist(source=source, owner=agency, year=2567)


def _oit_evidence_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.oit.actions import add_link, answer_for
    from prongsai.oit.queries import default_checklist

    item = default_checklist(agency, 2566).items.get(code="O1")
    evidence = add_link(
        answer=answer_for(agency=agency, item=item),
        title="โครงสร้าง",
        url="https://example.com/structure",
        dated_on=None,
    )
    return {"year": 2566, "code": "O1", "pk": evidence.pk}


def _oit_file_kwargs(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.oit.actions import add_file, answer_for
    from prongsai.oit.queries import default_checklist

    item = default_checklist(agency, 2566).items.get(code="O1")
    evidence = add_file(
        answer=answer_for(agency=agency, item=item),
        title="โครงสร้าง",
        upload=SimpleUploadedFile("โครงสร้าง.pdf", b"%PDF-1.4 structure"),
        dated_on=None,
        by=UserFactory(),
    )
    return {"year": 2566, "code": "O1", "pk": evidence.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "oit:staff_evidence_file": _oit_file_kwargs,
    "oit:staff_seed_measures": lambda agency: {"year": 2568},
    "oit:staff_campaign": lambda agency: {"year": 2568},
    "oit:staff_campaign_tick": lambda agency: {"year": 2568},
    "oit:staff_campaign_poster": lambda agency: {"year": 2568},
    "oit:staff_own_checklist": lambda agency: {"pk": _own_checklist(agency).pk},
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    if parts == {"year"}:
        return {"year": 2566}
    if parts == {"year", "code"}:
        return {"year": 2566, "code": "O1"}
    return _oit_evidence_kwargs(agency)  # year, code and pk: evidence of item O1
