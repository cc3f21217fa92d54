import io

import pytest
from django.core.management import call_command

from prongsai.accounts.models import User
from prongsai.agencies.access import effective_roles
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import ALL_ROLES, Role

pytestmark = pytest.mark.django_db


def load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_builds_the_office_the_seed_school_and_two_more():
    output = load()
    office = Agency.objects.get(slug="spm-phayao")
    assert office.name_th == "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา"
    school = Agency.objects.get(slug="kamphaeng-wittayakhom")
    assert school.parent == office
    assert office.children.count() == 3
    names = set(Unit.objects.filter(agency=school).values_list("name_th", flat=True))
    assert {"งานธุรการ", "งานประชาสัมพันธ์", "งานเทคโนโลยีสารสนเทศ", "ฝ่ายบริหารงบประมาณ"} <= names
    assert "demo only" in output.lower() or "DEMO ONLY" in output


def test_one_user_per_role_with_the_documented_password():
    output = load()
    school = Agency.objects.get(slug="kamphaeng-wittayakhom")
    for role in ALL_ROLES:
        user = User.objects.get(username=role)
        assert user.check_password(f"demo-{role}")
        assert role in effective_roles(user, school), role
        assert f"demo-{role}" in output
    supervisor = User.objects.get(username="supervisor")
    assert Membership.objects.get(user=supervisor).agency.slug == "spm-phayao"
    assert User.objects.get(username="admin").is_superuser


def test_loading_twice_changes_nothing():
    load()
    counts = (
        Agency.objects.count(),
        Unit.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    User.objects.filter(username=Role.STAFF).update(first_name="แก้ไข")
    load()
    assert counts == (
        Agency.objects.count(),
        Unit.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    assert User.objects.get(username="staff").first_name == "สมใจ"
