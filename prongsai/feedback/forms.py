"""Forms of the questions module: the public ask form and the staff forms."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Unit
from prongsai.feedback.actions import Asked
from prongsai.feedback.models import Category, Question

MAX_TEXT = 3000
MAX_ANSWER = 6000


class AskForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("This is a"),
        choices=Question.Kind.choices,
        initial=Question.Kind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose question or suggestion.")},
    )
    category = forms.ModelChoiceField(
        label=_("About"),
        queryset=Category.objects.none(),
        empty_label=_("Choose a topic"),
        error_messages={
            "required": _("Choose the topic of your question."),
            "invalid_choice": _("Choose one of the topics in the list."),
        },
    )
    text = forms.CharField(
        label=_("Your question or suggestion"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Write your question or suggestion."),
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mail for the answer (optional)"),
        required=False,
        error_messages={"invalid": _("Check the e-mail address, e.g. name@example.com.")},
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    private = forms.BooleanField(
        label=_("Answer only to me (do not publish my question)"),
        required=False,
        help_text=_("Choose this for a personal matter, and leave an e-mail for the answer."),
    )
    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args: Any, categories: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["category"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = categories

    def is_probably_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write your question or suggestion."))
        return text

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("private") and not data.get("email"):
            self.add_error(
                "email",
                _("A private answer is sent by e-mail only: leave your e-mail address."),
            )
        return data

    def asked(self) -> Asked:
        data = self.cleaned_data
        return Asked(
            kind=data["kind"],
            category=data["category"],
            text=data["text"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            private=data["private"],
        )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer"),
        max_length=MAX_ANSWER,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write the answer.")},
    )
    keep_private = forms.BooleanField(
        label=_("Keep private (answer only to the asker)"), required=False
    )


class AssignForm(forms.Form):
    assignee = forms.ChoiceField(
        label=_("Assign to"), error_messages={"required": _("Choose a person or a unit.")}
    )

    def __init__(self, *args: Any, people: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = {str(person.pk): person for person in people}
        self.units = {str(unit.pk): unit for unit in units}
        field = self.fields["assignee"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            ("", _("Choose a person or a unit")),
            (
                _("People"),
                [
                    (f"user:{pk}", person.get_full_name() or person.username)
                    for pk, person in self.people.items()
                ],
            ),
            (_("Units"), [(f"unit:{pk}", unit.name_th) for pk, unit in self.units.items()]),
        ]

    def chosen(self) -> tuple[User | None, Unit | None]:
        kind, _sep, pk = self.cleaned_data["assignee"].partition(":")
        if kind == "user":
            return self.people[pk], None
        return None, self.units[pk]


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for hiding"),
        max_length=300,
        error_messages={"required": _("Say why the question is hidden.")},
    )


class SettingsForm(forms.Form):
    answer_days = forms.IntegerField(
        label=_("Answer within (working days)"),
        min_value=1,
        max_value=60,
        error_messages={
            "required": _("Give a number of working days from 1 to 60."),
            "invalid": _("Give a number of working days from 1 to 60."),
            "min_value": _("Give a number of working days from 1 to 60."),
            "max_value": _("Give a number of working days from 1 to 60."),
        },
    )


class CategoryForm(forms.Form):
    name = forms.CharField(
        label=_("Category"),
        max_length=100,
        error_messages={"required": _("Give the category a name.")},
    )
    assign_user = forms.ModelChoiceField(
        label=_("Assign to person"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("Nobody"),
    )
    assign_unit = forms.ModelChoiceField(
        label=_("Assign to unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("No unit"),
        help_text=_("A person, if chosen, answers; otherwise every member of the unit may."),
    )

    def __init__(self, *args: Any, people: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user_field = self.fields["assign_user"]
        unit_field = self.fields["assign_unit"]
        assert isinstance(user_field, forms.ModelChoiceField)
        assert isinstance(unit_field, forms.ModelChoiceField)
        user_field.queryset = people
        unit_field.queryset = units
