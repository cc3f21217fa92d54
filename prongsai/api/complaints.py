"""Public API of the complaint channel. Receipts travel only in request bodies."""

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, Throttled
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.api.parsers import CleanJSONParser
from prongsai.complaints import actions, throttle
from prongsai.complaints.models import Complaint
from prongsai.complaints.queries import reporter_messages
from prongsai.complaints.receipts import display_receipt
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import COMPLAINT_ATTACHMENT


class NewComplaintSerializer(serializers.Serializer[Any]):
    category = serializers.ChoiceField(choices=Complaint.Category.choices)
    what_happened = serializers.CharField(max_length=20000)
    when_happened = serializers.CharField(required=False, allow_blank=True, max_length=200)
    who_involved = serializers.CharField(required=False, allow_blank=True, max_length=500)
    related_to = serializers.CharField(required=False, allow_blank=True, max_length=500)
    reporter_name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    reporter_email = serializers.EmailField(required=False, allow_blank=True)
    reporter_phone = serializers.CharField(required=False, allow_blank=True, max_length=40)
    notify_email = serializers.EmailField(required=False, allow_blank=True)
    pdpa_consent = serializers.BooleanField(required=False, default=False)
    idempotency_key = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=100,
        help_text="Send the same key again when retrying: the complaint is filed once and, for "
        "15 minutes, the same receipt comes back. The key belongs to this agency and this "
        "content: other content with the same key is refused (422).",
    )
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, max_length=actions.MAX_ATTACHMENTS
    )

    def validate_attachments(self, files: list[Any]) -> list[Any]:
        """Each file checked by size and contents, as on the web form (uploads.checks)."""
        for upload in files:
            try:
                check_upload(upload, COMPLAINT_ATTACHMENT)
            except ValidationError as exc:
                raise serializers.ValidationError(exc.messages) from exc
        return files


class FiledSerializer(serializers.Serializer[Any]):
    receipt = serializers.CharField(help_text="16 digits; shown once, stored only hashed")
    receipt_display = serializers.CharField()
    status = serializers.CharField()
    acknowledge_by = serializers.DateField()


class ReceiptSerializer(serializers.Serializer[Any]):
    receipt = serializers.CharField(max_length=40)


class ReporterMessageSerializer(serializers.Serializer[Any]):
    receipt = serializers.CharField(max_length=40)
    body = serializers.CharField(max_length=20000)


class MessageOutSerializer(serializers.Serializer[Any]):
    direction = serializers.CharField()
    body = serializers.CharField()
    date = serializers.DateField(source="created_on")


class CaseSerializer(serializers.Serializer[Any]):
    status = serializers.CharField()
    status_label = serializers.CharField(source="get_status_display")
    category = serializers.CharField()
    filed_on = serializers.DateField()
    result_by = serializers.DateField(source="result_due")
    outcome = serializers.CharField()
    messages = serializers.SerializerMethodField()

    def get_messages(self, complaint: Complaint) -> list[dict[str, Any]]:
        visible = reporter_messages(complaint)
        return MessageOutSerializer(visible, many=True).data  # type: ignore[return-value]


def _validation_detail(error: ValidationError) -> dict[str, Any]:
    if hasattr(error, "error_dict"):
        return dict(error.message_dict)
    return {"detail": " ".join(error.messages)}


class FileComplaint(APIView):
    authentication_classes: list[Any] = []
    parser_classes = [CleanJSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="File a complaint or bribery report (public, anonymous allowed)",
        tags=["complaints"],
        request=NewComplaintSerializer,
        responses={
            201: FiledSerializer,
            400: OpenApiResponse(description="Thai messages per field"),
            409: OpenApiResponse(
                description="Already filed with this key; receipt no longer shown"
            ),
            422: OpenApiResponse(description="The key was used here for a different complaint"),
        },
    )
    def post(self, request: Request, agency: str) -> Response:
        agency_obj = get_agency_or_404(agency)
        if throttle.is_blocked("file", request._request, throttle.FILING):
            raise Throttled(detail=_("Too many requests. Please wait and try again."))
        serializer = NewComplaintSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        files = data.pop("attachments", [])  # only what the serializer checked
        key = data.pop("idempotency_key", "") or request.headers.get("Idempotency-Key", "")
        try:
            complaint, receipt = actions.file_complaint(
                agency=agency_obj,
                data=actions.NewComplaint(**data),
                attachments=files,
                idempotency_key=key,
            )
        except actions.AlreadyFiled as already:
            if already.receipt is None:
                return Response(
                    {
                        "detail": _(
                            "This complaint was already filed; use the receipt you received."
                        )
                    },
                    status=status.HTTP_409_CONFLICT,
                )
            complaint, receipt = already.complaint, already.receipt
        except actions.KeyReused:
            return Response(
                {
                    "detail": _(
                        "This idempotency key was already used for a different complaint. "
                        "Use a new key for a new complaint."
                    )
                },
                status=status.HTTP_422_UNPROCESSABLE_ENTITY,
            )
        except ValidationError as error:
            return Response(_validation_detail(error), status=status.HTTP_400_BAD_REQUEST)
        throttle.hit("file", request._request, throttle.FILING)
        body = {
            "receipt": receipt,
            "receipt_display": display_receipt(receipt),
            "status": complaint.status,
            "acknowledge_by": complaint.acknowledge_due,
        }
        return Response(FiledSerializer(body).data, status=status.HTTP_201_CREATED)


def _case_for(request: Request, receipt: str) -> Complaint:
    if throttle.is_blocked("receipt", request._request, throttle.WRONG_RECEIPTS):
        raise Throttled(detail=_("Too many wrong receipts. Please wait 15 minutes and try again."))
    complaint = actions.find_by_receipt(receipt)
    if complaint is None:
        throttle.hit("receipt", request._request, throttle.WRONG_RECEIPTS)
        raise NotFound
    return complaint


class FollowUp(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="Status and messages of a case, by its receipt (public)",
        tags=["complaints"],
        request=ReceiptSerializer,
        responses={200: CaseSerializer, 404: None, 429: None},
    )
    def post(self, request: Request) -> Response:
        serializer = ReceiptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        complaint = _case_for(request, serializer.validated_data["receipt"])
        return Response(CaseSerializer(complaint).data)


class FollowUpMessage(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="Add a message to a case, by its receipt (public)",
        tags=["complaints"],
        request=ReporterMessageSerializer,
        responses={201: CaseSerializer, 400: None, 404: None, 429: None},
    )
    def post(self, request: Request) -> Response:
        serializer = ReporterMessageSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        complaint = _case_for(request, serializer.validated_data["receipt"])
        try:
            actions.reporter_reply(complaint=complaint, body=serializer.validated_data["body"])
        except ValidationError as error:
            return Response(_validation_detail(error), status=status.HTTP_400_BAD_REQUEST)
        return Response(CaseSerializer(complaint).data, status=status.HTTP_201_CREATED)
