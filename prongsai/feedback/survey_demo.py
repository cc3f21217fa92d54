"""The demo's surveys: the school's satisfaction survey of 2566 (January–February 2566, fiscal
year 2566; closed; 300 answers, 40 typed in from paper, Thai suggestions on recurring themes)
and a service survey running now.

Deterministic (a seeded random), loaded once, in bulk (a few queries, not one per answer).
"""

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.feedback import survey_actions, survey_queries
from prongsai.feedback.models import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse

FINISHED_TITLE = "แบบสำรวจความพึงพอใจต่อการบริหารจัดการสถานศึกษา ประจำปี 2566"
RUNNING_TITLE = "แบบสำรวจความพึงพอใจต่อการให้บริการขอเอกสารทางการศึกษา"
GROUPS = (("ผู้ปกครอง", 0.55), ("นักเรียน", 0.25), ("ชุมชน", 0.1), ("ครูและบุคลากร", 0.1))
# Suggestions on a few themes, so the grouping of free text has something to find.
SUGGESTIONS = (
    "อยากให้ปรับปรุงห้องน้ำนักเรียนให้สะอาดกว่านี้",
    "ห้องน้ำควรมีน้ำใช้ตลอดเวลาและทำความสะอาดบ่อยขึ้น",
    "ที่จอดรถผู้ปกครองไม่เพียงพอในช่วงเช้า",
    "ขอให้จัดที่จอดรถรับส่งนักเรียนให้เป็นระเบียบ",
    "อยากให้แจ้งข่าวสารทางไลน์กลุ่มผู้ปกครองเร็วขึ้น",
    "ควรแจ้งผลการเรียนให้ผู้ปกครองทราบบ่อยขึ้น",
    "ครูดูแลนักเรียนดีมาก ขอบคุณค่ะ",
    "อยากให้มีกิจกรรมดนตรีและกีฬาหลังเลิกเรียนมากขึ้น",
    "โรงอาหารควรมีอาหารที่มีประโยชน์และราคาเหมาะสม",
    "ขอให้เปิดเผยการใช้เงินบริจาคของโรงเรียนบนเว็บไซต์",
)


def _score(rng: random.Random, bias: float) -> int:
    """Mostly 4 and 5, a few lower; `bias` (−1 … 1) moves weight between 5 and 3."""
    weights = (45 + 20 * bias, 38, 12 - 8 * bias, 4, 1)
    return rng.choices((5, 4, 3, 2, 1), weights)[0]


def _fill(
    survey: Survey, count: int, start: datetime, days: int, rng: random.Random, paper: int
) -> None:
    questions = survey_queries.questions(survey_queries.sections(survey))
    biases = {question.pk: rng.uniform(-1, 1) for question in questions}
    groups = [group for group, _share in GROUPS]
    weights = [share for _group, share in GROUPS]
    responses = SurveyResponse.objects.bulk_create(
        SurveyResponse(
            survey=survey,
            group=rng.choices(groups, weights)[0],
            paper=index < paper,
            created_at=start + timedelta(minutes=rng.randrange(days * 24 * 60)),
        )
        for index in range(count)
    )
    answers = []
    for response in responses:
        for question in questions:
            if question.kind == SurveyQuestion.Kind.RATING:
                score = _score(rng, biases[question.pk])
                answers.append(SurveyAnswer(response=response, question=question, rating=score))
            elif rng.random() < 0.3:
                text = rng.choice(SUGGESTIONS)
                answers.append(SurveyAnswer(response=response, question=question, text=text))
    SurveyAnswer.objects.bulk_create(answers, batch_size=2000)


def load_surveys(school: Agency, say: Callable[[str], None]) -> None:
    if Survey.objects.filter(agency=school).exists():
        say(f"Surveys: {school.slug} already has surveys.")
        return
    rng = random.Random(2566)  # noqa: S311 -- demo data, repeatable
    finished = survey_actions.create_survey(
        agency=school,
        template="school",
        title=FINISHED_TITLE,
        opens_on=date(2023, 1, 9),
        closes_on=date(2023, 2, 28),
    )
    finished.population = 1300
    finished.save()
    begun = timezone.make_aware(datetime.combine(finished.opens_on, time(8)))
    _fill(finished, 300, begun, 40, rng, paper=40)
    today = timezone.localdate()
    running = survey_actions.create_survey(
        agency=school,
        template="service",
        title=RUNNING_TITLE,
        opens_on=today - timedelta(days=10),
        closes_on=today + timedelta(days=20),
    )
    running.population = 400
    # tied to the school's document services: their online ratings count toward it
    offered = survey_queries.services_offered(school)
    running.services = [pk for pk, name in offered if name.startswith("ขอใบ")]
    running.save()
    begun = timezone.now() - timedelta(days=10)
    _fill(running, 45, begun, 9, rng, paper=0)
    from prongsai.feedback.survey_themes import refresh_themes  # PyThaiNLP: loaded when needed

    refresh_themes()
    _plan(finished)
    say(f"Surveys: {school.slug} — 2566 survey with 300 answers, a service survey running.")


# The improvement plan of fiscal year 2567 from the 2566 survey's suggestions.
PLAN = (
    ("ห้องน้ำ", "ปรับปรุงห้องน้ำนักเรียนและจัดเวรทำความสะอาดวันละ 2 รอบ", date(2024, 3, 31), 100),
    ("ที่จอดรถ", "จัดจุดจอดรถรับส่งนักเรียนหน้าโรงเรียนและครูเวรจราจรช่วงเช้า", date(2024, 1, 31), 60),
    ("แจ้ง", "แจ้งข่าวสารและผลการเรียนทางไลน์กลุ่มผู้ปกครองทุกเดือน", date(2024, 9, 30), 0),
)


def _plan(survey: Survey) -> None:
    from prongsai.feedback import plan_actions, plan_queries

    words = [word for word, _count in plan_queries.theme_counts(survey)]
    units = survey_queries.units(survey.agency)
    unit = units.filter(name_th__contains="บริหารทั่วไป").first() or units.first()
    for key, title, due_on, percent in PLAN:
        themes = [word for word in words if key in word][:1]
        action = plan_actions.save_action(
            survey=survey,
            action=None,
            title=title,
            detail="",
            themes=themes,
            unit=unit,
            owner="รองผู้อำนวยการกลุ่มบริหารทั่วไป",
            due_on=due_on,
        )
        if percent:
            plan_actions.record_progress(
                action=action,
                recorded_on=min(due_on, date(2024, 3, 31)),
                status="done" if percent == 100 else "doing",
                percent=percent,
                note="ดำเนินการตามแผนแล้ว" if percent == 100 else "ดำเนินการแล้วบางส่วน",
                by=None,
            )
