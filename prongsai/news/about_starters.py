"""The first text of each basic-information page, offered in the editor while the page is empty:
the agency's own facts where the system has them (contact, executives), otherwise headings to
fill in. The privacy policy follows the contents a notice must give (PDPA s.23; THAI-RULES.md
§7.2). Data in Thai, as the pages are."""

from html import escape

from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.news.models import AboutPage

Kind = AboutPage.Kind

# The sample texts in brackets the starting texts leave for the writer to replace: a page that
# still has one is not saved (it would go public with "(ชื่อ-สกุล)" on it).
HINTS = (
    "(วางลิงก์ Google Maps ของหน่วยงาน)",
    "(ชื่อ-สกุล)",
    "(โทรศัพท์ / อีเมล)",
    "(ระบุข้อมูลที่เก็บในแต่ละช่องทาง เช่น ชื่อ ช่องทางติดต่อ และระยะเวลาเก็บ)",
    "(ระบุว่าข้อมูลใดจำเป็นตามกฎหมาย และผลของการไม่ให้ข้อมูล)",
    "(ชื่อและช่องทางติดต่อ)",
    "(คำอธิบายโครงสร้างการบริหารของหน่วยงาน)",
    "(อำนาจหน้าที่ตามกฎหมายที่จัดตั้ง เช่น พระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. 2542 และ"
    "พระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546)",
    "(กฎหมายและระเบียบอื่นที่เกี่ยวข้อง)",
    "(ปีที่ก่อตั้ง ความเป็นมา และเหตุการณ์สำคัญของหน่วยงาน)",
    "(วิสัยทัศน์ของหน่วยงาน)",
    "(พันธกิจของหน่วยงาน)",
    "(เป้าประสงค์ของหน่วยงาน)",
    "(วางลิงก์เพจ Facebook ของหน่วยงาน)",
)


def hints_left(body: str) -> list[str]:
    """The starting texts' samples still in `body`, in the order of HINTS."""
    return [hint for hint in HINTS if hint in body]


def _contact(agency: Agency) -> str:
    lines = [f"<p><strong>{escape(agency.name_th)}</strong></p>"]
    if agency.address:
        lines.append(f"<p>ที่อยู่: {escape(agency.address)}</p>")
    if agency.phone:
        lines.append(f"<p>โทรศัพท์: {escape(agency.phone)}</p>")
    if agency.email:
        lines.append(f"<p>อีเมล: {escape(agency.email)}</p>")
    lines.append("<p>เวลาทำการ: วันจันทร์–ศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)</p>")
    lines.append("<p>แผนที่: (วางลิงก์ Google Maps ของหน่วยงาน)</p>")
    return "\n".join(lines)


def _executives(agency: Agency) -> str:
    names = [
        membership.user.get_full_name() or membership.user.username
        for membership in Membership.objects.filter(agency=agency, role=Role.DIRECTOR)
        .select_related("user")
        .order_by("pk")
    ]
    lines = ["<h2>ผู้บริหาร</h2>", "<ul>"]
    lines += [f"<li>{escape(name)} — ผู้อำนวยการ</li>" for name in names] or [
        "<li>(ชื่อ-สกุล) — ผู้อำนวยการ</li>"
    ]
    lines += ["<li>(ชื่อ-สกุล) — รองผู้อำนวยการ</li>", "</ul>"]
    lines.append("<p>ติดต่อผู้บริหาร: (โทรศัพท์ / อีเมล)</p>")
    return "\n".join(lines)


