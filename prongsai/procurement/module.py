"""The procurement module's manifest (see agencies.modules): the procurement plan, notices,
purchases with the monthly สขร.1 summary and the annual report (OIT 2566 O19–O22)."""

from prongsai.agencies.modules import Audited, Module
from prongsai.procurement.models import AnnualReport, Notice, PlanItem, ProcurementPlan, Purchase

MODULE = Module(
    name="procurement",
    audited=[
        Audited(ProcurementPlan),
        Audited(PlanItem),
        Audited(Notice),
        Audited(Purchase),
        Audited(AnnualReport),
    ],
)
