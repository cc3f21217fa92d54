"""The news module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.news import oit_evidence
from prongsai.news.access import ABOUT_READERS, READERS, TRAINING_READERS
from prongsai.news.demo import load_news
from prongsai.news.home import home_data
from prongsai.news.kinds import NEWS_ATTACHMENT, NEWS_IMAGE
from prongsai.news.models import AboutPage, NewsItem, TrainingCourse
from prongsai.news.queries import has_about, has_news
from prongsai.news.todo import news_todo
from prongsai.news.training_queries import has_training

MODULE = Module(
    name="news",
    menu_group="public",
    menu=[
        MenuItem(
            _("News and announcements"),
            "news:staff_list",
            READERS,
            _("Write news, announcements and notices with pictures; publish now or later."),
        ),
        MenuItem(
            _("Basic information pages"),
            "news:staff_about_list",
            ABOUT_READERS,
            _("Structure, executives, duties, contact, laws and privacy policy of the agency."),
        ),
        MenuItem(
            _("Training log"),
            "news:staff_training_list",
            TRAINING_READERS,
            _("Courses, their hours and attendance; the monthly and yearly public pages."),
        ),
    ],
    section=Section(
        "news",
        _("News and announcements"),
        _("Activities, announcements and training of the agency."),
        "news:list",
        order=90,
        home_template="news/_home.html",
        home_data=home_data,
    ),
    public_links=[
        PublicLink(_("About us"), "news:about", order=15, shown_if=has_about),
        PublicLink(_("News"), "news:list", order=20, shown_if=has_news),
        PublicLink(_("Training"), "news:training", order=21, shown_if=has_training),
    ],
    evidence=[
        Evidence(
            "news", _("News and announcements"), oit_evidence.TITLE_WORDS, oit_evidence.news_page
        ),
        *oit_evidence.ABOUT_EVIDENCE,
        Evidence(
            "participation",
            _("Participation activities"),
            oit_evidence.PARTICIPATION_WORDS,
            oit_evidence.participation,
        ),
    ],
    demo=DemoStep(load_news),
    todo=news_todo,
    audited=[
        Audited(
            NewsItem,
            {
                "include_fields": [
                    "category",
                    "title",
                    "status",
                    "publish_at",
                    "pinned",
                    "participants",
                    "outcome",
                ]
            },
        ),
        Audited(AboutPage, {"include_fields": ["body"]}),
        Audited(TrainingCourse, {"include_fields": ["title", "starts_on", "hours", "attended"]}),
    ],
    body_limits={
        "news:staff_image_add": NEWS_IMAGE.body_limit,
        "news:staff_attachment_add": NEWS_ATTACHMENT.body_limit,
    },
)