def _privacy(agency: Agency) -> str:
    name = escape(agency.name_th)
    return "\n".join(
        [
            f"<p>{name} (ผู้ควบคุมข้อมูลส่วนบุคคล) ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคล"
            "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>",
            "<h2>1. วัตถุประสงค์และฐานทางกฎหมาย</h2>",
            "<p>เก็บข้อมูลเพื่อการจัดการศึกษาและการปฏิบัติหน้าที่ตามกฎหมาย (มาตรา 24(4) และ (6)) "
            "เช่น การรับเรื่องร้องเรียน การตอบคำถาม การให้บริการ และการสำรวจความพึงพอใจ</p>",
            "<h2>2. ข้อมูลที่เก็บและระยะเวลาเก็บรักษา</h2>",
            "<p>(ระบุข้อมูลที่เก็บในแต่ละช่องทาง เช่น ชื่อ ช่องทางติดต่อ และระยะเวลาเก็บ)</p>",
            "<h2>3. กรณีที่กฎหมายกำหนดให้ต้องให้ข้อมูล</h2>",
            "<p>(ระบุว่าข้อมูลใดจำเป็นตามกฎหมาย และผลของการไม่ให้ข้อมูล)</p>",
            "<h2>4. ผู้ที่อาจได้รับข้อมูล</h2>",
            "<p>เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ และหน่วยงานของรัฐที่มีอำนาจตามกฎหมาย</p>",
            "<h2>5. ผู้ควบคุมข้อมูลและช่องทางติดต่อ</h2>",
            f"<p>{name} {escape(agency.address)} {escape(agency.phone)} {escape(agency.email)}</p>",
            "<p>เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (ถ้ามี): (ชื่อและช่องทางติดต่อ)</p>",
            "<h2>6. สิทธิของเจ้าของข้อมูล</h2>",
            "<p>ท่านมีสิทธิขอเข้าถึงและขอรับสำเนา ขอให้โอนย้าย คัดค้าน ขอให้ลบหรือทำลาย "
            "ขอให้ระงับการใช้ และขอให้แก้ไขข้อมูลให้ถูกต้อง (มาตรา 30–36) "
            "โดยติดต่อหน่วยงานตามช่องทางข้างต้น หน่วยงานจะดำเนินการภายใน 30 วัน</p>",
            "<p>แต่ละแบบฟอร์มที่เก็บข้อมูลส่วนบุคคลมีประกาศสั้นของตนเองอยู่ข้างแบบฟอร์ม</p>",
        ]
    )


FIXED = {
    Kind.STRUCTURE: "<p>(คำอธิบายโครงสร้างการบริหารของหน่วยงาน) "
    "รายชื่อกลุ่มงานและฝ่ายแสดงต่อท้ายจากข้อมูลหน่วยงานย่อยในระบบ</p>",
    Kind.DUTIES: "<h2>อำนาจหน้าที่</h2>\n<p>(อำนาจหน้าที่ตามกฎหมายที่จัดตั้ง เช่น "
    "พระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. 2542 และพระราชบัญญัติระเบียบบริหารราชการ"
    "กระทรวงศึกษาธิการ พ.ศ. 2546)</p>",
    Kind.LAWS: '<ul>\n<li><a href="https://www.krisdika.go.th">พระราชบัญญัติการศึกษาแห่งชาติ '
    "พ.ศ. 2542</a></li>\n<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li>\n"
    "<li>พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</li>\n"
    "<li>(กฎหมายและระเบียบอื่นที่เกี่ยวข้อง)</li>\n</ul>",
    Kind.HISTORY: "<h2>ประวัติความเป็นมา</h2>\n<p>(ปีที่ก่อตั้ง ความเป็นมา และเหตุการณ์สำคัญของหน่วยงาน)</p>",
    Kind.VISION: "<h2>วิสัยทัศน์</h2>\n<p>(วิสัยทัศน์ของหน่วยงาน)</p>\n"
    "<h2>พันธกิจ</h2>\n<p>(พันธกิจของหน่วยงาน)</p>\n"
    "<h2>เป้าประสงค์</h2>\n<p>(เป้าประสงค์ของหน่วยงาน)</p>",
}


def _social(agency: Agency) -> str:
    """The channels the agency answers on: Facebook to fill in, its e-mail and phone known."""
    lines = [
        f"<p>ติดตามข่าวสารและติดต่อ{escape(agency.name_th)}ได้ทางช่องทางต่อไปนี้</p>",
        "<ul>",
        "<li>เพจ Facebook: (วางลิงก์เพจ Facebook ของหน่วยงาน)</li>",
    ]
    if agency.email:
        lines.append(
            f'<li>อีเมล: <a href="mailto:{escape(agency.email)}">{escape(agency.email)}</a></li>'
        )
    if agency.phone:
        lines.append(f"<li>โทรศัพท์: {escape(agency.phone)}</li>")
    lines.append("</ul>")
    return "\n".join(lines)


def starter(agency: Agency, kind: str) -> str:
    if kind == Kind.CONTACT:
        return _contact(agency)
    if kind == Kind.EXECUTIVES:
        return _executives(agency)
    if kind == Kind.PRIVACY:
        return _privacy(agency)
    if kind == Kind.SOCIAL:
        return _social(agency)
    return FIXED.get(Kind(kind), "")
