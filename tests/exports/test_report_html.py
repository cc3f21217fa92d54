"""The report's HTML (print and web variants) and the PDF entry point's failure without Chromium.

No browser here: these render the template only.
"""

import re

import pytest

from prongsai.exports import pdf as pdf_module
from prongsai.exports.pdf import STATIC_DIR, html_to_pdf
from prongsai.measures.report_html import render_report_html
from prongsai.measures.thaibreak import ZWSP
from tests.exports import seed_document, small_document


def test_print_html_inlines_css_and_points_fonts_at_files():
    html = render_report_html(small_document(), web=False)
    assert "<style>" in html
    assert "@page" in html
    assert "counter(page, thai)" in html
    assert f'<base href="{(STATIC_DIR / "css").as_uri()}/">' in html
    assert "../vendor/fonts/sarabun/Sarabun-Regular.ttf" in html
    assert (STATIC_DIR / "vendor" / "fonts" / "sarabun" / "Sarabun-Regular.ttf").exists()
    assert "<link" not in html


def test_web_html_links_the_stylesheet_and_is_csp_clean():
    html = render_report_html(small_document(), web=True)
    assert re.search(r'<link rel="stylesheet" href="/static/css/report\.css"', html)
    assert "<style" not in html
    assert " style=" not in html
    assert "<script" not in html
    assert "file://" not in html


def test_long_words_get_break_opportunities_and_no_zwsp():
    html = render_report_html(small_document(), web=False)
    assert "ประ<wbr>ชา<wbr>สัม<wbr>พันธ์" in html
    assert ZWSP not in html
    # Thai must never be cut mid-syllable by the CSS.
    assert not re.search(r"overflow-wrap:\s*anywhere\s*[;}]", html)
    assert not re.search(r"word-break:\s*break-all", html)


def test_cells_show_the_thai_numbering_and_escape_text():
    doc = small_document()
    doc.measures[0].rows[0].summary.items = ["<b>ตัวหนา</b> & น้ำ"]
    html = render_report_html(doc, web=False)
    assert '<span class="num">๑)</span> <span class="txt">ตรวจคุณภาพน้ำ</span>' in html
    assert '<span class="num">๒.</span> <span class="txt">ปี่ใช้ได้</span>' in html
    assert "&lt;b&gt;ตัวหนา&lt;/b&gt; &amp; น้ำ" in html
    assert "<b>ตัวหนา</b>" not in html


def test_seed_structure():
    doc = seed_document()
    html = render_report_html(doc, web=False)
    assert html.count('<table class="measure-table">') == len(doc.measures)
    assert html.count("<thead>") == len(doc.measures)
    assert html.count("<tr>") == len(doc.measures) + sum(len(m.rows) for m in doc.measures)
    assert '<section class="cover"' in html
    assert html.index('<section class="cover"') < html.index('<h1 class="title">')


def test_missing_chromium_says_so_in_thai_and_english(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(RuntimeError) as error:
        html_to_pdf("<p>ก</p>")
    message = str(error.value)
    assert "ไม่พบโปรแกรม Chromium" in message
    assert "Chromium is not at" in message
    assert "apt-get install chromium" in message
    assert pdf_module.chromium_path() == str(tmp_path / "no-chromium")
