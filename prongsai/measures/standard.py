"""The ten standard measures (the ITA indicators, as the seed report names them) and the
default wording of the documents."""

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds, half_year_bounds
from prongsai.lib.thai import thai_date, to_thai_digits

STANDARD_MEASURES = [
    "มาตรการด้านการปฏิบัติหน้าที่",
    "มาตรการด้านการใช้งบประมาณ",
    "มาตรการด้านการใช้อำนาจ",
    "มาตรการด้านการใช้ทรัพย์สินของราชการ",
    "มาตรการด้านการแก้ไขปัญหาการทุจริต",
    "มาตรการด้านคุณภาพการดำเนินงาน",
    "มาตรการด้านประสิทธิภาพในการสื่อสาร",
    "มาตรการด้านการปรับปรุงระบบการทำงาน",
    "มาตรการด้านการเปิดเผยข้อมูล",
    "มาตรการด้านการป้องกันการทุจริต",
]
HEADING_TAIL = "มีผลการดำเนินงานตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใส ดังนี้"
PLAN_HEADING_TAIL = "มีขั้นตอนและวิธีการปฏิบัติ ดังนี้"

TITLES = {
    "plan": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "half": "รายงานความก้าวหน้าการดำเนินการตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน",
    "full": "รายงานผลการดำเนินการตามมาตรการและกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใส",
}
COVER_TITLES = {
    "plan": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีพุทธศักราช {year}",
    "half": (
        "รายงานความก้าวหน้า รอบ ๖ เดือน เพื่อส่งเสริมคุณธรรมและความโปร่งใส ภายในหน่วยงาน ปีพุทธศักราช {year}"
    ),
    "full": "รายงานผลการดำเนินการ เพื่อส่งเสริมคุณธรรมและความโปร่งใส ภายในหน่วยงาน ปีพุทธศักราช {year}",
}
OBEC = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"
MINISTRY = "กระทรวงศึกษาธิการ"


def default_cover_lines(agency: Agency, year: int, kind: str = "full") -> list[str]:
    lines = [
        COVER_TITLES[kind].format(year=year),
        "ตัวชี้วัดย่อย 10.2",
        "การส่งเสริมคุณธรรมและความโปร่งใส",
        "แผนป้องกันการทุจริต",
        agency.name_th,
    ]
    if agency.parent is not None:
        lines.append(agency.parent.name_th)
    if agency.kind == Agency.Kind.SCHOOL:
        lines += [OBEC, MINISTRY]
    return lines


def period_line(year: int, kind: str) -> str:
    start, end = half_year_bounds(year) if kind == "half" else fiscal_year_bounds(year)
    label = "รอบ ๖ เดือน " if kind == "half" else ""
    return (
        f"ปีงบประมาณ {to_thai_digits(year)} {label}"
        f"({thai_date(start, thai_digits=True)} – {thai_date(end, thai_digits=True)})"
    )


def default_introduction(agency: Agency, kind: str) -> str:
    if kind == "plan":
        return (
            f"{agency.name_th}กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            "โดยแบ่งออกเป็น ๑๐ มาตรการ ตามตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส ดังตารางแนบ"
        )
    return (
        f"{agency.name_th}ได้ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงาน"
        "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
        "โดยแบ่งออกเป็น ๑๐ มาตรการ ตามตัวชี้วัด ดังตารางแนบ"
    )
