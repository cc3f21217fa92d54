"""The annual action plan (แผนปฏิบัติการประจำปี) of a fiscal year, its budget and its spending.

A plan belongs to an agency and a fiscal year (B.E.). It names the strategies it serves at three
levels (OBEC, area office, school), the kinds of money it plans with (funds, each with its income
estimate and the balance brought forward), and its projects (the project sheet of THAI-RULES.md
§4.2), each with activities that carry the budget: one fund, an amount and its split by quarter.
Spending is recorded per activity; receipts per fund. Money is Decimal, never float.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from prongsai.agencies.models import Agency, Unit

ZERO = Decimal("0.00")


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="budget_plans")
    year = models.PositiveSmallIntegerField(_("fiscal year"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default="draft")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="budget_one_plan_a_year")
        ]
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.agency.slug} {self.year}"

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED


class Strategy(models.Model):
    class Level(models.TextChoices):
        OBEC = "obec", pgettext_lazy("strategy level", "OBEC")
        AREA = "area", pgettext_lazy("strategy level", "Area office")
        SCHOOL = "school", pgettext_lazy("strategy level", "School")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="strategies")
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("strategy or goal"), max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "level", "number"], name="budget_strategy_number"
            )
        ]
        ordering = ["level", "number"]

    def __str__(self) -> str:
        return f"{self.get_level_display()} {self.number}. {self.title}"


class Fund(models.Model):
    """A kind of money the plan spends: the budget, the free-education items, school income,
    or one the school adds."""

    class Kind(models.TextChoices):
        BUDGET = "budget", _("Budget money")
        PER_HEAD = "per_head", _("Per-head subsidy (tuition)")
        BOOKS = "books", _("Textbooks")
        SUPPLIES = "supplies", _("Learning supplies")
        UNIFORMS = "uniforms", _("School uniforms")
        ACTIVITIES = "activities", _("Learner development activities")
        INCOME = "income", _("School income")
        OTHER = "other", _("Other")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="funds")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default="other")
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    estimate = models.DecimalField(
        _("income estimate"), default=ZERO, max_digits=14, decimal_places=2
    )
    brought_forward = models.DecimalField(
        _("brought forward"), default=ZERO, max_digits=14, decimal_places=2
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "name"], name="budget_fund_name")]
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class Project(models.Model):
    class Area(models.TextChoices):
        ACADEMIC = "academic", _("Academic affairs")
        BUDGET = "budget", _("Budget")
        PERSONNEL = "personnel", _("Personnel")
        GENERAL = "general", _("General administration")

    class Nature(models.TextChoices):
        CONTINUING = "continuing", _("Continuing")
        NEW = "new", pgettext_lazy("project", "New")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="projects")
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("project name"), max_length=300)
    area = models.CharField(_("work area"), max_length=10, choices=Area.choices)
    strategies = models.ManyToManyField(Strategy, blank=True, related_name="projects")
    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, blank=True)
    responsible = models.CharField(_("responsible person"), max_length=200)
    nature = models.CharField(_("continuing or new"), max_length=10, choices=Nature.choices)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    rationale = models.TextField(_("rationale"))
    objectives = models.TextField(_("objectives"))
    target_quantity = models.TextField(_("quantity targets"))
    target_quality = models.TextField(_("quality targets"))
    anti_corruption = models.BooleanField(
        _("corruption prevention"),
        default=False,
        help_text=_("Part of the anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต)."),
    )
    result = models.TextField(_("results"), blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="budget_project_number")
        ]
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class Activity(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="activities")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("activity"), max_length=300)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    responsible = models.CharField(_("responsible person"), max_length=200)
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="activities")
    amount = models.DecimalField(_("budget"), default=ZERO, max_digits=14, decimal_places=2)
    q1 = models.DecimalField(_("quarter 1"), default=ZERO, max_digits=14, decimal_places=2)
    q2 = models.DecimalField(_("quarter 2"), default=ZERO, max_digits=14, decimal_places=2)
    q3 = models.DecimalField(_("quarter 3"), default=ZERO, max_digits=14, decimal_places=2)
    q4 = models.DecimalField(_("quarter 4"), default=ZERO, max_digits=14, decimal_places=2)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name_plural = "activities"

    def __str__(self) -> str:
        return self.name

    @property
    def quarters(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        return (self.q1, self.q2, self.q3, self.q4)


class Spending(models.Model):
    """Money paid out for an activity (a disbursement)."""

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="spendings")
    paid_on = models.DateField(_("date paid"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    document_no = models.CharField(_("document number"), max_length=60, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    commitment = models.ForeignKey(
        "Commitment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="payments",
        verbose_name=_("order it pays"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-paid_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.paid_on} {self.amount}"


class Receipt(models.Model):
    """Money received into a fund during the year (an allocation, a transfer, income)."""

    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="receipts")
    received_on = models.DateField(_("date received"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    description = models.CharField(_("description"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.received_on} {self.amount}"


class YearReport(models.Model):
    """The narrative of a year's report, written by the officer and published by the director:
    the annual report of the plan (O13) or of its anti-corruption projects (O38). The figures
    are computed from the plan and its spending; each project's results are on the project."""

    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Annual report")
        ANTI_CORRUPTION = "anti_corruption", _("Anti-corruption annual report")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reports")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = models.TextField(_("summary"), blank=True)
    problems = models.TextField(_("problems and obstacles"), blank=True)
    suggestions = models.TextField(_("suggestions"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "kind"], name="budget_one_report_a_kind")
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.kind}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class Commitment(models.Model):
    """Money promised but not yet paid: a purchase order or contract (ใบสั่งซื้อ/สั่งจ้าง) for an
    activity. Payments against it (Spending.commitment) use it up; what is left is "committed";
    a cancelled order commits nothing."""

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="commitments")
    committed_on = models.DateField(_("date of the order"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    document_no = models.CharField(_("order number"), max_length=60, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-committed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.document_no or self.pk} {self.amount}"


class Transfer(models.Model):
    """Budget moved from one activity of an approved plan to another (โอนเปลี่ยนแปลงงบประมาณ),
    recorded by an editor and taking effect once the director approves it; the plan itself
    is not edited. It moves the money in the quarter of its date."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the director")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="transfers")
    source = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="transfers_out")
    target = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="transfers_in")
    on = models.DateField(_("date"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    reason = models.CharField(_("reason"), max_length=500)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-pk"]

    def __str__(self) -> str:
        return f"{self.source_id}→{self.target_id} {self.amount}"


class MonthlyMail(models.Model):
    """The log of the monthly spending mail: one row per person, agency and month reported,
    written in the transaction that queues the message (so a second run sends nothing twice)."""

    class Scope(models.TextChoices):
        UNIT = "unit", _("The unit's projects")
        SCHOOL = "school", _("The whole school")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month reported"))  # its first day
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    recipients = models.CharField(_("recipients"), max_length=500)
    projects = models.PositiveSmallIntegerField(_("projects"), default=0)
    sent_at = models.DateTimeField(_("queued"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "month", "user"], name="budget_one_monthly_mail"
            )
        ]
        ordering = ["-month", "agency", "user"]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.month:%Y-%m} {self.user_id}"
