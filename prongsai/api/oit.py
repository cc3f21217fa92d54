"""API for the public OIT disclosure of an agency's fiscal year."""

from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.oit import queries
from prongsai.oit.access import get_checklist_for_public
from prongsai.oit.queries import is_public, item_path

NOT_PUBLISHED = "not_published"


class EvidenceSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=["generated", "file", "link"])
    title = serializers.CharField()
    url = serializers.CharField(help_text="Absolute address of the page, file or external link.")
    dated_on = serializers.DateField(allow_null=True)


class ItemSerializer(serializers.Serializer[Any]):
    code = serializers.CharField()
    title = serializers.CharField()
    subindicator = serializers.CharField()
    status = serializers.ChoiceField(
        choices=["published", "stale", NOT_PUBLISHED],
        help_text="stale: published, but some evidence is out of its date window or unreachable.",
    )
    url = serializers.URLField(help_text="The item's public page (what the assessor is given).")
    explanation = serializers.CharField(help_text="Empty until the item is published.")
    evidence = EvidenceSerializer(many=True, help_text="Empty until the item is published.")


class ChecklistSerializer(serializers.Serializer[Any]):
    year = serializers.IntegerField()
    scheme = serializers.CharField()
    owner = serializers.CharField(
        allow_null=True, help_text="The area office that published the list; null if shipped."
    )
    name = serializers.CharField()


class PublicOitSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    year = serializers.IntegerField()
    checklist = ChecklistSerializer()
    score = serializers.FloatField(help_text="The OIT score if it were assessed today (0–100).")
    items = ItemSerializer(many=True)


def _absolute(request: Request, url: str) -> str:
    return request.build_absolute_uri(url) if url.startswith("/") else url


class PublicOit(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The public OIT disclosure of a fiscal year (public)",
        description="Every item of the agency's checklist in order; explanation and evidence "
        "only for the items the agency has published.",
        tags=["oit"],
        responses=PublicOitSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        agency_obj = get_agency_or_404(agency)
        checklist = get_checklist_for_public(agency_obj, year)
        states = queries.item_states(agency_obj, year, timezone.localdate(), checklist)
        items = []
        for state in states:
            public = is_public(state)
            item = state.item
            items.append(
                {
                    "code": item.code,
                    "title": item.title,
                    "subindicator": item.subindicator,
                    "status": state.status if public else NOT_PUBLISHED,
                    "url": request.build_absolute_uri(item_path(agency_obj, year, item.code)),
                    "explanation": state.answer.explanation if public and state.answer else "",
                    "evidence": [
                        {
                            "kind": evidence.kind,
                            "title": evidence.title,
                            "url": _absolute(request, evidence.url),
                            "dated_on": evidence.dated_on,
                        }
                        for evidence in (state.evidence if public else [])
                    ],
                }
            )
        data = {
            "agency": agency_obj.slug,
            "year": year,
            "checklist": {
                "year": checklist.year,
                "scheme": checklist.scheme,
                "owner": checklist.owner.slug if checklist.owner else None,
                "name": str(checklist),
            },
            "score": queries.oit_score(states),
            "items": items,
        }
        return Response(PublicOitSerializer(data).data)
