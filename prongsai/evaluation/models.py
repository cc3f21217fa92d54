"""Staff evaluation: templates per staff type, rounds with a frozen copy of their criteria,
assessments (self and assessor) with evidence, and the agency's result bands.

A template's `structure` is data: [{"name", "weight", "indicators": [{"name", "weight",
"levels"}]}]; an indicator's score is level / levels × weight, so a template's weights add up
to 100 points (see scoring.py). A round freezes the structures and bands it was opened with.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency


class StaffType(models.TextChoices):
    TEACHER = "teacher", _("Teacher (civil service)")
    GOVERNMENT_EMPLOYEE = "government_employee", _("Government employee")
    PERMANENT_EMPLOYEE = "permanent_employee", _("Permanent employee")
    CONTRACT = "contract", _("Contract staff")


class StaffProfile(models.Model):
    """One person's staff type in one agency (a person holds several memberships, one per
    role, but is one kind of employee)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    staff_type = models.CharField(_("staff type"), max_length=30, choices=StaffType.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "user"], name="evaluation_one_profile")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.staff_type}"


class Template(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    staff_type = models.CharField(_("staff type"), max_length=30, choices=StaffType.choices)
    name = models.CharField(_("name"), max_length=300)
    source = models.CharField(_("source"), max_length=500, blank=True)
    structure = models.JSONField(default=list)
    committee = models.BooleanField(
        _("scored by a committee of at least three"),
        default=False,
        help_text=_("Each member scores every indicator; the result is the average of them."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["agency", "staff_type"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "staff_type"], name="evaluation_one_template")
        ]

    def __str__(self) -> str:
        return self.name


class EvaluationSettings(models.Model):
    """The lowest total of each result level (THAI-RULES.md §3.2 marks the bands [I])."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="+")
    outstanding = models.DecimalField(
        _("Outstanding from"), max_digits=5, decimal_places=2, default=90
    )
    very_good = models.DecimalField(_("Very good from"), max_digits=5, decimal_places=2, default=80)
    good = models.DecimalField(_("Good from"), max_digits=5, decimal_places=2, default=70)
    fair = models.DecimalField(_("Fair from"), max_digits=5, decimal_places=2, default=60)
    review_days = models.PositiveSmallIntegerField(
        _("Days to request a review"),
        default=15,
        help_text=_("Counted from the day the result was given, that day included."),
    )

    def __str__(self) -> str:
        return f"{self.outstanding}/{self.very_good}/{self.good}/{self.fair}"


class Round(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField(_("fiscal year (B.E.)"))
    number = models.PositiveSmallIntegerField(_("round"), choices=[(1, "1"), (2, "2")])
    structures = models.JSONField(default=dict)  # {staff type: frozen template}
    bands = models.JSONField(default=dict)  # frozen EvaluationSettings
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    opened_at = models.DateTimeField(auto_now_add=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    class Meta:
        ordering = ["agency", "-year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "number"], name="evaluation_one_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year}/{self.number}"


class Meeting(models.Model):
    """A meeting that explained the round's criteria to staff."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("date held"))
    attended = models.PositiveIntegerField(_("people who attended"))
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.held_on} ({self.attended})"


class Assessment(models.Model):
    class Status(models.TextChoices):
        SELF = "self", _("Self-assessment to do")
        SUBMITTED = "submitted", _("Waiting for the assessor")
        ASSESSED = "assessed", _("Result to acknowledge")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        DISAGREED = "disagreed", _("Acknowledged with disagreement")
        REFUSED = "refused", _("Informed, declined to sign")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="assessments")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    staff_type = models.CharField(_("staff type"), max_length=30, choices=StaffType.choices)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SELF)
    self_scores = models.JSONField(default=dict)  # {indicator key: level}
    self_note = models.TextField(_("note"), blank=True)
    scores = models.JSONField(default=dict)  # the assessor's {indicator key: level}
    comment = models.TextField(_("assessor's comment"), blank=True)
    total = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    result = models.CharField(max_length=20, blank=True)  # scoring.LEVELS code
    self_submitted_at = models.DateTimeField(null=True, blank=True)
    assessed_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    disagreement = models.TextField(_("reason for disagreeing"), blank=True)
    informed_on = models.DateField(_("informed on"), null=True, blank=True)
    witness = models.CharField(_("witness"), max_length=200, blank=True)
    reopened_reason = models.TextField(_("reason for reopening"), blank=True)

    class Meta:
        ordering = ["round", "person__first_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "person"], name="evaluation_once_per_round")
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.person_id}"

    @property
    def by_committee(self) -> bool:
        """The round's frozen form of this person asks for a committee."""
        return bool(self.round.structures.get(self.staff_type, {}).get("committee"))


class Evidence(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="evidence")
    indicator = models.CharField(max_length=20)
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(upload_to="evaluation/%Y/", blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["indicator", "pk"]

    def __str__(self) -> str:
        return self.title


class CommitteeMember(models.Model):
    """One member of an assessment's committee (a form that asks for one: at least three
    members, never the person assessed) and their own scores; the assessment's result is the
    average of the members' totals."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="committee")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    scores = models.JSONField(default=dict)  # {indicator key: level}
    comment = models.TextField(_("comment"), blank=True)
    total = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["assessment", "member__first_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "member"], name="evaluation_one_seat_per_member"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id}: {self.member_id}"


class ReviewRequest(models.Model):
    """A person's request that their result be reviewed, and the director's answer."""

    class Outcome(models.TextChoices):
        KEPT = "kept", _("The result stands")
        CHANGED = "changed", _("The result was changed")

    assessment = models.OneToOneField(Assessment, on_delete=models.CASCADE, related_name="review")
    reason = models.TextField(_("why the result should be reviewed"))
    requested_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    old_total = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.assessment_id}: {self.outcome or '…'}"


class PayTable(models.Model):
    """Pay for performance: the salary-step pool of a round for one staff type, shared by
    result level in the proportions the school decides; the director approves the table."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="pay_tables")
    staff_type = models.CharField(_("staff type"), max_length=30, choices=StaffType.choices)
    pool = models.DecimalField(_("salary-step pool (baht)"), max_digits=14, decimal_places=2)
    shares = models.JSONField(default=dict)  # {level code: share (a number, "3" or "1.5")}
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "staff_type"], name="evaluation_one_pay_table")
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.staff_type}"


class Training(models.Model):
    """One course a person of the agency attended: the training record of the annual HR
    report (hours per person)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    course = models.CharField(_("course or training"), max_length=300)
    started_on = models.DateField(_("first day"))
    ended_on = models.DateField(_("last day"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=2)
    certificate = models.FileField(upload_to="evaluation/training/%Y/", blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agency", "-started_on", "pk"]

    def __str__(self) -> str:
        return self.course
