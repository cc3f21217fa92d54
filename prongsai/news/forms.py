"""Forms of news: the item, a picture with its alt text, an attachment."""

import re
from datetime import datetime, time
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from prongsai.lib.thai import to_arabic_digits
from prongsai.news.about_starters import hints_left
from prongsai.news.actions import ItemData
from prongsai.news.kinds import NEWS_ATTACHMENT, NEWS_IMAGE
from prongsai.news.models import NewsItem
from prongsai.thaidates import ThaiDateField
from prongsai.uploads.checks import check_upload

MAX_BODY = 50_000
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*(?:น\.?)?\s*$")


def editor(rows: int) -> forms.Textarea:
    """The body box; static/news/editor.js puts its toolbar over it (labels from these
    attributes, read in the person's language)."""
    return forms.Textarea(
        attrs={
            "rows": rows,
            "data-editor": "",
            "data-editor-toolbar": _("Formatting"),
            "data-editor-bold": _("Bold"),
            "data-editor-italic": _("Italic"),
            "data-editor-heading": _("Heading"),
            "data-editor-list": _("Bulleted list"),
            "data-editor-numbered": _("Numbered list"),
            "data-editor-link": _("Link"),
            "data-editor-link-prompt": _("Address of the link (https://…)"),
        }
    )


BODY_HELP = _(
    "Use the buttons above the box for bold, italic, headings, lists and links. Text pasted "
    "from Word keeps only these; its fonts, colours and styles are removed, and so are scripts."
)


class ItemForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"),
        choices=NewsItem.Category.choices,
        error_messages={"required": _("Choose a category.")},
    )
    title = forms.CharField(
        label=pgettext_lazy("news", "Title"),
        max_length=300,
        error_messages={
            "required": _("Write the title of the item."),
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: shown in lists, feeds and share previews."),
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    body = forms.CharField(
        label=_("Body"),
        max_length=MAX_BODY,
        required=False,
        widget=editor(14),
        help_text=BODY_HELP,
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    publish_on = ThaiDateField(
        label=_("Publication date"),
        required=False,
        help_text=_("Empty: today. A later date keeps the item hidden until then."),
    )
    publish_time = forms.CharField(
        label=_("Publication time"),
        required=False,
        max_length=10,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "08:30", "size": 6}),
        help_text=_(
            "Hours and minutes, for example 08:30. Empty: 00:00 on a later date, now today."
        ),
    )
    pinned = forms.BooleanField(
        label=_("Pin to the top of the news list"),
        required=False,
    )
    participants = forms.CharField(
        label=_("Who took part"),
        max_length=500,
        required=False,
        help_text=_("Participation activity only: for example parents, pupils, community leaders."),
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    outcome = forms.CharField(
        label=_("What came of it"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Participation activity only: what the participants proposed or decided."),
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )

    def clean_title(self) -> str:
        title: str = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError(_("Write the title of the item."))
        return title

    def clean_publish_time(self) -> time | None:
        text = to_arabic_digits(self.cleaned_data.get("publish_time") or "").strip()
        if not text:
            return None
        match = _TIME.match(text)
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise forms.ValidationError(
                _("Type the time as hours:minutes on a 24-hour clock, for example 08:30.")
            )
        return time(int(match[1]), int(match[2]))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        participation = data.get("category") == NewsItem.Category.PARTICIPATION
        if participation and not (data.get("participants") or "").strip():
            self.add_error(
                "participants", _("Say who took part in the activity (parents, pupils, ...).")
            )
        return data

    def publish_at(self, now: datetime | None = None) -> datetime:
        now = now or timezone.now()
        day = self.cleaned_data.get("publish_on")
        moment = self.cleaned_data.get("publish_time")
        today = timezone.localdate(now)
        if day is None or (day == today and moment is None):
            if moment is None:
                return now
            day = today
        return timezone.make_aware(datetime.combine(day, moment or time(0, 0)))

    def item_data(self) -> ItemData:
        data: dict[str, Any] = self.cleaned_data
        return ItemData(
            category=data["category"],
            title=data["title"],
            summary=data.get("summary", ""),
            body=data.get("body", ""),
            publish_at=self.publish_at(),
            pinned=bool(data.get("pinned")),
            participants=data.get("participants", ""),
            outcome=data.get("outcome", ""),
        )

    @classmethod
    def initial_for(cls, item: NewsItem) -> dict[str, Any]:
        local = timezone.localtime(item.publish_at)
        return {
            "category": item.category,
            "title": item.title,
            "summary": item.summary,
            "body": item.body,
            "publish_on": local.date(),
            "publish_time": local.strftime("%H:%M"),
            "pinned": item.pinned,
            "participants": item.participants,
            "outcome": item.outcome,
        }


class ImageForm(forms.Form):
    image = forms.FileField(
        label=_("Picture file"),
        validators=[lambda upload: check_upload(upload, NEWS_IMAGE)],
        error_messages={"required": _("Choose a picture to upload.")},
    )
    alt_text = forms.CharField(
        label=_("Alt text"),
        max_length=300,
        help_text=_(
            "What the picture shows, for people who cannot see it (read by screen readers)."
        ),
        error_messages={
            "required": _("Describe the picture for people who cannot see it."),
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    cover = forms.BooleanField(label=_("Use as the cover picture"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["image"].help_text = NEWS_IMAGE.help_text()


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        validators=[lambda upload: check_upload(upload, NEWS_ATTACHMENT)],
        error_messages={"required": _("Choose a file to attach.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = NEWS_ATTACHMENT.help_text()


class AboutForm(forms.Form):
    body = forms.CharField(
        label=_("Text of the page"),
        max_length=MAX_BODY,
        required=False,
        widget=editor(18),
        help_text=_(
            "Use the buttons above the box for bold, italic, headings, lists and links. Leave "
            "it empty to take the page off the site."
        ),
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        left = hints_left(body)
        if left:
            raise forms.ValidationError(
                _(
                    "Replace the sample text in brackets with your agency's own, or delete it, "
                    "then save again: %(hints)s"
                ),
                params={"hints": ", ".join(left)},
            )
        return body
