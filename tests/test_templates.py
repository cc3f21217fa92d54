"""Template hygiene a reader would notice: a page's title (the browser tab, the search result)
is text, never markup, and each block of a template is closed where it should be."""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "prongsai" / "templates"
TITLE = re.compile(r"{%\s*block title\s*%}(.*?){%\s*endblock(?:\s+title)?\s*%}", re.DOTALL)


def test_every_page_title_is_text():
    wrong = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for title in TITLE.findall(path.read_text(encoding="utf-8")):
            if "<" in title or "\n" in title.strip():
                wrong.append(f"{path.relative_to(TEMPLATES)}: {title[:80]!r}")
    assert wrong == []


def test_no_comment_spans_lines():
    """Django's {# #} comment is one line only: a longer one is printed on the page."""
    wrong = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "{#" in line and "#}" not in line.split("{#", 1)[1]:
                wrong.append(f"{path.relative_to(TEMPLATES)}:{line_number}")
    assert wrong == []
