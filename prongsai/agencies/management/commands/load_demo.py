"""Load the demo: an area office, the seed's school and two more, units, one user per role.

Idempotent: running it again updates the same rows and resets the demo passwords.
"""

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from prongsai.accounts.models import User
from prongsai.agencies import demo
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import Role
from prongsai.jobs.registry import wait_for_threads

AREA_OFFICE = {
    "slug": "spm-phayao",
    "name_th": "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา",
    "name_en": "Phayao Secondary Educational Service Area Office",
    "kind": Agency.Kind.AREA_OFFICE,
    "address": "ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000",
}
SEED_SCHOOL = {
    "slug": "kamphaeng-wittayakhom",
    "name_th": "โรงเรียนกำแพงวิฑยาคม",
    "name_en": "Kamphaeng Wittayakhom School",
    "kind": Agency.Kind.SCHOOL,
    "address": "อำเภอเมืองพะเยา จังหวัดพะเยา",
}
OTHER_SCHOOLS = [
    {
        "slug": "phayao-pittayakhom",
        "name_th": "โรงเรียนพะเยาพิทยาคม",
        "name_en": "Phayao Pittayakhom School",
        "kind": Agency.Kind.SCHOOL,
    },
    {
        "slug": "chiang-kham-wittaya",
        "name_th": "โรงเรียนเชียงคำวิทยาคม",
        "name_en": "Chiang Kham Wittayakhom School",
        "kind": Agency.Kind.SCHOOL,
    },
]
# The four divisions of a Thai school, with the sections the seed report names.
SCHOOL_UNITS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("ฝ่ายบริหารวิชาการ", "Academic Affairs", []),
    (
        "ฝ่ายบริหารงบประมาณ",
        "Budget Administration",
        [("งานการเงินและบัญชี", "Finance and Accounts"), ("งานพัสดุและสินทรัพย์", "Supplies and Assets")],
    ),
    ("ฝ่ายบริหารงานบุคคล", "Personnel Administration", []),
    (
        "ฝ่ายบริหารทั่วไป",
        "General Administration",
        [
            ("งานธุรการ", "Administrative Office"),
            ("งานประชาสัมพันธ์", "Public Relations"),
            ("งานเทคโนโลยีสารสนเทศ", "Information Technology"),
        ],
    ),
]
DEMO_PEOPLE: list[tuple[str, str, str, str, str | None]] = [
    # role, title, first name, last name, unit
    (Role.STAFF, "นาง", "สมใจ", "ใฝ่ดี", "ฝ่ายบริหารวิชาการ"),
    (Role.UNIT_HEAD, "นาย", "ประเสริฐ", "ตั้งใจงาน", "งานธุรการ"),
    (Role.ITA_OFFICER, "นางสาว", "โปร่งใส", "ใจซื่อ", "งานเทคโนโลยีสารสนเทศ"),
    (Role.COMPLAINT_OFFICER, "นาง", "ยุติธรรม", "รับฟัง", "งานธุรการ"),
    (Role.ASSET_OFFICER, "นาย", "รักษา", "ของหลวง", "งานพัสดุและสินทรัพย์"),
    (Role.DIRECTOR, "นาย", "ธรรมนูญ", "นำทาง", None),
]


class Command(BaseCommand):
    help = (
        "Load the demo agencies, units and users (idempotent). Demo passwords are for demos only."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        # Demo cases would mail the demo officers; nobody reads those, so send nothing.
        quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with quiet:
            with transaction.atomic():
                logins = self._load()
            # The mail and printing the demo queued run after the commit, still sending nothing.
            wait_for_threads()
        self.stdout.write(self.style.SUCCESS("Demo loaded."))
        self.stdout.write("Demo logins — FOR THE DEMO ONLY, never on a real server:")
        for username, where in logins:
            self.stdout.write(f"  {username:<18} password demo-{username:<18} {where}")

    def _load(self) -> list[tuple[str, str]]:
        office = self._agency(AREA_OFFICE, parent=None)
        school = self._agency(SEED_SCHOOL, parent=office)
        for data in OTHER_SCHOOLS:
            self._agency(data, parent=office)
        units = self._units(school)
        logins = []
        for role, title, first, last, unit_name in DEMO_PEOPLE:
            user = self._user(str(role), title, first, last)
            Membership.objects.update_or_create(
                user=user,
                agency=school,
                role=role,
                defaults={"unit": units.get(unit_name) if unit_name else None},
            )
            logins.append((str(role), school.slug))
        supervisor = self._user(Role.SUPERVISOR, "นาง", "กำกับ", "ดูแลดี")
        Membership.objects.update_or_create(user=supervisor, agency=office, role=Role.SUPERVISOR)
        logins.append((str(Role.SUPERVISOR), office.slug))
        admin = self._user("admin", "", "ผู้ดูแล", "ระบบ")
        admin.is_superuser = admin.is_staff = True
        admin.save(update_fields=["is_superuser", "is_staff"])
        logins.append(("admin", "— (site administrator; sets up two-step sign-in at first login)"))

        for step in demo.steps():
            step.run(school, self.stdout.write)
        return logins

    def _agency(self, data: dict[str, Any], parent: Agency | None) -> Agency:
        agency, _created = Agency.objects.update_or_create(
            slug=data["slug"], defaults={**data, "parent": parent, "is_active": True}
        )
        return agency

    def _units(self, agency: Agency) -> dict[str, Unit]:
        units: dict[str, Unit] = {}
        for order, (name, name_en, sections) in enumerate(SCHOOL_UNITS, start=1):
            division, _created = Unit.objects.update_or_create(
                agency=agency,
                name_th=name,
                defaults={"name_en": name_en, "kind": Unit.Kind.DIVISION, "order": order},
            )
            units[name] = division
            for sub_order, (section_name, section_en) in enumerate(sections, start=1):
                section, _created = Unit.objects.update_or_create(
                    agency=agency,
                    name_th=section_name,
                    defaults={
                        "name_en": section_en,
                        "kind": Unit.Kind.SECTION,
                        "parent": division,
                        "order": sub_order,
                    },
                )
                units[section_name] = section
        return units

    def _user(self, username: str, title: str, first: str, last: str) -> User:
        user, _created = User.objects.update_or_create(
            username=username,
            defaults={
                "title": title,
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.prongsai.invalid",
                "is_active": True,
            },
        )
        user.set_password(f"demo-{username}")
        user.save(update_fields=["password"])
        return user
