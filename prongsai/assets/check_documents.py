"""The documents of the annual check (THAI-RULES.md §1.5), as plain data both the PDF and the
DOCX read: (1) the memo asking to appoint the committee, (2) the school's order, (3) the result
memo with its three findings and the director's minute, (4) the consumables remaining at
30 September, (5) the durables with their condition, (6) the damaged, deteriorated, lost and
unneeded property (landscape). Always Thai, Thai numerals, Buddhist-era dates.

The PDF is printed off the request path (`prongsai.printing`, source `assets.check`), once per
state of the check (its `updated_at` is in the key, so a new result prints anew)."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from prongsai.assets import check_queries as queries
from prongsai.assets import check_rules as rules
from prongsai.assets.models import Asset, AssetCheck, CheckMember
from prongsai.assets.slip import BLANK, CONDITIONS, slip_date
from prongsai.lib.thai import to_thai_digits

SOURCE = "assets.check"
ROLE_TH: dict[str, str] = {
    CheckMember.Role.CHAIR: "ประธานกรรมการ",
    CheckMember.Role.MEMBER: "กรรมการ",
    CheckMember.Role.SECRETARY: "กรรมการและเลขานุการ",
}
NOT_USABLE = ("damaged", "deteriorated", "lost", "not_needed")


def money(value: Decimal | None) -> str:
    return to_thai_digits(f"{value:,.2f}") if value is not None else "-"


@dataclass(frozen=True)
class Person:
    number: str
    name: str
    position: str
    role: str


@dataclass(frozen=True)
class Line:
    """One row of a list: the cells as text, in the columns' order."""

    cells: list[str]


@dataclass
class Documents:
    agency_name: str
    year: str
    period: str
    as_at: str
    starts_on: str
    due_on: str
    appointed_on: str
    order_number: str
    reported_on: str
    members: list[Person]
    director: str
    officer: str
    findings: list[tuple[str, str]]
    remarks: str
    consumables: list[Line] = field(default_factory=list)
    consumables_total: str = ""
    durables: list[Line] = field(default_factory=list)
    durables_total: str = ""
    damaged: list[list[tuple[str, str]]] = field(default_factory=list)


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    if value is None:
        return f"{yes} / {no} {BLANK[:20]}"
    return yes if value else no


