"""The demo's No Gift Policy: the seed school's declarations from 2566 (the OIT demo's year) to
this fiscal year (each started from the year before, approved by the director; from 2568 also in
English), one culture activity a year with its photo, and the reports of the years gone by.

A new user of the demo sees this fiscal year's declaration, whatever the day: the years run to
`fiscal_year(today)`, and a demo loaded last year gets the missing years on the next load."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity.models import Declaration
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds

FIRST_YEAR = 2566  # the OIT demo's year (oit/demo.py)
ENGLISH_FROM = 2568


def demo_years(today: date | None = None) -> list[int]:
    """2566 to this fiscal year, and at least to 2568 (the English version's year)."""
    current = fiscal_year(today or timezone.localdate())
    return list(range(FIRST_YEAR, max(current, ENGLISH_FROM) + 1))


ENGLISH = {
    "title_en": "No Gift Policy: no gifts of any kind from performing our duties, fiscal year 2568",
    "preamble_en": (
        "Under section 128 of the Organic Act on Anti-Corruption B.E. 2561 (2018), state "
        "officials may accept no property or other benefit except as the National "
        "Anti-Corruption Commission allows. The school therefore declares:"
    ),
    "commitments_en": "\n".join(
        [
            "The director, teachers and all staff will not accept gifts or benefits of any kind "
            "before, during or after performing their duties.",
            "We will not give gifts to our superiors; a greeting card or a signed book of good "
            "wishes will do.",
            "A gift that cannot be refused is reported to the director within 30 days when worth "
            "more than 3,000 baht.",
            "We make this policy known to parents, pupils, contractors and visitors.",
        ]
    ),
}


def load_declarations(school: Agency, say: Callable[[str], None]) -> None:
    have = set(Declaration.objects.filter(agency=school).values_list("year", flat=True))
    years = [year for year in demo_years() if year not in have]
    if not years:
        say(f"No Gift Policy: {school.slug} already has its declarations.")
        return
    officer = User.objects.filter(username="ita_officer").first()
    director = User.objects.filter(username="director").first()
    if officer is None or director is None:
        return
    for year in years:
        declaration = actions.start_declaration(
            agency=school, year=year, by=officer, today=date(year - 544, 10, 1)
        )
        if year == ENGLISH_FROM:  # later years carry the English over with the year moved on
            data = replace(
                actions_data(declaration),
                title_en=ENGLISH["title_en"],
                preamble_en=ENGLISH["preamble_en"],
                commitments_en=ENGLISH["commitments_en"],
            )
            declaration = actions.save_declaration(declaration=declaration, data=data, by=officer)
        approved = actions.approve_declaration(declaration=declaration, by=director)
        # As if approved on the day it was declared (the demo loads years at once).
        signed = timezone.make_aware(datetime.combine(approved.declared_on, time(9, 0)))
        Declaration.objects.filter(pk=approved.pk).update(approved_at=signed)
    say(f"No Gift Policy: declarations {', '.join(map(str, years))} approved at {school.slug}.")


def actions_data(declaration: Declaration) -> actions.DeclarationData:
    return actions.DeclarationData(
        **{
            name: getattr(declaration, name)
            for name in actions.DeclarationData.__dataclass_fields__
        }
    )


# (fiscal year, month, day in the C.E. year, title, kind, audience, attendance, report, alt text)
ACTIVITIES = [
    (
        2566,
        (2022, 12, 9),
        "ประชุมชี้แจงนโยบาย No Gift Policy แก่ครูและบุคลากร",
        "meeting",
        "ครูและบุคลากรทางการศึกษา",
        58,
        "ผู้อำนวยการชี้แจงนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
        "และหลักเกณฑ์การรายงานเมื่อได้รับของเกิน ๓,๐๐๐ บาท ภายใน ๓๐ วัน",
        "ผู้อำนวยการชี้แจงนโยบายแก่ครูในห้องประชุมของโรงเรียน",
    ),
    (
        2567,
        (2023, 12, 8),
        "กิจกรรมวันต่อต้านคอร์รัปชันสากล: ส่งความสุขด้วยบัตรอวยพรแทนของขวัญ",
        "campaign",
        "นักเรียน ผู้ปกครอง และครู",
        320,
        "นักเรียนทำบัตรอวยพรปีใหม่มอบครูแทนของขวัญ ประชาสัมพันธ์นโยบายแก่ผู้ปกครองผ่านกลุ่มไลน์",
        "นักเรียนมอบบัตรอวยพรปีใหม่ที่ทำเองแก่ครูประจำชั้น",
    ),
    (
        2568,
        (2024, 11, 15),
        "อบรมหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
        "seminar",
        "ครู บุคลากร และเจ้าหน้าที่พัสดุ",
        61,
        "วิทยากรจากสำนักงานเขตพื้นที่การศึกษาบรรยายหลักเกณฑ์ ป.ป.ช. พ.ศ. ๒๕๖๓ "
        "และการใช้ทะเบียนการรับของขวัญในระบบ",
        "วิทยากรบรรยายหน้าห้องประชุม มีครูนั่งฟังประมาณหกสิบคน",
    ),
]
# Every later year (to this one): the year's opening meeting, some days ago or on its first day.
LATER = (
    "ประชุมชี้แจงนโยบาย No Gift Policy ประจำปีงบประมาณ",
    "meeting",
    "ครูและบุคลากรทางการศึกษา",
    60,
    "ผู้อำนวยการชี้แจงประกาศเจตนารมณ์ของปีงบประมาณใหม่ ทบทวนหลักเกณฑ์การรายงานของขวัญ"
    "ที่มีมูลค่าเกิน ๓,๐๐๐ บาท และการบันทึกในทะเบียนการรับของขวัญในระบบ",
    "ผู้อำนวยการชี้แจงประกาศเจตนารมณ์ต่อที่ประชุมครู",
)


def activity_rows(
    today: date,
) -> list[tuple[int, tuple[int, int, int], str, str, str, int, str, str]]:
    """The three fixed activities, then one for each later demo year up to this one."""
    rows = list(ACTIVITIES)
    for year in demo_years(today):
        if year <= ACTIVITIES[-1][0]:
            continue
        start = fiscal_year_bounds(year)[0]
        # Mid-November, or a week ago early in this year (never before its first day).
        held = max(start, min(start + timedelta(days=45), today - timedelta(days=7)))
        rows.append((year, (held.year, held.month, held.day), *LATER))
    return rows


COLOURS = [(30, 94, 160), (196, 120, 40), (40, 140, 90)]


def demo_photo(seed: int) -> bytes:
    """A plain illustrative picture (blocks of colour), a JPEG small enough for the demo."""
    import io

    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (960, 640), COLOURS[seed % len(COLOURS)])
    draw = ImageDraw.Draw(picture)
    for row in range(4):
        draw.rectangle((80 + row * 200, 360, 200 + row * 200, 560), fill=(240, 240, 240))
    draw.rectangle((300, 80, 660, 260), fill=(250, 250, 250))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()


