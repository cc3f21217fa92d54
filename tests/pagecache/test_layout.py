"""The page cache is platform: it reads agencies and accounts, never a feature module, and no
feature module needs to know it (they get fresh pages without doing anything)."""

import pytest

from tests.test_layout import TOP, feature_modules, graph


@pytest.mark.parametrize("name", sorted(set(feature_modules()) | TOP))
def test_the_page_cache_imports_no_module(name):
    chains = graph().find_shortest_chains(
        importer="prongsai.pagecache", imported=f"prongsai.{name}", as_packages=True
    )
    assert not chains, f"prongsai.pagecache imports prongsai.{name}: {sorted(chains)[:3]}"


@pytest.mark.parametrize("name", sorted(set(feature_modules()) | TOP))
def test_no_module_imports_the_page_cache(name):
    chains = graph().find_shortest_chains(
        importer=f"prongsai.{name}", imported="prongsai.pagecache", as_packages=True
    )
    assert not chains, f"prongsai.{name} imports prongsai.pagecache: {sorted(chains)[:3]}"
