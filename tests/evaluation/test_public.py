"""The public HR pages: criteria as published, results as counts only (groups under five
suppressed), and the OIT items they answer."""

import pytest
from django.urls import reverse

from prongsai.agencies.evidence import build_generated, key_for_title
from prongsai.agencies.roles import Role
from prongsai.evaluation import actions, queries
from prongsai.evaluation.models import StaffType
from tests.evaluation.helpers import open_round, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr_criteria"),  # O25 of 2566, O23 of 2567
        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "hr_report"),  # O26 of 2566
        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "hr_report"),  # 2569
    ],
)
def test_the_shipped_titles_map_to_our_pages(title, key):
    assert key_for_title(title) == key


def test_the_policy_items_are_not_ours():
    assert key_for_title("นโยบายการบริหารทรัพยากรบุคคล") != "hr_criteria"


def test_distribution_suppresses_small_groups():
    rows = [(StaffType.TEACHER, "good")] * 5 + [(StaffType.CONTRACT, "fair")] * 2
    shown = queries.distribution(rows)
    teacher, contract = shown["groups"]
    assert teacher["size"] == 5
    assert teacher["counts"][2] == 5
    assert contract["size"] is None
    assert contract["counts"] is None
    assert shown["total"] == 7
    assert shown["counts"] is None  # 7 − 5 teachers would give the two contract staff's levels
    assert queries.distribution(rows[:3])["total"] is None


def test_the_total_shows_levels_when_the_hidden_together_are_a_group():
    rows = (
        [(StaffType.TEACHER, "good")] * 5
        + [(StaffType.CONTRACT, "fair")] * 3
        + [(StaffType.PERMANENT_EMPLOYEE, "good")] * 2
    )
    shown = queries.distribution(rows)
    assert shown["counts"][2] == 7
    assert shown["counts"][3] == 3


def test_the_public_report_has_counts_and_no_names(client, school):
    found, who = open_round(school)
    teachers = [member(school, Role.STAFF) for _n in range(5)]
    actions.set_staff_types(agency=school, types={u.pk: StaffType.TEACHER for u in teachers})
    actions.add_participants(round_=found, chosen=[(u, who["head"]) for u in teachers])
    through_scoring(found, who)
    from tests.evaluation.helpers import all_levels, assessment_of

    for user in teachers:
        item = assessment_of(found, user)
        actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
        actions.score_assessment(
            assessment=item, by=who["head"], scores=all_levels(item), comment=""
        )
    address = reverse("evaluation:hr_report", kwargs={"agency": school.slug, "year": 2567})
    six = '<td class="num">6</td>'  # six teachers assessed
    assert six not in client.get(address).content.decode()  # the round is still open
    assert build_generated("hr_report", school, 2567) is None
    actions.close_round(round_=found)
    page = client.get(address)
    text = page.content.decode()
    assert page.status_code == 200
    assert who["teacher"].last_name not in text
    assert six in text
    generated = build_generated("hr_report", school, 2567)
    assert generated is not None
    assert generated.url.endswith("/hr/2567/")


def test_the_public_criteria_page_once_published(client, school):
    found, _who = open_round(school, publish=False)
    address = reverse("evaluation:hr_criteria", kwargs={"agency": school.slug, "year": 2567})
    assert "องค์ประกอบที่ 1" not in client.get(address).content.decode()
    assert build_generated("hr_criteria", school, 2567) is None
    actions.publish_round(round_=found)
    assert "องค์ประกอบที่ 1" in client.get(address).content.decode()
    assert build_generated("hr_criteria", school, 2567).url == address


def test_an_implausible_year_is_404(client, school):
    address = reverse("evaluation:hr_report", kwargs={"agency": school.slug, "year": 12})
    assert client.get(address).status_code == 404


def test_the_hr_pages_have_an_address_without_a_year_and_a_menu_link_once_published(client, school):
    latest = reverse("evaluation:hr_latest", kwargs={"agency": school.slug})
    home = reverse("agencies:home", kwargs={"agency": school.slug})
    assert f'href="{latest}"' not in client.get(home).content.decode()
    found, _who = open_round(school)  # criteria published
    response = client.get(latest)
    assert response.status_code == 302
    assert response["Location"].endswith("/hr/2567/")
    assert f'href="{latest}"' in client.get(home).content.decode()
    assert found.published_on is not None


def test_other_years_lists_only_the_years_you_are_not_on(client, school):
    from prongsai.evaluation import actions as evaluation_actions

    open_round(school)
    director = member(school, Role.DIRECTOR)
    evaluation_actions.open_round(agency=school, year=2566, number=1, by=director)

    def page(year):
        address = reverse("evaluation:hr_report", kwargs={"agency": school.slug, "year": year})
        return client.get(address).content.decode()

    def link(year):
        return f'href="/{school.slug}/hr/{year}/"'

    on_2567 = page(2567)
    assert link(2566) in on_2567
    assert link(2567) not in on_2567
    on_2566 = page(2566)
    assert link(2567) in on_2566
    assert link(2566) not in on_2566
