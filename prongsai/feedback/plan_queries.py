"""Reads of a survey's improvement plan (a fixed number of queries whatever its size)."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404

from prongsai.feedback.models import ActionProgress, ImprovementAction, Survey, SurveyThemes


@dataclass
class PlanRow:
    action: ImprovementAction
    updates: list[ActionProgress]
    themes: list[tuple[str, int]]  # the suggestion groups it answers: word ("" = other), answers

    @property
    def latest(self) -> ActionProgress | None:
        return self.updates[0] if self.updates else None

    @property
    def status(self) -> str:
        return self.latest.status if self.latest else ActionProgress.Status.PLANNED

    @property
    def status_label(self) -> str:
        return str(ActionProgress.Status(self.status).label)

    @property
    def percent(self) -> int:
        return self.latest.percent if self.latest else 0


def theme_counts(survey: Survey) -> list[tuple[str, int]]:
    """The survey's suggestion groups as last computed: (word, number of answers); one query."""
    stored = SurveyThemes.objects.filter(survey=survey).first()
    if stored is None:
        return []
    return [(group["word"], group["count"]) for group in stored.groups]


def action_of(survey: Survey, pk: int) -> ImprovementAction:
    try:
        return ImprovementAction.objects.select_related("survey__agency", "unit").get(
            survey=survey, pk=pk
        )
    except ImprovementAction.DoesNotExist:
        raise Http404 from None


def has_plan(survey: Survey) -> bool:
    return ImprovementAction.objects.filter(survey=survey).exists()


def plan(survey: Survey, counts: list[tuple[str, int]] | None = None) -> list[PlanRow]:
    """The plan's actions by due date, each with its updates (newest first) and the groups it
    answers with their size: three queries (two with `counts` given)."""
    if counts is None:
        counts = theme_counts(survey)
    sizes = dict(counts)
    actions = ImprovementAction.objects.filter(survey=survey).select_related("unit")
    updates = ActionProgress.objects.select_related("recorded_by").order_by("-recorded_on", "-pk")
    return [
        PlanRow(
            action,
            list(action.progress.all()),
            [(word, sizes.get(word, 0)) for word in action.themes],
        )
        for action in actions.prefetch_related(Prefetch("progress", queryset=updates))
    ]


def summary(rows: list[PlanRow]) -> dict[str, int]:
    """How many actions are done, under way and not started."""
    done = sum(1 for row in rows if row.status == ActionProgress.Status.DONE)
    doing = sum(1 for row in rows if row.status == ActionProgress.Status.DOING)
    return {"total": len(rows), "done": done, "doing": doing, "planned": len(rows) - done - doing}
