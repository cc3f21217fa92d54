"""The integrity module's manifest (see agencies.modules): the gift register, first."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.reminders import Reminder
from prongsai.integrity.access import DECLARERS, GIFT_VIEWERS
from prongsai.integrity.demo import load_gifts
from prongsai.integrity.models import Gift, GiftSettings
from prongsai.integrity.reminders import send_gift_reminders
from prongsai.integrity.todo import gifts_todo

MODULE = Module(
    name="integrity",
    menu=[
        MenuItem(
            _("My gifts"),
            "integrity:gifts_mine",
            DECLARERS,
            _("Declare a gift you received and see what the rules say about it."),
        ),
        MenuItem(
            _("Gift register"),
            "integrity:gift_register",
            GIFT_VIEWERS,
            _("Every gift declared in the agency, the head's decisions and the downloads."),
        ),
    ],
    demo=DemoStep(load_gifts),
    reminders=[Reminder("gift deadlines", send_gift_reminders)],
    todo=gifts_todo,
    audited=[Audited(Gift), Audited(GiftSettings)],
)
