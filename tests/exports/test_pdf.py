"""PDF printing through Chromium, read back with poppler (pdftotext, pdffonts, pdfinfo).

These need Chromium (/usr/bin/chromium or $CHROMIUM) and poppler-utils; `make test` installs
both as root. They are marked e2e (they drive Chromium through Playwright), so `make test` runs
them and `make test-fast` leaves them out. Without Chromium they fail and say how to install it.
"""

import asyncio
import re
import shutil
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from prongsai.exports import pdf as pdf_module
from prongsai.exports.pdf import chromium_path, html_to_pdf
from prongsai.measures.report_html import report_pdf
from prongsai.measures.thaibreak import ZWSP, numbered_items
from tests.exports import seed_document, small_document

pytestmark = pytest.mark.e2e

SIMPLE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm; }
body { font-family: sans-serif; }
</style></head><body><p>{body}</p></body></html>"""


@pytest.fixture(scope="module", autouse=True)
def _tools():
    if not Path(chromium_path()).exists():
        pytest.fail(
            f"Chromium is not at {chromium_path()}: the PDF tests need it. Install it with "
            "`sudo apt-get install chromium` (make test does this as root) or set "
            "CHROMIUM=/path/to/chromium."
        )
    missing = [tool for tool in ("pdftotext", "pdffonts", "pdfinfo") if not shutil.which(tool)]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: install poppler-utils "
            "(`sudo apt-get install poppler-utils`; make test does this as root)."
        )


def _run(*argv: str) -> str:
    tool = shutil.which(argv[0])
    assert tool, argv[0]
    return subprocess.run(  # noqa: S603 -- fixed argv from the test, no shell
        [tool, *argv[1:]], check=True, capture_output=True, text=True
    ).stdout


def _pdf_file(tmp_path_factory, name: str, content: bytes) -> Path:
    path = tmp_path_factory.mktemp("pdf") / name
    path.write_bytes(content)
    return path


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace(ZWSP, "")


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> Path:
    return _pdf_file(tmp_path_factory, "seed.pdf", report_pdf(seed_document()))


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory) -> Path:
    return _pdf_file(tmp_path_factory, "small.pdf", report_pdf(small_document()))


def test_headings_and_cells_read_back(seed_pdf):
    doc = seed_document()
    layout = _squash(_run("pdftotext", "-layout", str(seed_pdf), "-"))
    raw = _squash(_run("pdftotext", "-raw", str(seed_pdf), "-"))
    assert _squash(doc.title) in layout
    assert _squash(doc.period_line) in layout
    for measure in doc.measures:
        assert _squash(measure.heading) in layout
        for row in measure.rows:
            # With -layout the columns' lines interleave; in the raw (drawing) order a cell's
            # lines follow each other, so each whole cell must be there, numbering included.
            for cell in (row.steps, row.summary, row.outcome):
                shown = "".join(f"{label}{text}" for label, text in numbered_items(cell))
                assert _squash(shown) in raw
            assert _squash(row.responsible) in raw
            assert _squash(row.due) in layout


def test_text_layer_is_clean_thai(seed_pdf, small_pdf):
    seed = _run("pdftotext", "-layout", str(seed_pdf), "-")
    small = _run("pdftotext", "-layout", str(small_pdf), "-")
    # Soft breaks go to Chromium as <wbr>, so the text layer carries no U+200B.
    assert ZWSP not in seed
    assert ZWSP not in small
    # ำ survives (WeasyPrint loses it), stacked marks survive.
    assert "ดำเนินการ" in seed
    assert "ดาเนินการ" not in seed
    words = set(re.findall(r"\S+", small))
    for word in ("น้ำ", "ปี่", "ญี่ปุ่น"):
        assert any(word in w for w in words), word
    squashed = _squash(small)
    for phrase in ("ตรวจคุณภาพน้ำ", "ซ่อมปี่พาทย์", "ศึกษาดูงานที่ญี่ปุ่น", "ประชาสัมพันธ์"):
        assert phrase in squashed, phrase
    assert "๑)ตรวจคุณภาพน้ำ" in squashed
    assert "๒.ปี่ใช้ได้" in squashed


def test_sarabun_is_embedded_and_nothing_else(seed_pdf):
    lines = _run("pdffonts", str(seed_pdf)).splitlines()[2:]
    assert lines
    for line in lines:
        assert "Sarabun" in line, line
        assert line.split()[-5] == "yes", line  # emb
    names = " ".join(lines)
    assert "Sarabun-Regular" in names
    assert "Sarabun-Bold" in names


def test_pages_are_a4_and_numbered_in_thai(seed_pdf):
    info = _run("pdfinfo", str(seed_pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    assert pages > 1
    assert abs(width - 595.28) < 1
    assert abs(height - 841.89) < 1
    cover = _run("pdftotext", "-f", "1", "-l", "1", "-layout", str(seed_pdf), "-")
    assert not re.search(r"^\s*[๐-๙]+\s*$", cover, re.M), "the cover has no page number"
    thai_digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    for page in range(2, pages + 1):
        text = _run("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(seed_pdf), "-")
        assert re.search(rf"^\s*{str(page).translate(thai_digits)}\s*$", text, re.M), page
    page2 = _run("pdftotext", "-f", "2", "-l", "2", str(seed_pdf), "-")
    assert "๒" in page2


def test_table_header_repeats_on_continued_pages(tmp_path):
    doc = small_document()
    doc.measures[1].rows = doc.measures[1].rows * 12  # one table over several pages
    path = tmp_path / "long.pdf"
    path.write_bytes(report_pdf(doc))
    pages = int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(path)), re.M).group(1))
    assert pages >= 3
    heading = _squash(doc.column_headings[1])
    for page in range(2, pages + 1):
        text = _squash(_run("pdftotext", "-f", str(page), "-l", str(page), str(path), "-"))
        assert heading in text, page


def test_one_browser_reused_restarted_and_shared_between_threads():
    first = html_to_pdf(SIMPLE.replace("{body}", "หนึ่ง"))
    thread = pdf_module._PRINTER._thread
    second = html_to_pdf(SIMPLE.replace("{body}", "สอง"))
    assert first.startswith(b"%PDF")
    assert second.startswith(b"%PDF")
    assert pdf_module._PRINTER._thread is thread  # the same worker, the same browser

    # The browser dies: the next call starts a new one.
    pdf_module._PRINTER.call(lambda browser: browser.close())
    assert html_to_pdf(SIMPLE.replace("{body}", "สาม")).startswith(b"%PDF")

    # Any thread may print, at the same time; the worker takes them in turn.
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: html_to_pdf(SIMPLE.replace("{body}", str(i))), range(4)))
    assert all(r.startswith(b"%PDF") for r in results)
    assert threading.current_thread() is threading.main_thread()


def test_works_inside_a_running_event_loop():
    async def view() -> bytes:
        return html_to_pdf(SIMPLE.replace("{body}", "จากลูป"))

    # In a thread of its own: this test thread may already run Playwright's loop (e2e tests).
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, view()).result().startswith(b"%PDF")


def test_nothing_loads_from_the_network_or_other_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    body = (
        '<img src="http://127.0.0.1:9/x.png" alt="">'
        f'<iframe src="{secret.as_uri()}"></iframe>'
        '<link rel="stylesheet" href="https://example.invalid/x.css">ปลอดภัย'
    )
    path = tmp_path / "out.pdf"
    path.write_bytes(html_to_pdf(SIMPLE.replace("{body}", body)))
    text = _run("pdftotext", str(path), "-")
    assert "ปลอดภัย" in text
    assert "SECRET-CONTENT" not in text


def test_base_url_lets_the_html_use_files_of_its_directory(tmp_path):
    (tmp_path / "extra.css").write_text('p::after { content: " เพิ่มจากไฟล์"; }', encoding="utf-8")
    html = SIMPLE.replace("</head>", '<link rel="stylesheet" href="extra.css"></head>')
    path = tmp_path / "out.pdf"
    path.write_bytes(
        html_to_pdf(html.replace("{body}", "ข้อความ"), base_url=tmp_path.as_uri() + "/")
    )
    assert "ข้อความ เพิ่มจากไฟล์" in _run("pdftotext", str(path), "-")
