"""{{ mean|survey_level:survey.bands }}: the Thai level of a mean in the survey's band set."""

from django import template

from prongsai.feedback import stats

register = template.Library()


@register.filter
def survey_level(mean: float | None, bands: str = "best") -> str:
    return stats.level(mean, bands or "best")
