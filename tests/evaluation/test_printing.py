"""A person's appraisal form: the standard parts in Thai numerals, and who may download it."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.evaluation import actions, printing
from tests.conftest import login
from tests.evaluation.helpers import open_round, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_the_form_has_the_summary_the_result_and_the_acknowledgement(school):
    found, who = open_round(school)
    item = through_scoring(found, who, level=3)
    actions.acknowledge_result(assessment=item, agree=False, reason="ขอทบทวน")
    item.refresh_from_db()
    context = printing.form_context(item)
    assert context["total"] == "๗๓.๕๐"
    assert [row["full"] for row in context["summary"]] == ["๘๐", "๑๐", "๑๐"]
    assert ("ดี", True) in context["levels"]
    assert ("ดีมาก", False) in context["levels"]
    html = printing.form_html(item)
    assert "ส่วนที่ ๔ การรับทราบผลการประเมิน" in html
    assert "ขอทบทวน" in html


def test_who_downloads_the_form(client, school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    mine = reverse("evaluation:mine_pdf", kwargs={"agency": school.slug, "pk": found.pk})
    theirs = reverse("evaluation:assessment_pdf", kwargs={"agency": school.slug, "pk": item.pk})
    login(client, who["teacher"])
    assert client.get(mine)["Content-Type"] == "application/pdf"
    client.logout()
    login(client, who["other"])  # the same address gives each person their own form only
    answer = client.get(mine)
    assert answer["Content-Type"] == "application/pdf"
    assert f"-{item.pk}.pdf" not in answer["Content-Disposition"]
    client.logout()
    login(client, member(school, Role.UNIT_HEAD))
    assert client.get(theirs).status_code == 404
    client.logout()
    login(client, who["director"])
    assert client.get(theirs)["Content-Type"] == "application/pdf"