def documents(check: AssetCheck, *, director: str = "", officer: str = "") -> Documents:
    first, last = rules.period(check.fiscal_year)
    members = [
        Person(
            to_thai_digits(index),
            member.user.display_name,
            member.position,
            ROLE_TH.get(member.role, ""),
        )
        for index, member in enumerate(queries.members_of(check), start=1)
    ]
    rows = queries.results_for_documents(check)
    counts = dict.fromkeys(NOT_USABLE, 0)
    consumables: list[Line] = []
    durables: list[Line] = []
    damaged: list[list[tuple[str, str]]] = []
    total_consumables = total_durables = Decimal(0)
    for asset, result in rows:
        found = result.condition if result else ""
        shown = CONDITIONS.get(found, "ยังไม่ได้ตรวจ")
        if found in counts:
            counts[found] += 1
        if asset.kind == Asset.Kind.CONSUMABLE:
            left = 0 if found == "lost" else 1
            value = (asset.cost or Decimal(0)) * left
            total_consumables += value
            consumables.append(
                Line(
                    [
                        to_thai_digits(len(consumables) + 1),
                        asset.name,
                        asset.unit_of_count or "-",
                        to_thai_digits(left),
                        money(value),
                    ]
                )
            )
        else:
            total_durables += asset.cost or Decimal(0)
            durables.append(
                Line(
                    [
                        to_thai_digits(len(durables) + 1),
                        to_thai_digits(asset.number),
                        asset.name,
                        to_thai_digits(1),
                        money(asset.cost),
                        shown,
                    ]
                )
            )
        if found in NOT_USABLE:
            ticks = ["✓" if found == value else "" for value in NOT_USABLE]
            damaged.append(
                [
                    (to_thai_digits(len(damaged) + 1), "c"),
                    (asset.name, ""),
                    (to_thai_digits(asset.number), ""),
                    (asset.brand_model or "-", ""),
                    *[(tick, "c") for tick in ticks],
                    (slip_date(asset.acquired_on) if asset.acquired_on else "-", "c"),
                    (money(asset.cost), "r"),
                    (result.note if result else "", ""),
                ]
            )
    broken = counts["damaged"] + counts["deteriorated"]
    findings = [
        "การรับจ่ายพัสดุระหว่างวันที่ {} ถึงวันที่ {} {}".format(
            slip_date(first),
            slip_date(last),
            _yes_no(check.receipts_correct, "ถูกต้อง", "ไม่ถูกต้อง"),
        ),
        "พัสดุคงเหลือ ณ วันที่ {} {}".format(
            slip_date(last),
            _yes_no(check.count_matches, "ตรงตามบัญชีหรือทะเบียน", "ไม่ตรงตามบัญชีหรือทะเบียน"),
        ),
        "พัสดุที่ชำรุดหรือเสื่อมสภาพ จำนวน {} รายการ สูญไป จำนวน {} รายการ "
        "และไม่จำเป็นต้องใช้ในราชการต่อไป จำนวน {} รายการ".format(
            to_thai_digits(broken),
            to_thai_digits(counts["lost"]),
            to_thai_digits(counts["not_needed"]),
        ),
    ]
    return Documents(
        agency_name=check.agency.name_th,
        year=to_thai_digits(check.fiscal_year),
        period=f"{slip_date(first)} ถึงวันที่ {slip_date(last)}",
        as_at=slip_date(last),
        starts_on=slip_date(check.starts_on),
        due_on=slip_date(check.due_on),
        appointed_on=slip_date(check.appointed_on),
        order_number=to_thai_digits(check.order_number) if check.order_number else BLANK[:16],
        reported_on=slip_date(check.reported_on) if check.reported_on else BLANK,
        members=members,
        director=director or BLANK,
        officer=officer or BLANK,
        findings=[(to_thai_digits(n), text) for n, text in enumerate(findings, start=1)],
        remarks=check.findings,
        consumables=consumables,
        consumables_total=money(total_consumables),
        durables=durables,
        durables_total=money(total_durables),
        damaged=damaged,
    )


def _names(check: AssetCheck) -> dict[str, str]:
    from prongsai.agencies.models import Membership
    from prongsai.agencies.roles import Role

    found: dict[str, str] = {}
    rows = (
        Membership.objects.filter(
            agency_id=check.agency_id, role__in=[Role.DIRECTOR, Role.ASSET_OFFICER]
        )
        .select_related("user")
        .order_by("pk")
    )
    for membership in rows:
        found.setdefault(membership.role, membership.user.display_name)
    return {
        "director": found.get(Role.DIRECTOR, ""),
        "officer": found.get(Role.ASSET_OFFICER, ""),
    }


def check_html(check: AssetCheck) -> str:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    context: dict[str, Any] = {
        "doc": documents(check, **_names(check)),
        "css": render_to_string("assets/check.css"),
        "base_href": print_assets("report.css")["base_href"],
    }
    return render_to_string("assets/check_document.html", context)


def render_source(params: dict[str, Any]) -> str | None:
    check = (
        AssetCheck.objects.filter(pk=int(params.get("pk") or 0)).select_related("agency").first()
    )
    return None if check is None else check_html(check)


def request_check_pdf(check: AssetCheck) -> Any:
    from prongsai.printing.actions import request_print

    stamp = int(check.updated_at.timestamp() * 1000)
    return request_print(
        key=f"assets/check/{check.pk}/{stamp}",
        group=f"assets/check/{check.pk}",
        source=SOURCE,
        params={"pk": check.pk},
    )


def file_name(check: AssetCheck, ext: str) -> str:
    return f"asset-check-{check.agency.slug}-{check.fiscal_year}.{ext}"


def docx_context(check: AssetCheck) -> Documents:
    return documents(check, **_names(check))
