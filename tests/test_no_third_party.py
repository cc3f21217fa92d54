"""No CDN fonts, scripts or trackers: every asset a page loads comes from our own static files."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "prongsai"
EXTERNAL = re.compile(r"""(src|href)\s*=\s*["'](https?:)?//""", re.IGNORECASE)


def test_templates_load_nothing_from_other_origins():
    offenders = []
    for template in ROOT.glob("**/templates/**/*.html"):
        for number, line in enumerate(template.read_text(encoding="utf-8").splitlines(), 1):
            if EXTERNAL.search(line):
                offenders.append(f"{template.relative_to(ROOT)}:{number}")
    assert offenders == []


def test_css_fonts_are_shipped():
    css = (ROOT / "static" / "css" / "site.css").read_text(encoding="utf-8")
    for url in re.findall(r"url\(\"?([^\")]+)", css):
        assert not url.startswith(("http:", "https:", "//")), url
        assert (ROOT / "static" / "css" / url).resolve().exists(), url
    assert (ROOT / "static" / "vendor" / "fonts" / "sarabun" / "OFL.txt").exists()
