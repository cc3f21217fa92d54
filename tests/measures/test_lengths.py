"""Finding 3 of issue 10: a cell of 100,000 Thai characters made every report.pdf time out.
Cells now have a maximum length that the row form and the importers state and enforce."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.measures.document import MAX_ITEM_CHARACTERS
from prongsai.measures.importing import read_report
from prongsai.measures.models import MeasureRow
from prongsai.measures.problems import ImportProblem
from tests.conftest import login
from tests.factories import member
from tests.measures.conftest import SEED

pytestmark = pytest.mark.django_db
LONG = "ก" * 100_000


def test_the_row_form_states_and_enforces_the_limit(client, school, seed_plan):
    login(client, member(school, Role.ITA_OFFICER))
    row = MeasureRow.objects.filter(measure__plan=seed_plan).first()
    url = reverse(
        "measures:staff_row_edit", kwargs={"agency": school.slug, "year": 2566, "pk": row.pk}
    )
    assert "2,000" in client.get(url).content.decode()  # stated on the form
    response = client.post(url, {"steps": LONG, "due_text": "กันยายน ๒๕๖๖"})
    assert response.status_code == 200
    assert "เกินกำหนด 2,000 ตัวอักษรต่อข้อ" in response.content.decode()
    row.refresh_from_db()
    assert LONG not in row.steps


def test_the_text_import_names_the_measure_row_and_column():
    text = SEED.read_text(encoding="utf-8")
    first_step = "สร้างวัฒนธรรมการปฏิบัติหน้าที่อย่างมีคุณธรรม"
    assert first_step in text
    content = text.replace(first_step, "ข" * (MAX_ITEM_CHARACTERS + 1), 1).encode("utf-8")
    with pytest.raises(ImportProblem) as problem:
        read_report("report.txt", content)
    message = str(problem.value)
    assert "มาตรการที่ ๑ แถวที่ ๑" in message
    assert "ขั้นตอน/วิธีการปฏิบัติ" in message
    assert "เกินกำหนด 2,000 ตัวอักษรต่อข้อ" in message


def test_the_staff_import_refuses_it_with_the_reason(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    content = SEED.read_text(encoding="utf-8").replace("สร้างวัฒนธรรมการปฏิบัติหน้าที่อย่างมีคุณธรรม", LONG, 1)
    url = reverse("measures:staff_import", kwargs={"agency": school.slug})
    upload = SimpleUploadedFile("report.txt", content.encode("utf-8"))
    response = client.post(url, {"file": upload, "year": 2566})
    assert "ตัวอักษรต่อข้อ" in response.content.decode()
    assert not seed_plan_exists(school)


def seed_plan_exists(school) -> bool:
    from prongsai.measures.models import Plan

    return Plan.objects.filter(agency=school).exists()
