"""The body of a news item as clean HTML: a small set of tags, no scripts, no inline styles, no
event attributes, links only to http(s), mailto and tel. Text typed without tags becomes
paragraphs; HTML pasted from Word is cleaned (its spans, classes and styles dropped), not refused.
"""

import html
import re

import nh3

TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"}
ATTRIBUTES = {"a": {"href", "title"}}
SCHEMES = {"http", "https", "mailto", "tel"}
_TAG = re.compile(r"<[a-zA-Z!/]")
_BLANK_LINES = re.compile(r"\n\s*\n")
# Word's conditional comments and XML islands, whose text nh3 would otherwise keep.
_WORD_JUNK = re.compile(r"<!\[if[^>]*>.*?<!\[endif\]>|<xml>.*?</xml>", re.DOTALL | re.IGNORECASE)


def _paragraphs(text: str) -> str:
    parts = [part.strip() for part in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    return "".join(
        "<p>" + html.escape(part).replace("\n", "<br>") + "</p>" for part in parts if part
    )


def clean_html(text: str) -> str:
    """The body as it is stored and shown."""
    text = (text or "").strip()
    if not text:
        return ""
    if not _TAG.search(text):
        text = _paragraphs(text)
    text = _WORD_JUNK.sub("", text)
    cleaned = nh3.clean(
        text,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        clean_content_tags={"script", "style", "title", "head"},
    )
    return cleaned.strip()


def plain_text(body: str) -> str:
    """The words of the body without tags (search, summaries, share text)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", body or "")).strip()
