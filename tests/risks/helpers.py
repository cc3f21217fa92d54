"""Makers for the risk assessment tests."""

from datetime import date
from typing import Any

from prongsai.agencies.roles import Role
from prongsai.risks import actions
from prongsai.risks.models import Assessment, FollowUp
from tests.factories import member

YEAR = 2568  # 1 October 2024 – 30 September 2025


def risk_data(**changes: Any) -> actions.RiskData:
    values: dict[str, Any] = {
        "process": "การจัดซื้อจัดจ้าง",
        "description": "กำหนดคุณลักษณะเฉพาะเอื้อผู้ขายรายใดรายหนึ่ง",
        "involved_roles": "เจ้าหน้าที่พัสดุ, หัวหน้าเจ้าหน้าที่",
        "likelihood": 3,
        "impact": 4,
        "existing_controls": "คณะกรรมการกำหนดร่างขอบเขตงาน",
        "plan_measure": "",
    }
    values.update(changes)
    return actions.RiskData(**values)


def start(agency, year: int = YEAR, by=None) -> Assessment:
    return actions.start_assessment(
        agency=agency, year=year, by=by or member(agency, Role.ITA_OFFICER)
    )


def assessment_with_risk(agency, year: int = YEAR, **changes: Any):
    assessment = start(agency, year)
    risk = actions.add_risk(assessment=assessment, data=risk_data(**changes))
    measure = actions.add_measure(
        risk=risk,
        data=actions.MeasureData(
            action="เผยแพร่ร่างขอบเขตงานให้วิจารณ์ก่อนประกาศ",
            owner="งานพัสดุ",
            due_on=date(year - 543, 3, 31),
        ),
    )
    return assessment, risk, measure


def published(agency, year: int = YEAR):
    assessment, risk, measure = assessment_with_risk(agency, year)
    director = member(agency, Role.DIRECTOR)
    actions.approve_assessment(assessment=assessment, by=director)
    actions.publish_assessment(assessment=assessment)
    actions.record_follow_up(
        measure=measure,
        data=actions.FollowUpData(
            round=FollowUp.Round.SIX_MONTH,
            recorded_on=date(year - 543, 3, 15),
            done="เผยแพร่ร่างขอบเขตงาน ๓ โครงการ",
            progress=FollowUp.Progress.IN_PROGRESS,
        ),
        by=member(agency, Role.ITA_OFFICER),
        today=date(year - 543, 4, 1),
    )
    assessment.refresh_from_db()
    return assessment, risk, measure
