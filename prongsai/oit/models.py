"""The OIT checklist of a year as data, each agency's evidence for it, and the ITA campaign."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit


class Checklist(models.Model):
    """The item list of one fiscal year and scheme: shipped (no owner) or an area office's own."""

    class Scheme(models.TextChoices):
        NACC = "nacc", _("NACC (all agencies)")
        OBEC_SCHOOL = "obec_school", _("OBEC schools")
        OVEC = "ovec", _("OVEC vocational colleges")

    year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    scheme = models.CharField(_("scheme"), max_length=20, choices=Scheme.choices)
    owner = models.ForeignKey(
        Agency,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="own_checklists",
        help_text=_("Empty for the lists that ship with Prongsai."),
    )
    published = models.BooleanField(
        _("published to the agencies below"),
        default=False,
        help_text=_("An area office's list applies to its schools once published."),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("OIT checklist")
        verbose_name_plural = _("OIT checklists")
        ordering = ["-year", "scheme"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "scheme", "owner"],
                name="one_checklist_per_owner",
            )
        ]

    def __str__(self) -> str:
        owner = f" — {self.owner}" if self.owner else ""
        return f"OIT {self.year} {self.get_scheme_display()}{owner}"


class Item(models.Model):
    class Window(models.TextChoices):
        CURRENT = "current", _("Within the current fiscal year")
        PREVIOUS = "previous", _("The previous fiscal year")
        FIRST_HALF = "first_half", _("The first six months of the fiscal year")
        ANY = "any", _("Any date (kept up to date)")

    checklist = models.ForeignKey(Checklist, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("code"), max_length=10)
    order = models.PositiveSmallIntegerField(_("order"))
    title = models.CharField(_("title"), max_length=500)
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True)
    subindicator = models.CharField(_("sub-indicator"), max_length=20, blank=True)
    subindicator_name = models.CharField(_("sub-indicator name"), max_length=300, blank=True)
    # The components an assessor checks, in Thai (what the clerk ticks and the public reads);
    # the same in English, and which kind of agency each applies to ("" = every kind, else an
    # Agency.Kind value), position by position. Ticks are stored by position too.
    requirements = models.JSONField(_("required components"), default=list, blank=True)
    requirements_en = models.JSONField(_("required components (English)"), default=list, blank=True)
    requirements_for = models.JSONField(
        _("kind of agency of each component"), default=list, blank=True
    )
    window = models.CharField(
        _("evidence window"), max_length=20, choices=Window.choices, default=Window.CURRENT
    )
    generator = models.CharField(
        _("page this system generates"),
        max_length=40,
        blank=True,
        help_text=_("Which of Prongsai's own pages answers this item, if any."),
    )

    class Meta:
        verbose_name = _("OIT item")
        verbose_name_plural = _("OIT items")
        ordering = ["checklist", "order"]
        constraints = [
            models.UniqueConstraint(fields=["checklist", "code"], name="item_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def shown_title(self) -> str:
        """The title in the visitor's language (Thai unless they chose English)."""
        if self.title_en and (get_language() or "").startswith("en"):
            return self.title_en
        return self.title

    def applies(self, index: int, kind: str) -> bool:
        scope = self.requirements_for[index] if index < len(self.requirements_for) else ""
        return not scope or scope == kind

    def components_for(self, kind: str) -> list[tuple[int, str]]:
        """(position, text) of the components an agency of this kind must show, in the
        visitor's language; notes for other kinds of agency are left out."""
        english = (get_language() or "").startswith("en")
        shown = []
        for index, text in enumerate(self.requirements):
            if not self.applies(index, kind):
                continue
            if english and index < len(self.requirements_en) and self.requirements_en[index]:
                text = self.requirements_en[index]
            shown.append((index, str(text)))
        return shown


class AgencyYear(models.Model):
    """Which checklist an agency answers in a year."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="oit_years")
    year = models.PositiveSmallIntegerField()
    checklist = models.ForeignKey(Checklist, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="one_checklist_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.agency} {self.year}"


class Answer(models.Model):
    """An agency's work on one item: owner, status, explanation, ticks and evidence."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        READY = "ready", _("Ready")
        PUBLISHED = "published", _("Published")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="oit_answers")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="answers")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    explanation = models.TextField(_("explanation"), blank=True)
    ticks = models.JSONField(_("components present"), default=list, blank=True)
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="oit_answers",
    )
    owner_unit = models.ForeignKey(
        Unit,
        verbose_name=_("owner unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="oit_answers",
    )
    due_date = models.DateField(_("update due by"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("OIT answer")
        verbose_name_plural = _("OIT answers")
        constraints = [
            models.UniqueConstraint(fields=["agency", "item"], name="one_answer_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.agency} {self.item.code}"


def evidence_path(instance: "EvidenceFile", filename: str) -> str:
    answer = instance.evidence.answer
    return f"oit/{answer.agency.slug}/{answer.item.checklist.year}/{answer.item.code}/{filename}"


class Evidence(models.Model):
    class Kind(models.TextChoices):
        GENERATED = "generated", _("A page of this system")
        FILE = "file", _("An uploaded file")
        LINK = "link", _("An external link")

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("address"), max_length=1000, blank=True)
    generator = models.CharField(max_length=40, blank=True)
    dated_on = models.DateField(
        _("date of the document"),
        null=True,
        blank=True,
        help_text=_("The date the document carries; checked against the item's window."),
    )
    link_ok = models.BooleanField(null=True, blank=True)
    link_checked_at = models.DateTimeField(null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["answer", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class EvidenceFile(models.Model):
    """A version of an uploaded evidence file; the newest is the one published."""

    evidence = models.ForeignKey(Evidence, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveSmallIntegerField()
    file = models.FileField(upload_to=evidence_path, max_length=300)
    name = models.CharField(max_length=300)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["evidence", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["evidence", "version"], name="evidence_version")
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class ItaResult(models.Model):
    """An agency's official ITA scores of a year, typed in by the officer."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="ita_results")
    year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    total = models.DecimalField(_("total score"), max_digits=5, decimal_places=2)
    iit = models.DecimalField("IIT", max_digits=5, decimal_places=2)
    eit = models.DecimalField("EIT", max_digits=5, decimal_places=2)
    oit = models.DecimalField("OIT", max_digits=5, decimal_places=2)
    indicators = models.JSONField(
        _("scores per indicator"), default=dict, help_text=_("{'1': 92.5, …, '10': 80}")
    )

    class Meta:
        verbose_name = _("ITA result")
        verbose_name_plural = _("ITA results")
        ordering = ["agency", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="one_ita_result_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.agency} ITA {self.year}: {self.total}"


class Campaign(models.Model):
    """The IIT/EIT campaign of a year: how many must answer, where, and who has ticked."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="ita_campaigns")
    year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    eligible_staff = models.PositiveIntegerField(
        _("staff with at least one year of service"), default=0
    )
    iit_url = models.URLField(_("link to the IIT questionnaire"), blank=True, max_length=500)
    eit_url = models.URLField(_("link to the EIT questionnaire"), blank=True, max_length=500)
    closes_on = models.DateField(_("closes on"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="one_campaign_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.agency} IIT {self.year}"


class CampaignTick(models.Model):
    """A staff member's "I have answered" — never what they answered."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="ticks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    ticked_on = models.DateField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "user"], name="one_tick_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.campaign}: {self.user_id}"


def activity_photo_path(instance: "ActivityPhoto", filename: str) -> str:
    activity = instance.activity
    return f"oit/{activity.agency.slug}/activities/{activity.pk}/{filename}"


class Activity(models.Model):
    """An ITA awareness activity (training, meeting): evidence for measure 10."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="ita_activities")
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=500)
    attendees = models.PositiveIntegerField(_("attendees"), default=0)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        verbose_name = _("awareness activity")
        verbose_name_plural = _("awareness activities")
        ordering = ["agency", "-held_on"]

    def __str__(self) -> str:
        return self.topic

    def get_absolute_url(self) -> str:
        return reverse("oit:public_activities", kwargs={"agency": self.agency.slug})


class ActivityPhoto(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to=activity_photo_path, max_length=300)
    caption = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return self.caption or self.image.name
