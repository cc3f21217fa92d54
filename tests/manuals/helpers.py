"""Makers for the manuals tests: manuals in each state, and what the edit page posts."""

from datetime import date, timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.models import Agency, Unit
from prongsai.agencies.roles import Role
from prongsai.manuals import actions
from prongsai.manuals.models import Manual
from tests.factories import member

LOAN_STEPS = [
    ("ยื่นแบบคำขอยืมพัสดุ", "ผู้ยืม", 15, "แบบคำขอยืม"),
    ("ตรวจสอบพัสดุและเสนอความเห็น", "เจ้าหน้าที่พัสดุ", 30, "บันทึกความเห็น"),
    ("พิจารณาอนุมัติ", "ผู้อำนวยการโรงเรียน", 60, "คำขอที่อนุมัติ"),
]


def next_year() -> date:
    return timezone.localdate() + timedelta(days=365)


def manual_data(
    title: str = "คู่มือการยืมพัสดุ",
    unit: Unit | None = None,
    steps: list[tuple[str, str, int, str]] | None = None,
    review_on: date | None = None,
) -> actions.ManualData:
    return actions.ManualData(
        title=title,
        owner_unit=unit,
        purpose="เพื่อให้การยืมพัสดุโปร่งใส",
        scope="ครูและบุคลากรทุกคน",
        review_on=review_on or next_year(),
        changes="",
        steps=[actions.StepData(*step) for step in (steps or LOAN_STEPS)],
    )


def draft_manual(agency: Agency, **kwargs: Any) -> Manual:
    return actions.create_manual(agency=agency, data=manual_data(**kwargs), actor=None)


def published_manual(agency: Agency, **kwargs: Any) -> Manual:
    manual = draft_manual(agency, **kwargs)
    version = manual.versions.get()
    writer = member(agency, Role.ITA_OFFICER)
    director = member(agency, Role.DIRECTOR)
    actions.submit_version(version=version, actor=writer)
    actions.approve_version(version=version, actor=director)
    return manual


def form_post(
    title: str = "คู่มือการรับเงินค่าบำรุงการศึกษา",
    unit: Unit | None = None,
    steps: list[tuple[Any, ...]] | None = None,
    review_on: date | None = None,
    blank_rows: int = 1,
    **extra: Any,
) -> dict[str, Any]:
    """What the edit page posts: the manual's fields and the steps formset."""
    rows = list(steps if steps is not None else LOAN_STEPS) + [("", "", "", "")] * blank_rows
    data: dict[str, Any] = {
        "title": title,
        "owner_unit": unit.pk if unit else "",
        "purpose": "เพื่อให้รับเงินถูกต้องตามระเบียบ",
        "scope": "",
        "review_on": (review_on or next_year()).isoformat(),
        "changes": "",
        "steps-TOTAL_FORMS": str(len(rows)),
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        step_title, responsible, minutes, output = row[:4]
        data[f"steps-{index}-order"] = row[4] if len(row) > 4 else (index + 1 if step_title else "")
        data[f"steps-{index}-title"] = step_title
        data[f"steps-{index}-responsible"] = responsible
        data[f"steps-{index}-duration_minutes"] = minutes
        data[f"steps-{index}-output"] = output
    data.update(extra)
    return data


def staff_url(name: str, agency: Agency, **kwargs: Any) -> str:
    return reverse(f"manuals:{name}", kwargs={"agency": agency.slug, **kwargs})


def public_url(name: str, agency: Agency, **kwargs: Any) -> str:
    return reverse(f"manuals:{name}", kwargs={"agency": agency.slug, **kwargs})
