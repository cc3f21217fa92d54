"""The service statistics are read by the API from a queries module, never from a views module."""

import ast
from pathlib import Path

import prongsai

PACKAGE = Path(prongsai.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_services_api_imports_no_views_module() -> None:
    names = _imports(PACKAGE / "api" / "services.py")
    views = {name for name in names if name.startswith("prongsai.") and "views" in name}
    assert not views, f"api/services.py imports {views}"


def test_the_dashboard_modules_stay_under_500_lines() -> None:
    for name in ("dashboard_views", "dashboard_downloads", "dashboard_charts", "statistics"):
        lines = (PACKAGE / "services" / f"{name}.py").read_text(encoding="utf-8").count("\n")
        assert lines <= 500, f"services/{name}.py has {lines} lines"
