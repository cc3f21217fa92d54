"""The pages as each person sees them: the director opens a round, publishes it and records a
meeting; a teacher self-assesses with evidence; the assessor scores; the teacher acknowledges.
Nobody else sees anyone's scores (404)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.evaluation.models import Assessment, Evidence, Round, StaffType
from tests.conftest import login
from tests.evaluation.helpers import all_levels, assessment_of, open_round, people, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"evaluation:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_the_director_opens_a_round_for_chosen_staff(client, school):
    director, head, teacher, _other = people(school)
    login(client, director)
    response = client.post(url("round_new", school), {"year": "๒๕๖๗", "number": "2"})
    found = Round.objects.get(agency=school)
    assert (found.year, found.number) == (2567, 2)
    assert response["Location"] == url("round_detail", school, pk=found.pk)
    page = client.get(response["Location"]).content.decode()
    assert "1 เม.ย. 2567" in page or "1 April" in page or "2567" in page
    response = client.post(
        url("round_participants", school, pk=found.pk),
        {f"p{teacher.pk}": str(head.pk), f"p{head.pk}": str(head.pk)},
    )
    assert response.status_code == 200  # the head cannot assess themselves
    assert not Assessment.objects.filter(round=found).exists()
    response = client.post(
        url("round_participants", school, pk=found.pk), {f"p{teacher.pk}": str(head.pk)}
    )
    assert response.status_code == 302
    assert Assessment.objects.get(round=found).assessor == head
    client.post(url("round_publish", school, pk=found.pk))
    client.post(
        url("round_meeting", school, pk=found.pk),
        {"held_on": "03/04/2567", "attended": "12", "notes": "ชี้แจงเกณฑ์"},
    )
    found.refresh_from_db()
    assert found.published_on is not None
    assert found.meetings.get().attended == 12


def test_a_meeting_with_a_bad_date_keeps_what_was_typed(client, school):
    found, who = open_round(school)
    login(client, who["director"])
    response = client.post(
        url("round_meeting", school, pk=found.pk),
        {"held_on": "31/02/2567", "attended": "12", "notes": "ชี้แจงเกณฑ์"},
    )
    assert response.status_code == 200
    assert "ชี้แจงเกณฑ์" in response.content.decode()
    assert not found.meetings.exists()


def test_the_template_form_says_by_how_much_weights_are_off(client, school):
    director, *_rest = people(school)
    login(client, director)
    page = client.get(url("template_edit", school, staff_type="contract"))
    assert page.status_code == 200
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data["c1_weight"] = "50"
    response = client.post(url("template_edit", school, staff_type="contract"), data)
    assert response.status_code == 200
    assert "10" in response.content.decode()
    data["c1_weight"] = "60"
    data["c1_i4_name"] = "งานพิเศษ"
    data["c1_i4_weight"] = "10"
    data["c1_i1_weight"] = "10"
    response = client.post(url("template_edit", school, staff_type="contract"), data)
    assert response.status_code == 302


def test_criteria_are_read_by_every_staff_member_once_published(client, school):
    found, _who = open_round(school, publish=False)
    colleague = member(school, Role.ASSET_OFFICER)
    login(client, colleague)
    assert client.get(url("criteria", school, pk=found.pk)).status_code == 404
    found.published_on = found.opened_at.date()
    found.save()
    page = client.get(url("criteria", school, pk=found.pk))
    assert page.status_code == 200
    assert "องค์ประกอบที่ 1" in page.content.decode()


def test_a_teacher_self_assesses_with_evidence_then_sends(client, school):
    found, who = open_round(school)
    item = assessment_of(found, who["teacher"])
    login(client, who["teacher"])
    levels = {f"s{key.replace('.', '_')}": str(v) for key, v in all_levels(item, 3).items()}
    response = client.post(url("self_assess", school, pk=found.pk), {**levels, "save": "1"})
    assert response.status_code == 302
    bad = SimpleUploadedFile("plan.pdf", b"not a pdf at all", content_type="application/pdf")
    client.post(
        url("evidence_add", school, pk=found.pk),
        {"indicator": "1.2", "title": "แผนการสอน", "file": bad},
    )
    assert not Evidence.objects.exists()
    client.post(
        url("evidence_add", school, pk=found.pk),
        {"indicator": "1.2", "title": "คลิปการสอน", "link": "https://example.org/clip"},
    )
    assert Evidence.objects.get().link == "https://example.org/clip"
    response = client.post(url("self_assess", school, pk=found.pk), {**levels, "submit": "1"})
    item.refresh_from_db()
    assert item.status == Assessment.Status.SUBMITTED


def test_the_assessor_scores_and_the_teacher_acknowledges(client, school):
    found, who = open_round(school)
    item = assessment_of(found, who["teacher"])
    login(client, who["teacher"])
    levels = {f"s{key.replace('.', '_')}": "4" for key in all_levels(item)}
    levels["s2_1"] = "5"
    client.post(url("self_assess", school, pk=found.pk), {**levels, "submit": "1"})
    client.logout()
    login(client, who["head"])
    out_of_scale = {**levels, "s2_1": "9"}
    response = client.post(url("score", school, pk=item.pk), {**out_of_scale, "note": "ดีมาก"})
    assert response.status_code == 200
    response = client.post(url("score", school, pk=item.pk), {**levels, "note": "ดีมาก"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.total, item.result) == (100, "outstanding")
    client.logout()
    login(client, who["teacher"])
    page = client.get(url("mine", school, pk=found.pk)).content.decode()
    assert "100" in page
    client.post(url("acknowledge", school, pk=found.pk), {"agree": "no", "reason": ""})
    item.refresh_from_db()
    assert item.status == Assessment.Status.ASSESSED
    client.post(url("acknowledge", school, pk=found.pk), {"agree": "yes"})
    item.refresh_from_db()
    assert item.status == Assessment.Status.ACKNOWLEDGED


def test_nobody_else_sees_anyones_scores(client, school, other_school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    pages = [url("assessment", school, pk=item.pk), url("score", school, pk=item.pk)]
    # the other teacher, another unit head, the ITA officer: 404 or refused by role
    for outsider in (
        who["other"],
        member(school, Role.UNIT_HEAD),
        member(school, Role.ITA_OFFICER),
    ):
        login(client, outsider)
        for page in pages:
            assert client.get(page).status_code in (403, 404), (outsider, page)
        client.logout()
    login(client, who["other"])
    own = client.get(url("mine", school, pk=found.pk)).content.decode()
    assert str(item.total) not in own
    client.logout()
    # the person cannot score themselves, even as a unit head
    head_item = assessment_of(found, who["head"])
    login(client, who["head"])
    assert client.get(url("score", school, pk=head_item.pk)).status_code == 403
    assert client.get(url("assessment", school, pk=item.pk)).status_code == 200
    client.logout()
    login(client, who["director"])
    assert client.get(url("assessment", school, pk=item.pk)).status_code == 200
    client.logout()
    # another agency's director
    login(client, member(other_school, Role.DIRECTOR))
    assert client.get(url("assessment", school, pk=item.pk)).status_code == 404


def test_staff_types_are_set_by_the_director(client, school):
    director = member(school, Role.DIRECTOR)
    teacher = member(school, Role.STAFF)
    login(client, director)
    response = client.post(url("staff_types", school), {f"p{teacher.pk}": "contract"})
    assert response.status_code == 302
    from prongsai.evaluation import queries

    assert queries.staff_types(school)[teacher.pk] == StaffType.CONTRACT


@pytest.mark.parametrize("extra", [0, 15])
def test_query_counts_stay_bounded(client, school, extra, django_assert_max_num_queries):
    found, who = open_round(school)
    from prongsai.evaluation import actions

    more = [member(school, Role.STAFF) for _n in range(extra)]
    actions.set_staff_types(agency=school, types={u.pk: StaffType.CONTRACT for u in more})
    actions.add_participants(round_=found, chosen=[(u, who["head"]) for u in more])
    through_scoring(found, who)
    login(client, who["director"])
    with django_assert_max_num_queries(20):
        assert client.get(url("round_detail", school, pk=found.pk)).status_code == 200
    client.logout()
    login(client, who["head"])
    with django_assert_max_num_queries(15):
        assert client.get(url("home", school)).status_code == 200


def test_the_assessor_records_a_refusal_to_sign(client, school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    login(client, who["head"])
    address = url("refusal", school, pk=item.pk)
    response = client.post(address, {"informed_on": "02/04/2567", "witness": ""})
    assert response.status_code == 200
    assert "02/04/2567" in response.content.decode()
    response = client.post(address, {"informed_on": "02/04/2567", "witness": "นางพยาน ใจดี"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == Assessment.Status.REFUSED
    client.logout()
    login(client, who["teacher"])
    page = client.get(url("mine", school, pk=found.pk)).content.decode()
    assert "นางพยาน ใจดี" in page


def test_the_director_reads_the_distribution_of_a_round(client, school):
    found, who = open_round(school)
    item = through_scoring(found, who, level=3)
    from prongsai.evaluation import actions

    actions.acknowledge_result(assessment=item, agree=False, reason="ขอทบทวน")
    login(client, who["director"])
    response = client.get(url("round_detail", school, pk=found.pk))
    summary = response.context["summary"]
    assert (summary["assessed"], summary["acknowledged"], summary["disagreed"]) == (1, 1, 1)
    assert summary["groups"][0]["counts"] == [0, 0, 1, 0, 0]  # one "good", nothing suppressed


def test_only_the_director_reopens(client, school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    address = url("reopen", school, pk=item.pk)
    login(client, who["head"])
    assert client.post(address, {"reason": "x"}).status_code == 403
    client.logout()
    login(client, who["director"])
    assert client.post(address, {"reason": ""}).status_code == 200
    assert client.post(address, {"reason": "หลักฐานไม่ครบ"}).status_code == 302
    item.refresh_from_db()
    assert item.status == Assessment.Status.SELF


def test_a_missing_level_is_shown_by_its_indicator_under_its_own_name(client, school):
    """The user walk: errors numbered 1.9 while the form says "2.1 …" (the standard's own
    numbering); now each error sits by its field and names the indicator as the form does."""
    found, who = open_round(school)
    login(client, who["teacher"])
    address = reverse("evaluation:self_assess", kwargs={"agency": school.slug, "pk": found.pk})
    page = client.post(address, {"s1_1": "2", "note": "ร่าง", "submit": "1"})
    text = page.content.decode()
    assert page.status_code == 200
    assert "กรุณาเลือกระดับของ “2.1 จัดทำข้อมูลสารสนเทศของผู้เรียนและรายวิชา”" in text
    assert "ตัวชี้วัด 1.9" not in text
    assert "ร่าง" in text  # nothing typed is lost
