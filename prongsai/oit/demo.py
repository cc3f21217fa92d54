"""The demo's OIT year: the seed school a year into using Prongsai, on the OBEC 2566 list.

Items that a page of this system answers (measures, complaints, services, manuals) are
published with that page; most other items with an uploaded stand-in document; a few are
honestly missing, with an owner and a due date. Runs after the other modules' demo steps.
"""

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from prongsai.agencies.models import Agency, Unit
from prongsai.oit import actions, queries
from prongsai.oit.models import Answer, Checklist, ItaResult, Item

# Not there yet, as in a real school: last year's satisfaction report (the demo's first survey
# is of 2566) and the No Gift report of 2566 (owner: the unit that writes them).
MISSING = {"O17": "งานธุรการ", "O33": "ฝ่ายบริหารงานบุคคล"}
# The school's ITA result of 2565 per indicator (the weak ones seed next year's measures).
LAST_YEAR_INDICATORS = [92.1, 90.4, 78.5, 88.0, 86.2, 89.9, 84.3, 87.7, 76.0, 82.0]
# A date inside each evidence window of fiscal year 2566 (1 Oct 2565 – 30 Sep 2566).
DATED: dict[str, date | None] = {
    Item.Window.CURRENT: date(2023, 1, 16),
    Item.Window.PREVIOUS: date(2022, 9, 30),
    Item.Window.FIRST_HALF: date(2023, 3, 31),
    Item.Window.ANY: None,
}


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _stand_in_document(school: Agency, item: Item) -> bytes:
    """A one-page Word file in Sarabun for an item no page of this system answers."""
    from io import BytesIO

    from docx import Document
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "TH Sarabun New"
    style.font.size = Pt(16)
    document.add_heading(f"{item.code} {item.title}", level=1)
    document.add_paragraph(f"{school.name_th} ปีงบประมาณ 2566")
    document.add_paragraph(
        "เอกสารตัวอย่างของระบบสาธิต: โรงเรียนที่ใช้ระบบจริงอัปโหลดเอกสารของตนเองแทนไฟล์นี้ "
        "ที่หน้ารายการตรวจ OIT ของระบบหลังบ้าน"
    )
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _publish(answer: Answer, item: Item, kind: str, explanation: str) -> None:
    actions.save_answer(
        answer=answer,
        status=Answer.Status.PUBLISHED,
        explanation=explanation,
        ticks=[item.applies(index, kind) for index in range(len(item.requirements))],
        owner_user=None,
        owner_unit=None,
        due_date=None,
    )


def load_oit(school: Agency, say: Callable[[str], None]) -> None:
    checklist = Checklist.objects.filter(
        year=2566, scheme="obec_school", owner__isnull=True
    ).first()
    if checklist is None:
        return
    actions.choose_checklist(agency=school, year=2566, checklist=checklist)
    Answer.objects.filter(agency=school, item__checklist=checklist).delete()
    units = {unit.name_th: unit for unit in Unit.objects.filter(agency=school)}
    generated = published = 0
    for item in Item.objects.filter(checklist=checklist).order_by("order"):
        answer = actions.answer_for(agency=school, item=item)
        if item.code in MISSING:
            answer.owner_unit = units.get(MISSING[item.code])
            answer.due_date = timezone.localdate() + timedelta(days=30)
            answer.save(update_fields=["owner_unit", "due_date", "updated_at"])
            continue
        if queries.has_evidence(answer):  # a page of this system answers it
            _publish(answer, item, school.kind, "เผยแพร่ผ่านระบบโปร่งใสของโรงเรียน")
            generated += 1
        else:
            # An uploaded document (a link to a made-up website would be a dead link on the
            # public page); the file says plainly that it stands in for the school's own.
            actions.add_file(
                answer=answer,
                title=f"{item.title} ปีงบประมาณ 2566",
                upload=SimpleUploadedFile(
                    f"{item.code}-2566.docx", _stand_in_document(school, item), DOCX
                ),
                dated_on=DATED.get(item.window),
                by=None,
            )
            _publish(answer, item, school.kind, "เอกสารที่โรงเรียนอัปโหลด")
        published += 1
    ItaResult.objects.update_or_create(
        agency=school,
        year=2565,
        defaults={
            "total": Decimal("85.48"),
            "iit": Decimal("91.20"),
            "eit": Decimal("88.40"),
            "oit": Decimal("79.00"),
            "indicators": dict(zip(map(str, range(1, 11)), LAST_YEAR_INDICATORS, strict=True)),
        },
    )
    say(
        f"OIT: {school.slug} answers the 2566 OBEC list; {published} items published "
        f"({generated} by pages of this system), {len(MISSING)} missing."
    )
