"""The back office's reads: a person excluded from a case finds it in no list (case list, its
counts, to-do)."""

from datetime import date

import pytest

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import Asker
from prongsai.complaints import actions, queries
from prongsai.complaints.todo import complaint_todo
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_an_excluded_officer_finds_the_case_in_no_list(school, filed):
    complaint, _receipt = filed
    named = member(school, Role.COMPLAINT_OFFICER)
    other = member(school, Role.COMPLAINT_OFFICER)
    complaint.excluded.add(named)
    today = date.today()
    assert [row["case"] for row in queries.case_rows(school, other, status="", today=today)] == [
        complaint
    ]
    assert queries.case_rows(school, named, status="", today=today) == []
    roles = frozenset({Role.COMPLAINT_OFFICER})
    assert complaint_todo(Asker(user=other, agency=school, roles=roles, today=today))
    assert not complaint_todo(Asker(user=named, agency=school, roles=roles, today=today))
    assert named not in queries.assignable_officers(school, complaint)
    # Nor do the list's header counts betray it.
    assert queries.case_counts(school, other, today=today)["new"] == 1
    assert queries.case_counts(school, named, today=today) == {"open": 0, "new": 0, "overdue": 0}


def test_the_case_list_filters_by_status(school, filed):
    complaint, _receipt = filed
    officer = member(school, Role.COMPLAINT_OFFICER)
    actions.acknowledge(complaint=complaint, by=officer)
    today = date.today()
    assert queries.case_rows(school, officer, status="new", today=today) == []
    assert len(queries.case_rows(school, officer, status="acknowledged", today=today)) == 1
    assert len(queries.case_rows(school, officer, status="nonsense", today=today)) == 1
