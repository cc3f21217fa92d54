"""Adding and deleting rows of the plan (issue #11): "add a row" opens a form and the row exists
only once saved with content; deleting asks first, without JavaScript."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.measures import actions
from prongsai.measures.models import MeasureRow, ProgressUpdate
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db

YEAR = 2566


def url(name, school, **kwargs):
    return reverse(f"measures:{name}", kwargs={"agency": school.slug, **kwargs})


@pytest.fixture
def officer_client(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    return client


@pytest.fixture
def measure(seed_plan):
    return seed_plan.measures.get(number=1)


def test_add_a_row_opens_a_form_and_saves_nothing_until_there_is_content(
    officer_client, school, measure
):
    add = url("staff_row_add", school, year=YEAR, pk=measure.pk)
    plan_page = officer_client.get(url("staff_plan", school, year=YEAR)).content.decode()
    assert f'href="{add}"' in plan_page  # a link: opening it changes nothing
    before = MeasureRow.objects.count()
    page = officer_client.get(add)
    assert page.status_code == 200
    assert 'name="steps"' in page.content.decode()
    assert MeasureRow.objects.count() == before

    blank = officer_client.post(add, {"steps": "", "outcome": " ", "due_text": ""})
    assert blank.status_code == 400
    assert blank.context["form"].non_field_errors() == [str(actions.BLANK_NEW_ROW_MESSAGE)]
    assert MeasureRow.objects.count() == before

    last = measure.rows.order_by("-order").first()
    saved = officer_client.post(
        add, {"steps": "ประชุมชี้แจงบุคลากร\nติดตามผล", "due_text": "กันยายน ๒๕๖๖"}
    )
    row = MeasureRow.objects.get(measure=measure, steps=["ประชุมชี้แจงบุคลากร", "ติดตามผล"])
    assert saved.status_code == 302
    assert saved["Location"] == url("staff_plan", school, year=YEAR) + f"#row-{row.pk}"
    assert row.order == last.order + 1
    assert row.due_month == date(2023, 9, 1)
    assert MeasureRow.objects.count() == before + 1


def test_only_the_plan_editors_add_rows(client, school, measure):
    login(client, member(school, Role.STAFF))
    add = url("staff_row_add", school, year=YEAR, pk=measure.pk)
    assert client.get(add).status_code == 403
    assert client.post(add, {"steps": "ขั้นตอน"}).status_code == 403
    assert not MeasureRow.objects.filter(steps=["ขั้นตอน"]).exists()


def test_deleting_a_row_asks_first(officer_client, school, measure):
    row = measure.rows.first()
    actions.record_progress(
        row=row, author=member(school, Role.STAFF), happened_on=date(2023, 1, 5), text="ทำแล้ว"
    )
    delete = url("staff_row_delete", school, year=YEAR, pk=row.pk)
    plan_page = officer_client.get(url("staff_plan", school, year=YEAR)).content.decode()
    assert f'href="{delete}"' in plan_page
    assert f'action="{delete}"' not in plan_page  # no one-click delete on the plan

    page = officer_client.get(delete)
    html = page.content.decode()
    assert page.status_code == 200
    assert row.steps[0] in html
    assert 'name="confirm"' in html
    assert page.context["progress_count"] == 1  # one progress record goes with it
    # A post without the confirmation (an old page, a stray form) only asks again.
    again = officer_client.post(delete)
    assert again.status_code == 200
    assert MeasureRow.objects.filter(pk=row.pk).exists()

    done = officer_client.post(delete, {"confirm": "1"})
    assert done.status_code == 302
    assert done["Location"] == url("staff_plan", school, year=YEAR)
    assert not MeasureRow.objects.filter(pk=row.pk).exists()
    assert not ProgressUpdate.objects.filter(row_id=row.pk).exists()


def test_only_the_plan_editors_delete_rows(client, school, measure):
    row = measure.rows.first()
    login(client, member(school, Role.UNIT_HEAD))
    delete = url("staff_row_delete", school, year=YEAR, pk=row.pk)
    assert client.get(delete).status_code == 403
    assert client.post(delete, {"confirm": "1"}).status_code == 403
    assert MeasureRow.objects.filter(pk=row.pk).exists()
