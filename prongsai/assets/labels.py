"""A sheet of QR labels (A4, 3 × 8 a page): each label the asset's number, item and agency,
and a QR code of the asset's staff URL. Printed by Chromium on request."""

from collections.abc import Callable, Iterable

from prongsai.agencies.models import Agency
from prongsai.assets.models import Asset

MAX_LABELS = 480  # 20 pages


def labels_html(agency: Agency, assets: Iterable[Asset], url_of: Callable[[Asset], str]) -> str:
    from django.template.loader import render_to_string
    from django.utils.safestring import mark_safe

    from prongsai.assets.files import qr_svg
    from prongsai.exports.pdf import print_assets

    labels = [
        (asset, mark_safe(qr_svg(url_of(asset))))  # noqa: S308 -- paths drawn by qrcode
        for asset in assets
    ]
    return render_to_string(
        "assets/labels_document.html",
        {
            "agency": agency,
            "labels": labels,
            "css": render_to_string("assets/labels.css"),
            "base_href": print_assets("report.css")["base_href"],
        },
    )
