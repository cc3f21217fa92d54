"""The evaluation forms, several built from a template's structure (one field per indicator)."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.evaluation import scoring
from prongsai.evaluation.models import StaffType
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

EVIDENCE_FILE = UploadKind(
    10 * MB, 1, ("pdf", "jpeg", "png", "docx", "xlsx", "pptx"), "PDF, JPG, PNG, Word, Excel"
)


class PointsField(forms.DecimalField):
    """Points typed with Arabic or Thai digits."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 5)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", Decimal(0))
        kwargs.setdefault("max_value", Decimal(100))
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": _("Type the points as a number from 0 to 100, for example 20 or 6.67."),
                "required": _("Type the points."),
                "min_value": _(
                    "Type the points as a number from 0 to 100, for example 20 or 6.67."
                ),
                "max_value": _(
                    "Type the points as a number from 0 to 100, for example 20 or 6.67."
                ),
                "max_digits": _(
                    "Type the points as a number from 0 to 100, for example 20 or 6.67."
                ),
                "max_decimal_places": _("Type the points with at most two decimals."),
            },
        )
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "class": "narrow-input"})

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        return super().to_python(to_arabic_digits(str(value)) if value is not None else value)


class WholeNumberField(forms.CharField):
    """A whole number typed with Arabic or Thai digits ("2567", "๒๕๖๗"), within bounds."""

    def __init__(self, *, low: int, high: int, message: Any, **kwargs: Any) -> None:
        self.low, self.high, self.message = low, high, message
        kwargs.setdefault("error_messages", {"required": message})
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off", "maxlength": "12"})

    def to_python(self, value: Any) -> int | None:  # type: ignore[override]
        text = (super().to_python(value) or "")[:12]
        if not text:
            return None
        digits = to_arabic_digits(text).replace(",", "").strip()
        if not digits.isdigit() or not self.low <= int(digits) <= self.high:
            raise ValidationError(self.message, code="invalid")
        return int(digits)


