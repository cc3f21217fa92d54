"""The assets module's answer to OIT items: the public page on the use of school property (the
procedure, who approves, the year's loan statistics) — measure 4, การใช้ทรัพย์สินของราชการ."""

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency

WORDS = ("การใช้ทรัพย์สินของราชการ", "การยืมพัสดุ", "การยืมทรัพย์สินของราชการ")


def property_use(agency: Agency, year: int) -> Generated | None:
    url = reverse("assets:public_year", kwargs={"agency": agency.slug, "year": year})
    return Generated(
        url=url,
        title=_("Use of school property: procedure and loans of fiscal year %(year)s")
        % {"year": year},
    )
