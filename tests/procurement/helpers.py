from datetime import date
from decimal import Decimal

from prongsai.procurement import actions
from prongsai.procurement.models import Method
from prongsai.procurement.rules import BidderLine


def buy(agency, day: date, price: str, *, ceiling: str | None = None, **extra):
    data = actions.PurchaseData(
        purchased_on=day,
        what=extra.pop("what", "กระดาษถ่ายเอกสาร A4"),
        ceiling=Decimal(ceiling or price),
        method=extra.pop("method", Method.SPECIFIC),
        supplier=extra.pop("supplier", "ร้านสมใจพาณิชย์"),
        agreed_price=Decimal(price),
        reason="ราคาต่ำสุด",
        bidders=[BidderLine(name, Decimal(value)) for name, value in extra.pop("bidders", [])],
        **extra,
    )
    return actions.save_purchase(agency=agency, data=data)
