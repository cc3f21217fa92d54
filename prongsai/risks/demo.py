"""The demo's corruption-risk assessments: ten risks of the seed school for the fiscal years
2566–2568 (the years of the OIT and No Gift demos), each year started from the one before,
approved by the director, published, with a six-month and an annual follow-up per measure."""

from collections.abc import Callable
from datetime import date, datetime, time

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.risks import actions, queries
from prongsai.risks.models import Assessment, FollowUp

YEARS = (2566, 2567, 2568)
SUMMARY = (
    "คณะกรรมการประเมินความเสี่ยงการทุจริตของโรงเรียน ประกอบด้วยผู้บริหาร หัวหน้ากลุ่มงาน "
    "และผู้แทนครู ร่วมกันทบทวนกระบวนงานที่มีโอกาสเกิดการทุจริตและประพฤติมิชอบ "
    "โดยพิจารณาจากผลการประเมิน ITA ปีที่ผ่านมา เรื่องร้องเรียน และผลการตรวจสอบภายใน"
)
# process, what can go wrong, roles, likelihood, impact, existing controls,
# [(measure, owner, due month, due day)]
# fmt: off
RISKS: list[tuple[str, str, str, int, int, str, list[tuple[str, str, int, int]]]] = [
    ("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเฉพาะของพัสดุหรือร่างขอบเขตงานเอื้อผู้ขายรายใดรายหนึ่ง",
     "เจ้าหน้าที่พัสดุ คณะกรรมการกำหนดร่างขอบเขตงาน", 3, 4,
     "แต่งตั้งคณะกรรมการกำหนดร่างขอบเขตงานทุกครั้ง",
     [("เผยแพร่ร่างขอบเขตงานให้สาธารณชนวิจารณ์ก่อนประกาศทุกโครงการเกิน ๑๐๐,๐๐๐ บาท",
       "งานพัสดุ", 3, 31),
      ("ให้กรรมการลงนามแบบแสดงความบริสุทธิ์ใจไม่มีส่วนได้เสียกับผู้เสนอราคา", "งานพัสดุ", 12, 31)]),
    ("การตรวจรับพัสดุ", "ตรวจรับพัสดุที่ไม่ตรงตามสัญญา หรือรับประโยชน์ตอบแทนจากผู้ขาย",
     "คณะกรรมการตรวจรับพัสดุ", 2, 4, "ตรวจรับโดยคณะกรรมการ ๓ คน",
     [("จัดทำแบบตรวจรับพร้อมภาพถ่ายพัสดุทุกรายการ", "กลุ่มบริหารงบประมาณ", 6, 30)]),
    ("การรับนักเรียน", "เรียกรับเงินหรือผลประโยชน์แลกกับการรับเข้าเรียน",
     "คณะกรรมการรับนักเรียน ผู้บริหารสถานศึกษา", 2, 5, "ประกาศหลักเกณฑ์การรับนักเรียนล่วงหน้า",
     [("ประกาศผลการคัดเลือกพร้อมคะแนนต่อสาธารณะ และเปิดช่องทางร้องเรียน",
       "กลุ่มบริหารงานทั่วไป", 5, 15)]),
    ("การเงินและการเบิกจ่าย", "เบิกจ่ายเงินไม่เป็นไปตามระเบียบ หรือนำเงินของทางราชการไปใช้ส่วนตัว",
     "เจ้าหน้าที่การเงิน", 2, 5, "ตรวจสอบเอกสารการเบิกจ่ายก่อนอนุมัติ",
     [("ตรวจนับเงินคงเหลือประจำวันและรายงานผู้อำนวยการทุกสิ้นเดือน", "งานการเงิน", 9, 30)]),
    ("การใช้ทรัพย์สินของราชการ", "นำรถยนต์หรือครุภัณฑ์ของโรงเรียนไปใช้เพื่อประโยชน์ส่วนตัว",
     "ผู้ยืมครุภัณฑ์ ผู้ดูแลยานพาหนะ", 3, 2, "มีแบบขออนุญาตใช้รถยนต์",
     [("บันทึกการยืม–คืนครุภัณฑ์และการใช้รถยนต์ในระบบทุกครั้ง", "งานพัสดุ", 1, 31)]),
    ("การรับของขวัญและประโยชน์อื่นใด",
     "รับของขวัญหรือประโยชน์จากผู้ปกครองหรือผู้ขายเกินกว่าที่กฎหมายอนุญาต",
     "ครูและบุคลากร ผู้บริหารสถานศึกษา", 3, 3, "ประกาศนโยบาย No Gift Policy",
     [("ชี้แจงหลักเกณฑ์การรับของขวัญในการประชุมครูต้นปีการศึกษา", "เจ้าหน้าที่ ITA", 11, 30)]),
    ("การวัดและประเมินผลการเรียน", "แก้ไขผลการเรียนหรือให้คะแนนโดยไม่เป็นธรรมแลกกับผลประโยชน์",
     "ครูผู้สอน งานทะเบียนและวัดผล", 1, 4, "ผลการเรียนผ่านการอนุมัติของผู้อำนวยการ",
     [("ตรวจสอบการแก้ไขผลการเรียนย้อนหลังทุกภาคเรียน", "งานทะเบียนและวัดผล", 4, 30)]),
    ("โครงการอาหารกลางวัน", "จัดซื้อวัตถุดิบไม่ครบตามจำนวนเงินที่ได้รับจัดสรร",
     "ผู้รับผิดชอบโครงการอาหารกลางวัน", 2, 3, "มีเมนูอาหารประจำสัปดาห์",
     [("ให้ผู้แทนผู้ปกครองร่วมตรวจรับวัตถุดิบสัปดาห์ละครั้ง", "งานโภชนาการ", 3, 31)]),
    ("การบริหารงานบุคคล", "พิจารณาเลื่อนเงินเดือนหรือมอบหมายงานโดยเอื้อประโยชน์แก่พวกพ้อง",
     "ผู้บริหารสถานศึกษา คณะกรรมการกลั่นกรอง", 2, 3, "มีคณะกรรมการกลั่นกรองผลการประเมิน",
     [("เผยแพร่หลักเกณฑ์การประเมินและผลการพิจารณาให้บุคลากรทราบ", "กลุ่มบริหารงานบุคคล", 4, 30)]),
    ("เงินบริจาคและการระดมทรัพยากร", "รับเงินบริจาคโดยไม่ออกใบเสร็จรับเงินหรือไม่นำส่งเป็นรายได้",
     "เจ้าหน้าที่การเงิน คณะกรรมการสถานศึกษา", 1, 3, "ใช้ใบเสร็จรับเงินของทางราชการ",
     [("รายงานยอดเงินบริจาคต่อคณะกรรมการสถานศึกษาทุกภาคเรียน", "งานการเงิน", 8, 31)]),
]
# fmt: on
# Each year the school found some risks less likely (its measures worked): risk number → likelihood.
# The seed's measures plan: measure 5 solves corruption problems, measure 10 prevents them.
# A risk names the measure as the measures plan of its year labels it, when there is one.
PLAN = {1: 10, 6: 5}
PLAN_WORDS = {10: "มาตรการที่ ๑๐ การป้องกันการทุจริต", 5: "มาตรการที่ ๕ การแก้ไขปัญหาการทุจริต"}


