from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, current_fiscal_year
from prongsai.oit.models import Answer, Checklist, Item
from prongsai.thaidates import ThaiDateField


class StartYearForm(forms.Form):
    year = forms.IntegerField(
        label=_("Fiscal year (B.E.)"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "min_value": _("Use the Buddhist era, e.g. 2569."),
            "max_value": _("Use the Buddhist era, e.g. 2569."),
            "required": _("Type the fiscal year, e.g. 2569."),
        },
    )
    checklist = forms.ModelChoiceField(label=_("Checklist"), queryset=Checklist.objects.none())

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = current_fiscal_year()
        checklist = self.fields["checklist"]
        assert isinstance(checklist, forms.ModelChoiceField)
        # The same lists as a copy may start from: never an office's unpublished draft.
        checklist.queryset = copyable_checklists(agency)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        checklist = data.get("checklist")
        if checklist and data.get("year") and checklist.year != data["year"]:
            self.add_error("checklist", _("Choose a checklist of the same fiscal year."))
        return data


class AnswerForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Answer.Status.choices)
    explanation = forms.CharField(
        label=_("Explanation for the assessor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A short text shown with the item on the disclosure page."),
    )
    ticks = forms.MultipleChoiceField(
        label=_("Required components present"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    owner_user = forms.ModelChoiceField(
        label=_("Owner"), queryset=User.objects.none(), required=False
    )
    owner_unit = forms.ModelChoiceField(
        label=_("Owner unit"), queryset=Unit.objects.none(), required=False
    )
    due_date = ThaiDateField(label=_("Update due by"), required=False)

    def __init__(self, *args: Any, agency: Agency, item: Item, editor: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ticks = self.fields["ticks"]
        assert isinstance(ticks, forms.MultipleChoiceField)
        # Only the components this kind of agency must show (a school never ticks a note
        # for local governments), in the visitor's language.
        ticks.choices = [(str(index), text) for index, text in item.components_for(agency.kind)]
        owner = self.fields["owner_user"]
        assert isinstance(owner, forms.ModelChoiceField)
        owner.queryset = User.objects.filter(memberships__agency=agency).distinct()
        unit = self.fields["owner_unit"]
        assert isinstance(unit, forms.ModelChoiceField)
        unit.queryset = Unit.objects.filter(agency=agency)
        if not editor:
            # Item owners add evidence and tick components; the officer assigns and publishes.
            for name in ("status", "owner_user", "owner_unit", "due_date"):
                self.fields[name].disabled = True

    def ticks_list(self, count: int) -> list[bool]:
        chosen = {int(value) for value in self.cleaned_data["ticks"]}
        return [index in chosen for index in range(count)]


class LinkForm(forms.Form):
    title = forms.CharField(label=_("Name of the document"), max_length=500)
    url = forms.URLField(label=_("Address (https://…)"), max_length=1000, assume_scheme="https")
    dated_on = ThaiDateField(label=_("Date of the document"), required=False)


class FileForm(forms.Form):
    title = forms.CharField(label=_("Name of the document"), max_length=500)
    file = forms.FileField(
        label=_("File (PDF, Word, Excel, PowerPoint or picture)"),
        error_messages={"required": _("Choose the file to upload.")},
    )
    dated_on = ThaiDateField(label=_("Date of the document"), required=False)


class VersionForm(forms.Form):
    file = forms.FileField(label=_("New version of the file"))
    dated_on = ThaiDateField(label=_("Date of the document"), required=False)


class CopyChecklistForm(forms.Form):
    source = forms.ModelChoiceField(label=_("Start from"), queryset=Checklist.objects.none())
    year = forms.IntegerField(
        label=_("For fiscal year (B.E.)"), min_value=MIN_YEAR, max_value=MAX_YEAR
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        source = self.fields["source"]
        assert isinstance(source, forms.ModelChoiceField)
        source.queryset = copyable_checklists(agency)
        source.error_messages["invalid_choice"] = _(
            "Choose one of the lists offered: the shipped lists, your own, or the published "
            "lists of the offices above you."
        )
        self.fields["year"].initial = current_fiscal_year()


def copyable_checklists(agency: Agency) -> "QuerySet[Checklist]":
    """What an agency may start its own list from: the lists that ship with Prongsai, its own
    lists, and the *published* lists of the offices above it — never another agency's drafts."""
    from prongsai.agencies.queries import ancestor_ids

    return Checklist.objects.filter(
        Q(owner__isnull=True)
        | Q(owner=agency)
        | Q(owner_id__in=ancestor_ids(agency), published=True)
    ).order_by("-year", "scheme", "pk")
