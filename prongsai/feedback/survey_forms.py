"""Forms of surveys: the builder's forms and the answering form built from a questionnaire."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from prongsai.agencies.models import Unit
from prongsai.feedback.models import Survey, SurveyQuestion, SurveySection
from prongsai.feedback.survey_actions import Given
from prongsai.feedback.survey_templates import TEMPLATES
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField

Kind = SurveyQuestion.Kind
MAX_TEXT = 3000
RATING_CHOICES = [
    ("5", _("5 highest")),
    ("4", _("4 high")),
    ("3", _("3 moderate")),
    ("2", _("2 low")),
    ("1", _("1 lowest")),
]


class _UnitField(forms.ModelChoiceField[Unit]):
    def label_from_instance(self, obj: Unit) -> str:
        return obj.name_th


def _unit_field(units: Any, required: bool) -> _UnitField:
    return _UnitField(
        label=_("Unit responsible"),
        queryset=units,
        required=required,
        empty_label=_("The whole agency"),
        error_messages={
            "required": _("Choose your unit: a unit head builds surveys of their unit."),
            "invalid_choice": _("Choose one of the units in the list."),
        },
    )


class _Period(forms.Form):
    opens_on = ThaiDateField(
        label=_("Open from"), error_messages={"required": _("Type the first day of answers.")}
    )
    closes_on = ThaiDateField(
        label=_("Open until"), error_messages={"required": _("Type the last day of answers.")}
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("opens_on"), data.get("closes_on")
        if first and last and last < first:
            self.add_error("closes_on", _("The last day comes before the first day."))
        return data


class NewSurveyForm(_Period):
    template = forms.ChoiceField(
        label=_("Start from"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a questionnaire to start from.")},
    )
    title = forms.CharField(
        label=pgettext_lazy("survey", "Title"),
        max_length=300,
        required=False,
        help_text=_("Leave empty to use the questionnaire's title."),
    )

    field_order = ["template", "title", "unit", "opens_on", "closes_on"]

    def __init__(self, *args: Any, units: Any, unit_required: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [  # type: ignore[attr-defined]
            *((code, template.label) for code, template in TEMPLATES.items()),
            ("", _("An empty questionnaire")),
        ]
        self.fields["template"].required = False
        self.fields["unit"] = _unit_field(units, unit_required)
        self.order_fields(self.field_order)


class SurveyForm(_Period):
    title = forms.CharField(
        label=pgettext_lazy("survey", "Title"),
        max_length=300,
        error_messages={"required": _("Give the survey a title.")},
    )
    description = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    groups = forms.CharField(
        label=_("Respondent groups, one a line"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write at least one respondent group, such as parents.")},
    )
    notice = forms.CharField(
        label=_("Personal data notice"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Leave empty for the standard notice (shown on the survey page)."),
    )
    bands = forms.ChoiceField(
        label=_("Interpretation of means"), choices=Survey.Bands.choices, widget=forms.RadioSelect
    )
    population = forms.CharField(
        label=_("Population (how many could answer)"),
        required=False,
        max_length=12,
        help_text=_("Leave empty when unknown: the target is then 385."),
    )
    method = forms.ChoiceField(
        label=_("Sample size from"), choices=Survey.Method.choices, widget=forms.RadioSelect
    )

    conclusion = forms.CharField(
        label=_("Conclusion of the report"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Leave empty for the sentence written from the results."),
    )
    recommendations = forms.CharField(
        label=_("Recommendations and use of the results"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    field_order = ["title", "description", "unit", "opens_on", "closes_on", "groups", "notice"]

    def __init__(
        self,
        *args: Any,
        units: Any,
        unit_required: bool,
        services: list[tuple[int, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"] = _unit_field(units, unit_required)
        if services:  # the agency's e-services (agencies.modules.service_ratings)
            self.fields["services"] = forms.TypedMultipleChoiceField(
                label=_("E-services this survey is about"),
                choices=services,
                coerce=int,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                help_text=_(
                    "The ratings (1–5) requesters give these services online during the "
                    "survey's period count toward its results."
                ),
                error_messages={"invalid_choice": _("Choose among the e-services listed.")},
            )
        self.order_fields(["title", "description", "unit", "services", *self.field_order[3:]])

    def clean_population(self) -> int | None:
        text = to_arabic_digits(self.cleaned_data["population"]).replace(",", "").strip()
        for word in ("คน", "ราย"):
            text = text.replace(word, "").strip()
        if not text:
            return None
        if not text.isdigit() or not 0 < int(text) <= 10_000_000:
            raise forms.ValidationError(
                _("Type the population as a whole number of people, for example 850.")
            )
        return int(text)

    def clean_groups(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["groups"].splitlines()]
        return "\n".join(line[:100] for line in lines if line)


class SectionForm(forms.Form):
    title = forms.CharField(
        label=_("Section title"),
        max_length=300,
        error_messages={"required": _("Give the section a title.")},
    )


class QuestionForm(forms.Form):
    section = forms.TypedChoiceField(label=_("Section"), coerce=int)
    text = forms.CharField(
        label=_("Question"),
        max_length=500,
        error_messages={"required": _("Write the question.")},
    )
    kind = forms.ChoiceField(label=_("Kind of answer"), choices=Kind.choices)
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    choices = forms.CharField(
        label=_("Choices, one a line (for one or several choices)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, sections: list[SurveySection], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(section.pk, section.title) for section in sections]
        self.fields["section"].choices = choices  # type: ignore[attr-defined]
        self.fields["section"].error_messages = {
            "required": _("Choose the section of the question."),
            "invalid_choice": _("Choose one of the sections in the list."),
        }


def _field(question: SurveyQuestion) -> forms.Field:
    common: dict[str, Any] = {
        "label": question.text,
        "required": question.required,
        "error_messages": {"required": _("Please answer this question.")},
    }
    options = [(str(index), label) for index, label in enumerate(question.choice_list)]
    invalid = {"invalid_choice": _("Choose one of the answers shown.")}
    common["error_messages"].update(invalid)
    if question.kind == Kind.RATING:
        return forms.ChoiceField(choices=RATING_CHOICES, widget=forms.RadioSelect, **common)
    if question.kind == Kind.SINGLE:
        return forms.ChoiceField(choices=options, widget=forms.RadioSelect, **common)
    if question.kind == Kind.MULTIPLE:
        common["error_messages"]["required"] = _("Please choose at least one answer.")
        common["error_messages"]["invalid_choice"] = _("Choose among the answers shown.")
        return forms.MultipleChoiceField(
            choices=options, widget=forms.CheckboxSelectMultiple, **common
        )
    common["error_messages"]["max_length"] = _(
        "Write at most %(limit_value)d characters (you wrote %(show_value)d)."
    )
    if question.kind == Kind.SHORT:
        return forms.CharField(max_length=300, **common)
    return forms.CharField(max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 4}), **common)


class AnswerForm(forms.Form):
    """One field per question (`q<id>`), and the respondent group first."""

    website = forms.CharField(  # honeypot: hidden from people, filled by bots
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(
        self, *args: Any, survey: Survey, sections: list[SurveySection], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.sections = sections
        groups = survey.group_list
        if groups:
            self.fields["group"] = forms.ChoiceField(
                label=_("You are"),
                choices=[(group, group) for group in groups],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose who you are, for example a parent."),
                    "invalid_choice": _("Choose one of the groups shown."),
                },
            )
        for section in sections:
            for question in section.questions.all():
                self.fields[f"q{question.pk}"] = _field(question)

    def section_fields(self) -> list[tuple[SurveySection, list[forms.BoundField]]]:
        return [
            (section, [self[f"q{question.pk}"] for question in section.questions.all()])
            for section in self.sections
        ]

    def is_probably_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def given(self) -> Given:
        answers: dict[int, Any] = {}
        for section in self.sections:
            for question in section.questions.all():
                answers[question.pk] = self.cleaned_data.get(f"q{question.pk}")
        return Given(group=self.cleaned_data.get("group", ""), answers=answers)
