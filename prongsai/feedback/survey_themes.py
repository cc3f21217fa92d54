"""Free-text answers grouped by the words that recur (PyThaiNLP word segmentation, its Thai
stop-word list plus the words every suggestion uses), computed by the "survey-themes" job so no
page waits for segmentation.

Each answer goes to the first group whose word it contains, groups taken from the word found in
the most answers down; answers with no recurring word are "other". A group keeps at most
MAX_IDS answer ids (the page opens the newest of them).
"""

from collections import Counter
from collections.abc import Iterable
from functools import cache

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from prongsai.feedback.models import Survey, SurveyAnswer, SurveyThemes
from prongsai.feedback.survey_actions import THEMES_JOB

__all__ = ["THEMES_JOB", "group_texts", "refresh_themes", "words"]

MAX_GROUPS = 12
MAX_IDS = 200
PER_RUN = 20  # surveys recomputed per run of the job
# Words nearly every suggestion uses (at a school: pupils, parents, teachers), which would make
# groups of everything.
EXTRA_STOPWORDS = frozenset(
    {"ขอให้", "อยากให้", "ควร", "ควรจะ", "โรงเรียน", "ครับ", "ค่ะ", "คะ", "นะ", "ปรับปรุง",
     "เพิ่ม", "มากขึ้น", "ขึ้น", "ให้", "มี", "ได้", "ไม่", "อยาก", "ขอ", "ทาง",
     "นักเรียน", "ผู้ปกครอง", "ครู"}
)  # fmt: skip


@cache
def _stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords()) | EXTRA_STOPWORDS


def words(text: str) -> set[str]:
    """The meaningful words of one answer (Thai segmented; English and numbers as typed)."""
    from pythainlp.tokenize import word_tokenize

    stop = _stopwords()
    found = set()
    for word in word_tokenize(text.lower(), engine="newmm", keep_whitespace=False):
        word = word.strip(" .,!?;:()\"'-–—/")
        if len(word) > 1 and word not in stop and not word.isdigit():
            found.add(word)
    return found


def group_texts(answers: Iterable[tuple[int, str]]) -> list[dict[str, object]]:
    """[(id, text)] → [{"word", "count", "ids"}], the largest group first, "" = other."""
    split = [(pk, words(text)) for pk, text in answers]
    frequency = Counter(word for _pk, found in split for word in found)
    top = [word for word, n in frequency.most_common() if n >= 2][:MAX_GROUPS]
    members: dict[str, list[int]] = {word: [] for word in [*top, ""]}
    for pk, found in split:
        word = next((word for word in top if word in found), "")
        members[word].append(pk)
    ordered = sorted(
        (item for item in members.items() if item[1]),
        key=lambda item: (item[0] == "", -len(item[1])),
    )
    return [
        {"word": word, "count": len(ids), "ids": sorted(ids, reverse=True)[:MAX_IDS]}
        for word, ids in ordered
    ]


def _signature(count: int, newest: int | None) -> str:
    return f"{count}:{newest or 0}"


def refresh_themes() -> int:
    """The job: recompute the surveys whose text answers changed; returns how many."""
    stats = (
        Survey.objects.annotate(
            texts=Count("responses__answers", filter=~Q(responses__answers__text="")),
            newest=Max("responses__answers", filter=~Q(responses__answers__text="")),
        )
        .filter(texts__gt=0)
        .values_list("pk", "texts", "newest", "themes__signature")
    )
    due = [
        (pk, _signature(texts, newest))
        for pk, texts, newest, stored in stats
        if stored != _signature(texts, newest)
    ][:PER_RUN]
    for survey_id, signature in due:
        texts = (
            SurveyAnswer.objects.filter(response__survey_id=survey_id)
            .exclude(text="")
            .values_list("pk", "text")
        )
        groups = group_texts(texts.iterator(chunk_size=2000))
        with transaction.atomic():
            SurveyThemes.objects.update_or_create(
                survey_id=survey_id,
                defaults={"signature": signature, "groups": groups, "computed_at": timezone.now()},
            )
    return len(due)
