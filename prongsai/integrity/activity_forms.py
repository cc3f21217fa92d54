"""The culture activity's forms: the activity, and one photo with its description."""

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from prongsai.integrity import activity_actions as actions
from prongsai.integrity.models import CultureActivity
from prongsai.lib.thai import to_arabic_digits
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload
from prongsai.uploads.limits import MB, UploadKind

ACTIVITY_PHOTO = UploadKind(10 * MB, 1, ("jpeg", "png"), "JPG, PNG")


class CountField(forms.IntegerField):
    """A whole number typed in Arabic or Thai digits ("45", "๔๕", "45 คน")."""

    def to_python(self, value: Any) -> int | None:
        if isinstance(value, str):
            value = to_arabic_digits(value).replace(",", "").replace("คน", "").strip()
        return super().to_python(value)


class ActivityForm(forms.Form):
    held_on = ThaiDateField(
        label=_("Date held"),
        error_messages={"required": _("Type the date the activity was held.")},
    )
    title = forms.CharField(
        label=_("Name of the activity"),
        max_length=200,
        help_text=_("For example: ประชุมชี้แจงนโยบาย No Gift Policy แก่ครูและบุคลากร"),
        error_messages={"required": _("Type the title of the activity.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind of activity"),
        choices=CultureActivity.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of activity.")},
    )
    audience = forms.CharField(
        label=_("Audience"),
        max_length=300,
        help_text=_("Who took part, for example ครูและบุคลากรทางการศึกษา, ผู้ปกครอง."),
        error_messages={"required": _("Say who took part.")},
    )
    attendance = CountField(
        label=_("How many people took part"),
        min_value=1,
        max_value=100000,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={
            "required": _("Type how many people attended."),
            "invalid": _("Type the number of people as a whole number, for example 45 or ๔๕."),
        },
    )
    report = forms.CharField(
        label=_("Short report"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What was done and what came of it, in a few lines."),
        error_messages={"required": _("Write a short report of the activity.")},
    )
    published = forms.BooleanField(
        label=_("Publish it on the agency's No Gift page"), required=False
    )

    def __init__(
        self,
        *args: Any,
        today: date | None = None,
        programme: str = CultureActivity.Programme.NO_GIFT,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        if programme == CultureActivity.Programme.ETHICS:
            self.fields["title"].help_text = _(
                "For example: อบรมส่งเสริมจริยธรรมและแนวทางสิ่งที่ควรทำและไม่ควรทำ"
            )
            self.fields["published"].label = _("Publish it on the agency's ethics page")

    @classmethod
    def initial_of(cls, activity: CultureActivity) -> dict[str, Any]:
        return {name: getattr(activity, name) for name in cls.base_fields}

    def clean_held_on(self) -> date:
        held_on: date = self.cleaned_data["held_on"]
        actions.check_held_on(held_on, self.today)
        return held_on

    def activity_data(self) -> actions.ActivityData:
        return actions.ActivityData(**{name: self.cleaned_data[name] for name in self.base_fields})


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=lazy(ACTIVITY_PHOTO.help_text, str)(),
        error_messages={"required": _("Choose a photo to add.")},
    )
    alt_text = forms.CharField(
        label=_("What the photo shows"),
        max_length=300,
        help_text=_(
            "Read aloud to people who cannot see it, for example ผู้อำนวยการชี้แจงนโยบายแก่ครูในห้องประชุม."
        ),
        error_messages={"required": _("Say in a few words what the photo shows.")},
    )

    def clean_photo(self) -> Any:
        upload = self.cleaned_data["photo"]
        check_upload(upload, ACTIVITY_PHOTO)
        return upload