class TemplateForm(forms.Form):
    """The template's name, each component's name and weight, each indicator's name, weight
    and number of levels; one empty indicator row per component adds one, an emptied name
    removes one."""

    name = forms.CharField(
        label=_("Name of the form"),
        max_length=300,
        error_messages={"required": _("Type the name of the form.")},
    )
    committee = forms.BooleanField(
        label=_("Scored by a committee of at least three"),
        help_text=_(
            "The director names the members for each person when the round opens; each member "
            "scores every indicator and the result is the average of their totals."
        ),
        required=False,
    )

    def __init__(self, *args: Any, structure: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shape: list[tuple[str, list[str]]] = []
        for ci, component in enumerate(structure, start=1):
            key = f"c{ci}"
            self.fields[f"{key}_name"] = forms.CharField(
                label=_("Component %(n)d") % {"n": ci},
                max_length=300,
                initial=component["name"],
                error_messages={"required": _("Type the name of the component.")},
            )
            self.fields[f"{key}_weight"] = PointsField(
                label=_("Points of component %(n)d") % {"n": ci}, initial=component["weight"]
            )
            rows = []
            for ii, indicator in enumerate([*component["indicators"], None], start=1):
                row = f"{key}_i{ii}"
                self.fields[f"{row}_name"] = forms.CharField(
                    label=_("Indicator %(c)d.%(i)d") % {"c": ci, "i": ii},
                    max_length=300,
                    required=False,
                    initial=indicator["name"] if indicator else "",
                    help_text=_("Leave empty to add nothing.") if indicator is None else "",
                )
                self.fields[f"{row}_weight"] = PointsField(
                    label=_("Points"), required=False, initial=indicator and indicator["weight"]
                )
                self.fields[f"{row}_levels"] = forms.TypedChoiceField(
                    label=_("Levels"),
                    choices=[(n, str(n)) for n in (2, 3, 4, 5)],
                    coerce=int,
                    initial=indicator["levels"] if indicator else 4,
                )
                rows.append(row)
            self.shape.append((key, rows))

    def layout(self) -> list[tuple[list[Any], list[list[Any]]]]:
        return [
            (
                [self[f"{key}_name"], self[f"{key}_weight"]],
                [[self[f"{row}_{part}"] for part in ("name", "weight", "levels")] for row in rows],
            )
            for key, rows in self.shape
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for _key, rows in self.shape:
            for row in rows:
                if data.get(f"{row}_name") and data.get(f"{row}_weight") is None:
                    self.add_error(f"{row}_weight", _("Type the points of this indicator."))
        return data

    def structure(self) -> list[dict[str, Any]]:
        data = self.cleaned_data
        built = []
        for key, rows in self.shape:
            indicators = [
                {
                    "name": data[f"{row}_name"],
                    "weight": str(data[f"{row}_weight"]),
                    "levels": data[f"{row}_levels"],
                }
                for row in rows
                if data.get(f"{row}_name")
            ]
            built.append(
                {
                    "name": data[f"{key}_name"],
                    "weight": str(data[f"{key}_weight"]),
                    "indicators": indicators,
                }
            )
        return built


class BandsForm(forms.Form):
    outstanding = PointsField(label=_("Outstanding from"))
    very_good = PointsField(label=_("Very good from"))
    good = PointsField(label=_("Good from"))
    fair = PointsField(label=_("Fair from"), help_text=_("Below this: needs improvement."))
    review_days = WholeNumberField(
        label=_("Days to request a review"),
        help_text=_("Counted from the day the result was given, that day included."),
        low=1,
        high=365,
        message=_("Type the number of days, from 1 to 365."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors:
            for problem in scoring.band_problems(data):
                self.add_error(None, problem)
        return data


class StaffTypesForm(forms.Form):
    def __init__(self, *args: Any, people: Sequence[User], types: dict[int, str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        for person in people:
            self.fields[f"p{person.pk}"] = forms.ChoiceField(
                label=person.display_name,
                choices=[("", _("— not set —")), *StaffType.choices],
                required=False,
                initial=types.get(person.pk, ""),
            )

    def types(self) -> dict[int, str]:
        return {int(name[1:]): value for name, value in self.cleaned_data.items()}


class RoundForm(forms.Form):
    year = WholeNumberField(
        label=_("Fiscal year (B.E.)"),
        low=2560,
        high=2700,
        message=_("Type the fiscal year in B.E., for example 2567."),
    )
    number = forms.TypedChoiceField(
        label=_("Round"),
        choices=[
            (1, _("Round 1: 1 October – 31 March")),
            (2, _("Round 2: 1 April – 30 September")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose round 1 or round 2.")},
    )


class ParticipantsForm(forms.Form):
    """Per person: their assessor in this round, or not in it."""

    def __init__(
        self,
        *args: Any,
        people: Sequence[User],
        assessors: Sequence[User],
        current: dict[int, int],
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.people = {person.pk: person for person in people}
        self.assessors = {person.pk: person for person in assessors}
        choices = [("", _("— not in this round —"))] + [
            (str(a.pk), a.display_name) for a in assessors
        ]
        for person in people:
            self.fields[f"p{person.pk}"] = forms.ChoiceField(
                label=person.display_name,
                choices=choices,
                required=False,
                initial=str(current.get(person.pk, "")),
            )

    def chosen(self) -> list[tuple[User, User]]:
        return [
            (self.people[int(name[1:])], self.assessors[int(value)])
            for name, value in self.cleaned_data.items()
            if value
        ]


class MeetingForm(forms.Form):
    held_on = ThaiDateField(
        label=_("Date of the meeting"),
        error_messages={"required": _("Type the date of the meeting.")},
    )
    attended = WholeNumberField(
        label=_("Number of people who attended"),
        low=1,
        high=10000,
        message=_("Type how many people attended as a number."),
    )
    notes = forms.CharField(
        label=_("Notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )


def _level_choices(levels: int) -> list[tuple[str, str]]:
    """1 … N, the ends named: on a phone a bare row of numbers does not say which end is best."""
    choices = [(str(n), str(n)) for n in range(1, levels + 1)]
    choices[0] = ("1", str(_("1 (lowest)")))
    choices[-1] = (str(levels), str(_("%(level)d (highest)") % {"level": levels}))
    return choices


def _level_field(indicator: scoring.Indicator, initial: Any, theirs: Any) -> forms.ChoiceField:
    help_text = _("Worth %(weight)s points; level L of %(levels)d earns L/%(levels)d of them.") % {
        "weight": scoring.plain(indicator.weight),
        "levels": indicator.levels,
    }
    if theirs:
        help_text = _("Self-assessed: level %(level)s. ") % {"level": theirs} + help_text
    return forms.ChoiceField(
        label=indicator.name,
        choices=_level_choices(indicator.levels),
        widget=forms.RadioSelect(attrs={"class": "inline-choices"}),
        required=False,
        initial=str(initial) if initial else None,
        help_text=help_text,
    )


class ScoresForm(forms.Form):
    """One level per indicator; the text field is the self-assessment's note or the assessor's
    comment."""

    def __init__(
        self,
        *args: Any,
        structure: list[dict[str, Any]],
        initial_scores: dict[str, Any],
        note_label: Any,
        note: str = "",
        their_scores: dict[str, Any] | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.keys: dict[str, str] = {}
        self.components: list[tuple[str, list[str]]] = []
        for indicator in scoring.indicators(structure):
            name = "s" + indicator.key.replace(".", "_")
            self.keys[name] = indicator.key
            theirs = (their_scores or {}).get(indicator.key)
            self.fields[name] = _level_field(indicator, initial_scores.get(indicator.key), theirs)
            if not self.components or self.components[-1][0] != indicator.component:
                self.components.append((indicator.component, []))
            self.components[-1][1].append(name)
        self.fields["note"] = forms.CharField(
            label=note_label,
            widget=forms.Textarea(attrs={"rows": 3}),
            required=False,
            max_length=4000,
            initial=note,
        )

    def groups(self) -> list[tuple[str, list[Any]]]:
        """The level fields under their component's name, for the template."""
        return [(title, [self[name] for name in names]) for title, names in self.components]

    def scores(self) -> dict[str, str]:
        return {key: self.cleaned_data.get(name) or "" for name, key in self.keys.items()}

    def check_levels(self, structure: list[dict[str, Any]], *, require_all: bool) -> bool:
        """Each missing or impossible level as an error on its own field (shown by it, and
        named in the error summary the way the form names it)."""
        problems = scoring.score_problems_by_key(structure, self.scores(), require_all=require_all)
        fields = {key: name for name, key in self.keys.items()}
        for key, message in problems.items():
            self.add_error(fields[key], message)
        return not problems


class EvidenceForm(forms.Form):
    indicator = forms.ChoiceField(
        label=_("Indicator"), error_messages={"required": _("Choose the indicator.")}
    )
    title = forms.CharField(
        label=_("What it shows"),
        max_length=300,
        error_messages={"required": _("Say in a few words what the evidence shows.")},
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        validators=[lambda upload: check_upload(upload, EVIDENCE_FILE)],
    )
    link = forms.URLField(
        label=_("Or a link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Type a whole web address, starting with https://.")},
    )

    def __init__(self, *args: Any, structure: list[dict[str, Any]], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = EVIDENCE_FILE.help_text()
        self.fields["indicator"].choices = [("", "—")] + [  # type: ignore[attr-defined]
            (i.key, i.name) for i in scoring.indicators(structure)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not data.get("file") and not data.get("link"):
            raise ValidationError(_("Attach a file or give a link."))
        return data


class AcknowledgeForm(forms.Form):
    agree = forms.TypedChoiceField(
        label=_("The result"),
        choices=[
            ("yes", _("I acknowledge the result")),
            ("no", _("I acknowledge it but disagree")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you agree with the result.")},
    )
    reason = forms.CharField(
        label=_("Why you disagree"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=4000,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("agree") is False and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Say why you disagree with the result."))
        return data


class RefusalForm(forms.Form):
    informed_on = ThaiDateField(
        label=_("Day the person was told the result"),
        error_messages={"required": _("Type the day the person was told the result.")},
    )
    witness = forms.CharField(
        label=_("Witness (name and position)"),
        max_length=200,
        error_messages={"required": _("Name the witness.")},
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is reopened"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        error_messages={"required": _("Say why the assessment is reopened.")},
    )
