"""The demo's OIT year: the seed school answers the OBEC 2566 list, partly done."""

from collections.abc import Callable

from prongsai.agencies.models import Agency
from prongsai.oit import actions
from prongsai.oit.models import Answer, Checklist, Item

PUBLISHED = ("O28", "O29", "O42", "O43")


def load_oit(school: Agency, say: Callable[[str], None]) -> None:
    checklist = Checklist.objects.filter(
        year=2566, scheme="obec_school", owner__isnull=True
    ).first()
    if checklist is None:
        return
    actions.choose_checklist(agency=school, year=2566, checklist=checklist)
    Answer.objects.filter(agency=school, item__checklist=checklist).delete()
    for item in Item.objects.filter(checklist=checklist, code__in=PUBLISHED):
        answer = actions.answer_for(agency=school, item=item)
        actions.save_answer(
            answer=answer,
            status=Answer.Status.PUBLISHED,
            explanation="เผยแพร่ผ่านระบบโปร่งใสของโรงเรียน",
            ticks=[True] * len(item.requirements),
            owner_user=None,
            owner_unit=None,
            due_date=None,
        )
    structure = Item.objects.get(checklist=checklist, code="O1")
    answer = actions.answer_for(agency=school, item=structure)
    actions.add_link(
        answer=answer,
        title="แผนผังโครงสร้างการบริหารโรงเรียน",
        url="https://www.example.ac.th/structure",
        dated_on=None,
    )
    say(f"OIT: {school.slug} answers the 2566 OBEC list; {len(PUBLISHED)} items published.")
