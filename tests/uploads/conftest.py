from tests.measures.conftest import seed_document, seed_plan  # noqa: F401 -- fixtures
