"""The assets module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.assets.access import ASSET_READERS
from prongsai.assets.demo import load_assets
from prongsai.assets.forms import ASSET_IMPORT
from prongsai.assets.models import Asset, AssetEvent

MODULE = Module(
    name="assets",
    menu=[
        MenuItem(
            _("Asset register"),
            "assets:staff_list",
            ASSET_READERS,
            _("The agency's durables and consumables: where they are, their condition, history."),
        )
    ],
    demo=DemoStep(load_assets),
    audited=[Audited(Asset), Audited(AssetEvent)],
    body_limits={"assets:staff_import": ASSET_IMPORT.body_limit},
)
