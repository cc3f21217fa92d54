"""The No Gift Policy declaration's template (THAI-RULES.md §2.3) and the carry-over of last
year's text to a new fiscal year.

The usual skeleton: the subject ("เจตนารมณ์นโยบายไม่รับของขวัญ… ประจำปีงบประมาณ พ.ศ. …"), a
preamble citing พ.ร.ป. ป.ป.ช. 2561 ม.128, the NACC announcement of 2563, the Prime Minister's
Office regulation of 2544 and the OBEC policy of the year, the commitments (one a line), the
date and the director's name and position. Numbers in Thai digits, as the official original.
"""

from dataclasses import dataclass
from datetime import date

from prongsai.agencies.models import Agency
from prongsai.lib.thai import to_thai_digits

LAW_YEARS = frozenset({2542, 2543, 2544, 2561, 2563})


@dataclass(frozen=True)
class DeclarationText:
    title_th: str
    preamble_th: str
    commitments_th: str
    title_en: str = ""
    preamble_en: str = ""
    commitments_en: str = ""


def template(agency: Agency, year: int) -> DeclarationText:
    """The declaration as a school usually words it, for `agency` and fiscal year `year`."""
    name = agency.name_th
    year_th = to_thai_digits(year)
    title = (
        "เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
        f"ประจำปีงบประมาณ พ.ศ. {year_th}"
    )
    preamble = (
        "ด้วยพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๖๑ "
        "มาตรา ๑๒๘ ห้ามมิให้เจ้าพนักงานของรัฐรับทรัพย์สินหรือประโยชน์อื่นใดซึ่งอาจคำนวณเป็นเงินได้ "
        "เว้นแต่การรับโดยธรรมจรรยาตามประกาศคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ "
        "เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ "
        "พ.ศ. ๒๕๖๓ ประกอบกับระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ "
        "พ.ศ. ๒๕๔๔ และนโยบายการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
        f"ของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ประจำปีงบประมาณ พ.ศ. {year_th}\n"
        f"เพื่อให้การปฏิบัติงานของ{name}เป็นไปด้วยความโปร่งใส ซื่อสัตย์สุจริต "
        f"และป้องกันการขัดกันระหว่างประโยชน์ส่วนตนกับประโยชน์ส่วนรวม {name}"
        "จึงประกาศเจตนารมณ์ ดังนี้"
    )
    commitments = "\n".join(
        [
            f"ผู้บริหาร ข้าราชการครู และบุคลากรทางการศึกษาทุกคนของ{name} จะไม่รับของขวัญ ของกำนัล "
            "ทรัพย์สิน หรือประโยชน์อื่นใดทุกชนิดจากการปฏิบัติหน้าที่ ทั้งก่อน ระหว่าง "
            "และหลังการปฏิบัติหน้าที่ ที่อาจนำมาซึ่งการทุจริตในปัจจุบันหรือในอนาคต",
            "จะไม่ให้ของขวัญหรือของกำนัลแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา "
            "โดยใช้บัตรอวยพร การลงนามในสมุดอวยพร หรือการแสดงความปรารถนาดีด้วยวิธีอื่นแทน",
            "กรณีมีความจำเป็นไม่อาจปฏิเสธการรับได้ จะปฏิบัติตามหลักเกณฑ์ของคณะกรรมการ ป.ป.ช. "
            "โดยรายงานผู้บังคับบัญชาภายใน ๓๐ วันนับแต่วันที่ได้รับ เมื่อมีมูลค่าเกิน ๓,๐๐๐ บาท",
            "จะเผยแพร่นโยบายนี้ให้ผู้ปกครอง นักเรียน ผู้ประกอบการ และผู้มาติดต่อราชการทราบโดยทั่วกัน",
        ]
    )
    return DeclarationText(title, preamble, commitments)


def carried_over(text: str, old_year: int, new_year: int) -> str:
    """Last year's text for the new year: the year (in either digits) moves on by the gap.

    Only the fiscal year itself changes; the laws' years (2561, 2563, 2544) stay as written
    (a year that is also a law's year is left for the officer to change by hand).
    """
    if old_year in LAW_YEARS:
        return text
    for old, new in (
        (to_thai_digits(old_year), to_thai_digits(new_year)),
        (str(old_year), str(new_year)),
        # The year in the Common Era (English text): fiscal 2568 is the year ending in 2025.
        (str(old_year - 543), str(new_year - 543)),
    ):
        text = text.replace(old, new)
    return text


def default_day(year: int, today: date) -> date:
    """The declaration's date: today within the fiscal year, else the year's first day."""
    from prongsai.lib.fiscal import fiscal_year_bounds

    start, end = fiscal_year_bounds(year)
    return today if start <= today <= end else start