def load_activities(school: Agency, say: Callable[[str], None]) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.integrity import activity_actions
    from prongsai.integrity.models import CultureActivity

    officer = User.objects.filter(username="ita_officer").first()
    if officer is None:
        return
    days = CultureActivity.objects.filter(
        agency=school, programme=CultureActivity.Programme.NO_GIFT
    ).dates("held_on", "day")
    have = {fiscal_year(day) for day in days}
    rows = [row for row in activity_rows(timezone.localdate()) if row[0] not in have]
    for seed, row in enumerate(rows):
        _year, day, title, kind, audience, attendance, report, alt = row
        activity = activity_actions.record_activity(
            agency=school,
            by=officer,
            data=activity_actions.ActivityData(
                held_on=date(*day),
                title=title,
                kind=kind,
                audience=audience,
                attendance=attendance,
                report=report,
                published=True,
            ),
        )
        upload = SimpleUploadedFile(f"activity-{seed}.jpg", demo_photo(seed), "image/jpeg")
        activity_actions.add_photo(activity=activity, upload=upload, alt_text=alt)
    if rows:
        say(f"No Gift Policy: {len(rows)} culture activities with photos at {school.slug}.")


REPORT_NOTES = (
    "โรงเรียนประกาศเจตนารมณ์นโยบาย No Gift Policy และชี้แจงแก่ครูและบุคลากรทุกคน "
    "ประชาสัมพันธ์นโยบายแก่ผู้ปกครองและผู้ประกอบการผ่านเว็บไซต์และกลุ่มไลน์ของโรงเรียน\n"
    "ปัญหาและอุปสรรค: ผู้ปกครองบางส่วนยังนำของขวัญมามอบในวันครูและวันปีใหม่\n"
    "ข้อเสนอแนะ: ประชาสัมพันธ์ช่วงก่อนเทศกาลให้มากขึ้น และเชิญชวนให้ใช้บัตรอวยพรแทนของขวัญ"
)


def load_reports(school: Agency, say: Callable[[str], None]) -> None:
    from prongsai.integrity.models import GiftReport
    from prongsai.integrity.report_actions import publish_report

    officer = User.objects.filter(username="ita_officer").first()
    if officer is None:
        return
    # The years gone by (from 2567), not this one: its report comes after it ends.
    have = set(GiftReport.objects.filter(agency=school).values_list("year", flat=True))
    current = fiscal_year(timezone.localdate())
    years = [year for year in demo_years() if 2567 <= year < current and year not in have]
    for year in years:
        publish_report(agency=school, year=year, notes=REPORT_NOTES, by=officer)
    if years:
        listed = ", ".join(map(str, years))
        say(f"No Gift Policy: the reports of {listed} published at {school.slug}.")
