"""The gift register in the API, read-only, with the pages' visibility: a teacher their own
gifts, the director and the ITA officer all of the school's, a supervisor the director's gifts
once reported, another agency nothing (404). And the
public ethics API: the code, the years, the year's published ethics activities."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.integrity.ethics_actions import EthicsCodeData, save_ethics_code
from prongsai.integrity.models import CultureActivity
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import add_photo, declare, record_activity

pytestmark = pytest.mark.django_db


def api(name, agency, **kwargs):
    return reverse(f"api:{name}", kwargs={"agency": agency.slug, **kwargs})


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


@pytest.fixture
def gifts(school):
    teacher = member(school, Role.STAFF)
    colleague = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    return {
        "teacher": teacher,
        "director": director,
        "mine": declare(school, teacher, giver_name="นายหนึ่ง"),
        "colleague's": declare(school, colleague, report_now=True),
        "director's reported": declare(school, director, report_now=True),
        "director's unreported": declare(school, director),
    }


def test_a_teacher_gets_only_their_own_gifts(client, school, gifts):
    login(client, gifts["teacher"])
    assert ids(client.get(api("gift_list", school))) == {gifts["mine"].pk}
    [body] = client.get(api("gift_list", school)).json()["results"]
    assert body["giver_name"] == "นายหนึ่ง"
    assert body["status"] == "to_report"


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.ITA_OFFICER])
def test_the_director_and_the_ita_officer_get_all_of_the_schools(client, school, gifts, role):
    reader = gifts["director"] if role == Role.DIRECTOR else member(school, role)
    login(client, reader)
    everything = {gift.pk for key, gift in gifts.items() if key not in ("teacher", "director")}
    assert ids(client.get(api("gift_list", school))) == everything


def test_the_supervisor_gets_the_directors_reported_gifts_only(client, school, office, gifts):
    login(client, member(office, Role.SUPERVISOR))
    assert ids(client.get(api("gift_list", school))) == {gifts["director's reported"].pk}


def test_another_agency_and_anonymous_get_nothing(client, school, other_school, gifts):
    assert client.get(api("gift_list", school)).status_code in (401, 403)
    login(client, member(other_school, Role.DIRECTOR))
    assert client.get(api("gift_list", school)).status_code == 404


def test_the_list_filters_by_status_and_year_and_is_read_only(client, school, gifts):
    login(client, gifts["director"])
    reported = client.get(api("gift_list", school), {"status": "reported"})
    assert ids(reported) == {gifts["colleague's"].pk, gifts["director's reported"].pk}
    assert ids(client.get(api("gift_list", school), {"year": "2500"})) == set()
    assert client.post(api("gift_list", school), {}).status_code == 405
    assert client.delete(api("gift_list", school)).status_code == 405


def test_the_list_answers_in_few_queries(client, school, django_assert_max_num_queries):
    director = member(school, Role.DIRECTOR)
    for number in range(12):
        declare(school, member(school, Role.STAFF), giver_name=f"ผู้ให้ {number}")
    login(client, director)
    with django_assert_max_num_queries(12):
        assert len(ids(client.get(api("gift_list", school)))) == 12


def test_the_public_ethics_api(client, school):
    officer = member(school, Role.ITA_OFFICER)
    assert client.get(api("ethics", school)).json()["code"] is None
    save_ethics_code(
        agency=school, by=officer, data=EthicsCodeData(title="ประมวลจริยธรรม", body="ก\nข")
    )
    shown = record_activity(school, held_on=date(2024, 12, 1), published=True, title="อบรม")
    hidden = record_activity(school, held_on=date(2024, 12, 2), title="ร่าง")
    no_gift = record_activity(school, held_on=date(2024, 12, 3), published=True, title="No Gift")
    CultureActivity.objects.filter(pk__in=[shown.pk, hidden.pk]).update(programme="ethics")
    photo = add_photo(shown, alt_text="ภาพการอบรม")
    body = client.get(api("ethics", school)).json()
    assert body["code"]["paragraphs"] == ["ก", "ข"]
    assert body["code"]["source_pdf"] is None
    assert 2568 in body["years"]
    year = client.get(api("ethics_year", school, year=2568)).json()
    assert [row["title"] for row in year["activities"]] == ["อบรม"]
    assert no_gift.title not in str(year)
    url = year["activities"][0]["photos"][0]["url"]
    assert url == reverse(
        "integrity:ethics_photo", kwargs={"agency": school.slug, "pk": shown.pk, "photo": photo.pk}
    )
    assert client.get(url).status_code == 200
