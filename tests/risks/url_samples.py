"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py): a draft
assessment of 2568 with one risk and one measure (`pk` is the risk for the risk URLs and the
measure for the measure URLs)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency

YEAR = 2568


def _assessment(agency: Agency) -> Any:
    from prongsai.risks import queries
    from tests.risks.helpers import assessment_with_risk

    found = queries.assessment_of(agency, YEAR)
    if found is None:
        found, _risk, _measure = assessment_with_risk(agency, YEAR)
    return found


def _risk_kwargs(agency: Agency) -> dict[str, Any]:
    return {"year": YEAR, "pk": _assessment(agency).risks.first().pk}


def _measure_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.risks.models import RiskMeasure

    measure = RiskMeasure.objects.filter(risk__assessment=_assessment(agency)).first()
    return {"year": YEAR, "pk": measure.pk}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    _assessment(agency)
    return {"year": YEAR}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "risks:risk_edit": _risk_kwargs,
    "risks:risk_remove": _risk_kwargs,
    "risks:measure_new": _risk_kwargs,
    "risks:measure_edit": _measure_kwargs,
    "risks:measure_remove": _measure_kwargs,
    "risks:follow_up_new": _measure_kwargs,
}