def _plan_measure(assessment: Assessment, risk_number: int) -> str:
    number = PLAN.get(risk_number)
    if number is None:
        return ""
    labels = {m.number: m.label for m in queries.plan_measures_of(assessment)}
    return labels.get(number, PLAN_WORDS[number])


EASIER = {2567: {1: 2, 6: 2}, 2568: {1: 2, 5: 2, 6: 2}}


def _due(year: int, month: int, day: int) -> date:
    return date(year - 544 if month >= 10 else year - 543, month, day)


def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


def _first_year(assessment: Assessment) -> None:
    for number, (process, what, roles, likely, impact, controls, measures) in enumerate(
        RISKS, start=1
    ):
        risk = actions.add_risk(
            assessment=assessment,
            data=actions.RiskData(
                process, what, roles, likely, impact, controls, _plan_measure(assessment, number)
            ),
        )
        for action, owner, month, day in measures:
            actions.add_measure(
                risk=risk,
                data=actions.MeasureData(action, owner, _due(assessment.year, month, day)),
            )


def _reassess(assessment: Assessment) -> None:
    for risk in assessment.risks.all():
        likely = EASIER.get(assessment.year, {}).get(risk.number)
        if likely is None:
            continue
        data = actions.RiskData(
            risk.process,
            risk.description,
            risk.involved_roles,
            likely,
            risk.impact,
            risk.existing_controls,
            risk.plan_measure,
        )
        actions.update_risk(risk=risk, data=data)


def _follow_ups(assessment: Assessment, officer: User) -> None:
    six, annual = date(assessment.year - 543, 3, 20), date(assessment.year - 543, 9, 20)
    for risk in assessment.risks.prefetch_related("measures"):
        for measure in risk.measures.all():
            for day, round_, progress, done in (
                (six, FollowUp.Round.SIX_MONTH, FollowUp.Progress.IN_PROGRESS,
                 "ดำเนินการแล้วบางส่วน อยู่ระหว่างดำเนินการตามแผน"),
                (annual, FollowUp.Round.ANNUAL, FollowUp.Progress.DONE,
                 "ดำเนินการครบตามมาตรการ ไม่พบเหตุการณ์ความเสี่ยงเกิดขึ้นในปีงบประมาณ"),
            ):  # fmt: skip
                actions.record_follow_up(
                    measure=measure,
                    data=actions.FollowUpData(round_, day, done, progress),
                    by=officer,
                    today=annual,
                )


def load_risks(school: Agency, say: Callable[[str], None]) -> None:
    if Assessment.objects.filter(agency=school).exists():
        say(f"Risks: {school.slug} already has its assessments.")
        return
    officer = User.objects.filter(username="ita_officer").first()
    director = User.objects.filter(username="director").first()
    if officer is None or director is None:
        return
    for year in YEARS:
        assessment = actions.start_assessment(agency=school, year=year, by=officer)
        if year == YEARS[0]:
            _first_year(assessment)
            actions.save_settings(
                assessment=assessment,
                summary=SUMMARY,
                bands=assessment.bands,
                source=assessment.bands_source,
            )
        else:
            _reassess(assessment)
        actions.approve_assessment(assessment=assessment, by=director)
        actions.publish_assessment(assessment=assessment)
        # As if approved and published in the first weeks of the year (the demo loads at once).
        approved = date(year - 544, 11, 15)
        Assessment.objects.filter(pk=assessment.pk).update(
            approved_at=_at(approved), published_at=_at(date(year - 544, 11, 20))
        )
        _follow_ups(assessment, officer)
    say(f"Risks: the assessments of {YEARS[0]}–{YEARS[-1]} at {school.slug}, ten risks each.")
