"""The one module shape (docs/architecture.md), checked from the registry — no central list.

A feature module is an app whose AppConfig registers a manifest (`module.py`). For every one:
the skeleton files exist, its views never fetch a model themselves (they go through the gates in
access.py and the reads in queries.py), and it sits in its layer: it imports the platform below
it, never another feature module, oit or the API.
"""

import ast
from functools import cache
from pathlib import Path

import grimp
import pytest

from prongsai.agencies.modules import modules

ROOT = Path(__file__).resolve().parent.parent / "prongsai"
# Above the feature modules: they read the registry and may use every module.
TOP = {"api", "oit"}
# The platform below them (agencies registers its own menu through a manifest too).
PLATFORM = {"agencies", "accounts", "lib"}
SKELETON = ("models.py", "access.py", "actions.py", "queries.py", "urls.py", "module.py")


def feature_modules() -> list[str]:
    return [module.name for module in modules() if module.name not in TOP | PLATFORM]


@cache
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("prongsai")


def test_the_registry_knows_the_feature_modules():
    assert {"measures", "complaints", "services", "manuals"} <= set(feature_modules())


@pytest.mark.parametrize("name", [module.name for module in modules()])
def test_every_module_has_the_skeleton(name):
    folder = ROOT / name
    missing = [file for file in SKELETON if not (folder / file).exists()]
    assert not missing, f"prongsai/{name} lacks {missing}"
    manifest = next(module for module in modules() if module.name == name)
    if manifest.evidence:
        assert (folder / "oit_evidence.py").exists(), f"prongsai/{name}: OIT builders go there"


def _views_modules() -> list[Path]:
    """The views of every registered module (accounts, sign-in, is the platform's own)."""
    return sorted(
        path
        for module in modules()
        for path in (ROOT / module.name).glob("*.py")
        if path.stem == "views" or path.stem.endswith("_views")
    )


def _fetches(path: Path) -> list[str]:
    """Lines where a views module fetches a model itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
            "get_object_or_404",
            "get_list_or_404",
        }:
            found.append(f"{path.name}:{node.lineno} {ast.unparse(node.func)}(…)")
        if isinstance(node, ast.Attribute) and node.attr == "objects":
            found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    return found


@pytest.mark.parametrize(
    "path", _views_modules(), ids=lambda path: f"{path.parent.name}/{path.name}"
)
def test_views_fetch_through_gates_and_queries(path):
    """A view asks access.get_<thing>_for_staff (404/403 in one place) or a queries function;
    a model fetched in a view is a gate someone will forget."""
    assert not _fetches(path), _fetches(path)


@pytest.mark.parametrize("name", feature_modules())
def test_a_feature_module_imports_no_other_module(name):
    others = (set(feature_modules()) - {name}) | TOP
    for other in sorted(others):
        chains = graph().find_shortest_chains(
            importer=f"prongsai.{name}", imported=f"prongsai.{other}", as_packages=True
        )
        assert not chains, f"prongsai.{name} imports prongsai.{other}: {sorted(chains)[:3]}"


@pytest.mark.parametrize("lower", sorted(PLATFORM))
def test_the_platform_imports_no_module(lower):
    for name in sorted(set(feature_modules()) | TOP):
        chains = graph().find_shortest_chains(
            importer=f"prongsai.{lower}", imported=f"prongsai.{name}", as_packages=True
        )
        assert not chains, f"prongsai.{lower} imports prongsai.{name}: {sorted(chains)[:3]}"


def _is_above_rules(module: str) -> bool:
    """Views, forms and the API: what business rules must never reach up to."""
    last = module.rsplit(".", 1)[-1]
    return (
        module.startswith("prongsai.api")
        or last == "views"
        or last.endswith("_views")
        or last == "forms"
        or last.endswith("_forms")
    )


@pytest.mark.parametrize("name", [module.name for module in modules()])
def test_rules_never_reach_up_to_views_forms_or_the_api(name):
    """models, actions, queries (and *_actions) of a module: plain functions testable without
    HTTP. The import-linter contract says the same with wildcards; this also covers the files
    named by their purpose (statistics_views, readiness_forms …)."""
    rules = [
        module
        for module in graph().find_children(f"prongsai.{name}")
        if module.rsplit(".", 1)[-1] in {"models", "actions", "queries"}
        or module.endswith("_actions")
    ]
    for rule in rules:
        reached = {
            found
            for found in graph().find_upstream_modules(rule)
            if found.startswith("prongsai.") and _is_above_rules(found)
        }
        assert not reached, f"{rule} reaches {sorted(reached)}"
