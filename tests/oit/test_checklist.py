import io
import json
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.measures import actions as measures
from prongsai.oit import actions
from prongsai.oit.models import Answer, Checklist, Evidence, Item
from prongsai.oit.queries import default_checklist, item_states, oit_score
from tests.conftest import login
from tests.factories import UnitFactory, member
from tests.measures.conftest import SEED

pytestmark = pytest.mark.django_db
TODAY = date(2023, 9, 30)


def test_the_2566_lists_ship_complete():
    for scheme in ("nacc", "obec_school"):
        checklist = Checklist.objects.get(year=2566, scheme=scheme, owner=None)
        codes = list(checklist.items.order_by("order").values_list("code", flat=True))
        assert codes == [f"O{n}" for n in range(1, 44)]
    o43 = Item.objects.get(checklist__scheme="obec_school", checklist__year=2566, code="O43")
    assert o43.generator == "measures_report"
    assert o43.subindicator == "10.2"
    assert o43.requirements
    assert (
        Item.objects.get(checklist__scheme="nacc", checklist__year=2566, code="O13").window
        == "previous"
    )
    assert (
        Item.objects.get(checklist__scheme="nacc", checklist__year=2569, code="O26").generator
        == "measures_report"
    )


def test_a_school_answers_the_obec_list_and_an_office_may_replace_it(office, school):
    assert default_checklist(school, 2566).scheme == "obec_school"
    assert default_checklist(office, 2566).scheme == "nacc"
    own = actions.copy_checklist(source=default_checklist(school, 2566), owner=office, year=2566)
    assert default_checklist(school, 2566).owner is None  # not published yet
    actions.publish_checklist(checklist=own)
    assert default_checklist(school, 2566) == own
    assert own.items.count() == 43


def states_by_code(school):
    return {state.item.code: state for state in item_states(school, 2566, TODAY)}


def test_generated_evidence_appears_once_the_module_publishes(school):
    assert states_by_code(school)["O43"].status == "missing"
    plan = measures.import_plan(
        agency=school,
        year=2566,
        document=__import__("prongsai.measures.importing", fromlist=["x"]).read_report(
            SEED.name, SEED.read_bytes()
        ),
        replace=False,
    )
    measures.publish_report(plan=plan, kind="full", actor=None)
    state = states_by_code(school)["O43"]
    assert state.evidence[0].url == "/our-school/measures/2566/?kind=full"
    assert state.status == "draft"


def test_status_problems_and_score(school):
    item = default_checklist(school, 2566).items.get(code="O7")  # news: current year
    answer = actions.answer_for(agency=school, item=item)
    actions.add_link(
        answer=answer, title="ข่าว", url="https://example.com/news", dated_on=date(2022, 1, 5)
    )
    actions.save_answer(
        answer=answer,
        status="published",
        explanation="",
        ticks=[True] * len(item.requirements),
        owner_user=None,
        owner_unit=None,
        due_date=None,
    )
    state = states_by_code(school)["O7"]
    assert state.status == "stale"
    assert [p.kind for p in state.problems] == ["window"]
    assert state.score == 0
    Evidence.objects.filter(answer=answer).update(dated_on=date(2023, 5, 1))
    state = states_by_code(school)["O7"]
    assert (state.status, state.problems, state.score) == ("published", [], 100)
    assert oit_score(item_states(school, 2566, TODAY)) == round(100 / 43, 2)
    Evidence.objects.filter(answer=answer).update(link_ok=False)
    assert states_by_code(school)["O7"].status == "stale"


def test_unticked_components_and_overdue_owner_are_problems(school):
    item = default_checklist(school, 2566).items.get(code="O1")
    answer = actions.answer_for(agency=school, item=item)
    actions.add_link(answer=answer, title="ผัง", url="https://example.com/chart", dated_on=None)
    Answer.objects.filter(pk=answer.pk).update(due_date=date(2023, 9, 1))
    kinds = [p.kind for p in states_by_code(school)["O1"].problems]
    assert kinds == ["ticks", "overdue"]


