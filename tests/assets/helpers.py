from datetime import date
from decimal import Decimal

from prongsai.agencies.models import Agency
from prongsai.assets import actions
from prongsai.assets.models import Asset


def make_asset(agency: Agency, number: str = "7440-001-0001/2567", **kwargs) -> Asset:
    data = actions.AssetData(
        number=number,
        name=kwargs.pop("name", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก"),
        acquired_on=kwargs.pop("acquired_on", date(2024, 6, 15)),
        cost=kwargs.pop("cost", Decimal("22000")),
        **kwargs,
    )
    return actions.create_asset(agency=agency, data=data, actor=None)
