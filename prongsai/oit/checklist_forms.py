"""Editing an item of an office's own checklist, from the back office."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from prongsai.oit.models import Item

MAX_COMPONENTS = 30
MAX_COMPONENT_LENGTH = 1000


class OwnItemForm(forms.Form):
    title = forms.CharField(label=_("Title (Thai)"), max_length=500)
    title_en = forms.CharField(label=_("Title (English)"), max_length=500, required=False)
    requirements = forms.CharField(
        label=_("Required components, one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What the assessor checks; the ITA officer of each school ticks them."),
    )
    window = forms.ChoiceField(label=_("Evidence period"), choices=Item.Window.choices)

    def clean_requirements(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["requirements"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > MAX_COMPONENTS:
            raise ValidationError(
                _("At most %(count)d components.") % {"count": MAX_COMPONENTS}, code="too_many"
            )
        if any(len(line) > MAX_COMPONENT_LENGTH for line in lines):
            raise ValidationError(
                _("A component may be at most %(count)d characters long.")
                % {"count": MAX_COMPONENT_LENGTH},
                code="too_long",
            )
        return lines

    @classmethod
    def for_item(cls, item: Item, data: Any = None) -> "OwnItemForm":
        initial = {
            "title": item.title,
            "title_en": item.title_en,
            "requirements": "\n".join(item.requirements),
            "window": item.window,
        }
        return cls(data, initial=initial, prefix="item")