def test_officer_uploads_versions_and_owner_unit_adds_evidence(client, school):
    officer = member(school, Role.ITA_OFFICER)
    login(client, officer)
    kwargs = {"agency": school.slug, "year": 2566, "code": "O11"}
    file_url = reverse("oit:staff_item_file", kwargs=kwargs)
    response = client.post(
        file_url,
        {
            "file-title": "แผนปฏิบัติการ 2566",
            "file-dated_on": "2022-10-20",
            "file-file": SimpleUploadedFile("plan.pdf", b"%PDF-1.4 v1"),
        },
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get(kind="file")
    client.post(
        reverse(
            "oit:staff_evidence_version",
            kwargs={"agency": school.slug, "year": 2566, "code": "O11", "pk": evidence.pk},
        ),
        {"file": SimpleUploadedFile("plan-v2.pdf", b"%PDF-1.4 v2")},
    )
    assert list(evidence.versions.values_list("version", flat=True)) == [2, 1]
    bad = client.post(
        file_url, {"file-title": "x", "file-file": SimpleUploadedFile("a.exe", b"MZ")}
    )
    assert bad.context["file_form"].errors["file"]

    unit = UnitFactory(agency=school)
    client.post(
        reverse("oit:staff_item_answer", kwargs=kwargs), {"status": "draft", "owner_unit": unit.pk}
    )
    client.logout()
    teacher = member(school, Role.STAFF)
    teacher.memberships.update(unit=unit)
    login(client, teacher)
    link_url = reverse("oit:staff_item_link", kwargs=kwargs)
    added = client.post(link_url, {"link-title": "ลิงก์", "link-url": "https://example.com/x"})
    assert added.status_code == 302
    other = member(school, Role.STAFF)
    client.logout()
    login(client, other)
    refused = client.post(link_url, {"link-title": "ลิงก์", "link-url": "https://example.com/y"})
    assert refused.status_code == 403


def test_a_supervisor_reads_a_school_checklist(client, office, school):
    login(client, member(office, Role.SUPERVISOR))
    response = client.get(
        reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    )
    assert response.status_code == 200
    assert "O43" in response.content.decode()
    assert response.context["can_edit"] is False


def test_checklist_page_query_count_is_bounded(client, school, django_assert_max_num_queries):
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2566})
    first = default_checklist(school, 2566).items.get(code="O1")
    actions.add_link(
        answer=actions.answer_for(agency=school, item=first),
        title="หนึ่ง",
        url="https://example.com/one",
        dated_on=None,
    )
    # A fixed base, plus one query per module page that answers an item of the list (each
    # builder answers in one query), whatever the evidence.
    generators = {
        item.generator for item in default_checklist(school, 2566).items.all() if item.generator
    }
    with django_assert_max_num_queries(14 + len(generators)) as few:
        client.get(url)
    for item in default_checklist(school, 2566).items.all()[1:21]:
        answer = actions.answer_for(agency=school, item=item)
        for n in range(3):
            actions.add_link(
                answer=answer, title=f"หลักฐาน {n}", url=f"https://example.com/{n}", dated_on=None
            )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_oit_status_command(school):
    out = io.StringIO()
    call_command("oit_status", "--agency", school.slug, "--year", "2566", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert [item["code"] for item in data["items"]][:3] == ["O1", "O2", "O3"]
    assert data["items"][42]["status"] == "missing"
    text = io.StringIO()
    call_command("oit_status", "--agency", school.slug, "--year", "2566", stdout=text)
    assert "O43" in text.getvalue()


def test_link_checks_run_from_reminders_not_on_page_load(school, monkeypatch):
    import urllib.error

    item = default_checklist(school, 2566).items.get(code="O9")
    answer = actions.answer_for(agency=school, item=item)
    good = actions.add_link(answer=answer, title="เพจ", url="https://example.com/ok", dated_on=None)
    dead = actions.add_link(
        answer=answer, title="เพจเก่า", url="https://example.com/gone", dated_on=None
    )

    class Response:
        status = 200

        def __enter__(self):
            return self

        def __exit__(self, *args):
            return False

    def fake_urlopen(request, timeout):
        url = request if isinstance(request, str) else request.full_url
        if url.endswith("/gone"):
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)
        return Response()

    monkeypatch.setattr("urllib.request.urlopen", fake_urlopen)
    assert actions.check_links() == 1
    good.refresh_from_db()
    dead.refresh_from_db()
    assert (good.link_ok, dead.link_ok) == (True, False)
