"""Screenshot the main pages on a phone and a desktop, for people to look at (not a test).

Usage: .venv/bin/python scripts/screenshots.py [BASE_URL] — the demo must be loaded and the
site running (make run). PNGs go to var/screenshots/.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent.parent / "var" / "screenshots"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PUBLIC = {
    "home": "/kamphaeng-wittayakhom/",
    "office": "/spm-phayao/",
    "login": "/accounts/login/",
    "measures-public": "/kamphaeng-wittayakhom/measures/2566/",
}
STAFF = {
    "director": {
        "staff-home": "/kamphaeng-wittayakhom/staff/",
        "people": "/kamphaeng-wittayakhom/staff/people/",
        "person-new": "/kamphaeng-wittayakhom/staff/people/new/",
        "units": "/kamphaeng-wittayakhom/staff/units/",
        "import": "/kamphaeng-wittayakhom/staff/people/import/",
    },
    "staff": {"staff-home-staff": "/kamphaeng-wittayakhom/staff/"},
    "ita_officer": {
        "measures-plans": "/kamphaeng-wittayakhom/staff/measures/",
        "measures-plan": "/kamphaeng-wittayakhom/staff/measures/2570/",
        "measures-import": "/kamphaeng-wittayakhom/staff/measures/import/",
    },
    "supervisor": {"below": "/spm-phayao/staff/agencies/"},
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for device, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            for name, path in PUBLIC.items():
                page.goto(BASE + path)
                page.screenshot(path=OUT / f"{name}-{device}.png", full_page=True)
            context.close()
            for username, pages in STAFF.items():
                context = browser.new_context(viewport=viewport)
                page = context.new_page()
                page.goto(BASE + "/accounts/login/")
                page.fill("#id_username", username)
                page.fill("#id_password", f"demo-{username}")
                page.click("main button[type=submit]")
                for name, path in pages.items():
                    page.goto(BASE + path)
                    page.screenshot(path=OUT / f"{name}-{device}.png", full_page=True)
                context.close()
        browser.close()
    print(f"Screenshots in {OUT}")


if __name__ == "__main__":
    main()
