"""Browser tests: Playwright's Python package driving the system's Chromium (never a download)."""

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent.name == "e2e":
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is not at {CHROMIUM}. Install it with `sudo apt-get install chromium` "
            "(make test does this as root) or set CHROMIUM=/path/to/chromium."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


class Visit:
    """A page plus what it tried to fetch from elsewhere and what CSP refused."""

    def __init__(self, page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.foreign_requests: list[str] = []
        self.csp_errors: list[str] = []
        page.on("request", self._on_request)
        page.on("console", self._on_console)

    def _on_request(self, request) -> None:
        if not request.url.startswith((self.base_url, "data:")):
            self.foreign_requests.append(request.url)

    def _on_console(self, message) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            self.csp_errors.append(message.text)

    def go(self, path: str):
        return self.page.goto(self.base_url + path)


def _visit(browser, live_server, viewport) -> Iterator[Visit]:
    context = browser.new_context(viewport=viewport, locale="th-TH")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield Visit(page, live_server.url)
    context.close()


@pytest.fixture
def phone(browser, live_server, demo) -> Iterator[Visit]:
    yield from _visit(browser, live_server, PHONE)


@pytest.fixture
def desktop(browser, live_server, demo) -> Iterator[Visit]:
    yield from _visit(browser, live_server, DESKTOP)


@pytest.fixture
def demo(transactional_db):
    # A transactional test empties every table when it ends, also the shipped OIT lists the data
    # migration loaded: put them back before the demo (which answers the 2566 list).
    call_command("load_oit_checklists", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())


def serious_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA rules; only serious and critical findings count."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
            "resultTypes": ["violations"],
        },
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['nodes'][0]['target']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def sign_in(visit: Visit, username: str) -> None:
    page = visit.page
    visit.go("/accounts/login/")
    page.get_by_label("ชื่อผู้ใช้").fill(username)
    page.get_by_label("รหัสผ่าน").fill(f"demo-{username}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_load_state()
