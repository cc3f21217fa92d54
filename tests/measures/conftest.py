from pathlib import Path

import pytest

from prongsai.measures import actions
from prongsai.measures.importing import read_report

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "measures-report-2566.txt"


@pytest.fixture
def seed_document():
    return read_report(SEED.name, SEED.read_bytes())


@pytest.fixture
def seed_plan(school, seed_document):
    return actions.import_plan(agency=school, year=2566, document=seed_document, replace=False)
