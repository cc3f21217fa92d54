"""The lib helpers as template filters: what a page or a document shows."""

from datetime import UTC, date, datetime
from decimal import Decimal

from django.template import Context, Template


def render(source: str, **context: object) -> str:
    return Template(source).render(Context(context))


def test_dates_on_screens_and_in_documents():
    day = date(2026, 11, 25)
    assert render("{{ d|thai_date }}", d=day) == "25 พ.ย. 2569"
    assert render('{{ d|thai_date:"full" }}', d=day) == "25 พฤศจิกายน 2569"
    assert render("{{ d|thai_date_doc }}", d=day) == "๒๕ พฤศจิกายน ๒๕๖๙"


def test_datetimes_show_bangkok_time():
    moment = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)  # 01:30 on the 25th in Bangkok
    assert render("{{ m|thai_datetime }}", m=moment) == "25 พ.ย. 2569 01:30 น."


def test_numbers_baht_and_fiscal_year():
    assert render("{{ n|thai_digits }}", n=2566) == "๒๕๖๖"
    assert render("{{ n|baht_text }}", n=Decimal("1234.50")) == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
    assert render("{{ d|fiscal_year }}", d=date(2023, 10, 1)) == "2567"
    assert render("{{ d|fiscal_year }}", d=date(2023, 9, 30)) == "2566"


def test_empty_values_render_nothing():
    assert render("[{{ d|thai_date }}][{{ d|baht_text }}]", d=None) == "[][]"
