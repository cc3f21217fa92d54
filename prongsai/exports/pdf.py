"""PDF printing: HTML → PDF with headless Chromium (Playwright's sync API).

Why Chromium: its text layer keeps Thai right (ดำเนินการ extracts as ดำเนินการ), it breaks Thai
lines with ICU's dictionary, synthesises nothing it need not, and honours `@page` with margin
boxes, so page numbers in Thai digits come from CSS (`counter(page, thai)`). See
docs/documents.md and ../shared/reference/THAI-DOCUMENTS.md.

One browser per process: started lazily on the first PDF, reused by every later one, restarted
when it has died, closed at exit. Playwright's sync API may not run inside a running asyncio
loop nor be shared between threads, so the browser lives in one dedicated worker thread and
callers (Django views in any thread) hand it jobs through a queue and wait on a future.

The HTML is written to a private temporary file and opened as file://, because Chromium refuses
file:// fonts to a page made with `set_content` (about:blank). Every request the page makes is
routed: files under the static directory (fonts), the document itself and the `base_url`
directory are served from disk, everything else (network, other local files) is refused.

Limits (finding 3 of issue 10): a document longer than `max_characters` of text is refused
before Chromium sees it, and one of more than `max_pages` pages after printing (Chromium prints
at most `max_pages + 1`); both raise `PrintRefused` with a Thai message for the editor.
`print_isolated` prints in a child process with its own Chromium and kills it (and everything
it started) after `timeout` seconds: background printing uses it, so a document that would keep
Chromium busy for minutes cannot hold up anything else. `preview_pdf` is for staff previews on
request: at most one at a time per process, `PrinterBusy` after waiting `wait` seconds.

Heavy libraries (Playwright, Django's template loader) are imported inside functions.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

ZWSP = "\u200b"  # the soft breaks measures.thaibreak inserts do not count toward the length

__all__ = [
    "CHROMIUM_ARGS",
    "MAX_CHARACTERS",
    "MAX_PAGES",
    "STATIC_DIR",
    "PrintRefused",
    "PrinterBusy",
    "check_length",
    "chromium_path",
    "count_pages",
    "html_to_pdf",
    "preview_pdf",
    "print_assets",
    "print_isolated",
    "shutdown",
]

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parent.parent
STATIC_DIR = PACKAGE_DIR / "static"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
JOB_TIMEOUT = 120.0  # seconds a caller waits for one PDF before giving up
PAGE_TIMEOUT_MS = 60_000  # Chromium's limit for loading the page and its fonts
MAX_PAGES = 200
MAX_CHARACTERS = 300_000  # text of the document, markup and styles aside


class PrintRefused(Exception):
    """A document that cannot be printed; `str()` is a Thai message for the editor."""


class PrinterBusy(Exception):
    """Another preview is printing in this process; try again in a moment."""


def _too_long(characters: int, limit: int) -> PrintRefused:
    return PrintRefused(
        f"เอกสารยาวเกินกว่าจะพิมพ์เป็น PDF ได้ (ข้อความ {characters:,} ตัวอักษร "
        f"เกินกำหนด {limit:,} ตัวอักษร) กรุณาย่อข้อความในตารางให้สั้นลงแล้วเผยแพร่อีกครั้ง"
    )


def _too_many_pages(limit: int) -> PrintRefused:
    return PrintRefused(
        f"เอกสารยาวเกิน {limit:,} หน้า จึงพิมพ์เป็น PDF ไม่ได้ กรุณาย่อข้อความให้สั้นลงแล้วเผยแพร่อีกครั้ง"
    )


def _too_slow(seconds: float) -> PrintRefused:
    return PrintRefused(
        f"การพิมพ์เอกสารเป็น PDF ใช้เวลาเกิน {seconds:.0f} วินาที จึงถูกยกเลิก "
        f"กรุณาย่อข้อความที่ยาวมาก (โดยเฉพาะคำยาวที่ไม่มีการเว้นวรรค) แล้วเผยแพร่อีกครั้ง"
    )


_STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def check_length(html: str, max_characters: int = MAX_CHARACTERS) -> None:
    """Raise `PrintRefused` when the document's text is longer than `max_characters`."""
    if len(html) <= max_characters:
        return
    text = _TAG.sub("", _STYLE_OR_SCRIPT.sub("", html))
    characters = len(text) - text.count(ZWSP)
    if characters > max_characters:
        raise _too_long(characters, max_characters)


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF Chromium printed (its page objects are not compressed)."""
    return len(_PAGE_OBJECT.findall(pdf))


def chromium_path() -> str:
    """The Chromium executable: $CHROMIUM, or Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _missing_chromium(path: str) -> RuntimeError:
    return RuntimeError(
        f"ไม่พบโปรแกรม Chromium ที่ {path} ซึ่งจำเป็นสำหรับการสร้างไฟล์ PDF "
        f"(ติดตั้งด้วย sudo apt-get install chromium หรือกำหนดตัวแปร CHROMIUM) / "
        f"Chromium is not at {path}; it is needed to print PDFs. Install it with "
        f"`sudo apt-get install chromium` or set CHROMIUM=/path/to/chromium."
    )


class _Stop:
    """Tells the worker thread to close the browser and end."""


_STOP = _Stop()
_Job = tuple[Callable[[Any], Any], "Future[Any]"]


class _Printer:
    """One Chromium, owned by one worker thread, fed through a queue."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._jobs: queue.Queue[_Job | _Stop] = queue.Queue()
        self._thread: threading.Thread | None = None

    # --- caller side (any thread) ---------------------------------------------------------
    def call(self, fn: Callable[[Any], T], timeout: float = JOB_TIMEOUT) -> T:
        """Run `fn(browser)` in the worker thread and return its result (or raise its error)."""
        path = chromium_path()
        if not Path(path).exists():
            raise _missing_chromium(path)
        future: Future[T] = Future()
        with self._lock:
            if self._pid != os.getpid():  # forked (e.g. a gunicorn worker): start afresh
                self._pid = os.getpid()
                self._jobs = queue.Queue()
                self._thread = None
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, args=(self._jobs,), name="prongsai-pdf", daemon=True
                )
                self._thread.start()
            self._jobs.put((fn, future))
        return future.result(timeout=timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Close the browser and end the worker thread, if they run in this process."""
        with self._lock:
            thread = self._thread
            if thread is None or self._pid != os.getpid() or not thread.is_alive():
                return
            self._jobs.put(_STOP)
            self._thread = None
        thread.join(timeout)

    # --- worker side (the one thread that touches Playwright) -----------------------------
    def _work(self, jobs: queue.Queue[_Job | _Stop]) -> None:
        playwright: Any = None
        browser: Any = None

        def launch() -> Any:
            nonlocal playwright, browser
            from playwright.sync_api import sync_playwright

            path = chromium_path()
            if not Path(path).exists():
                raise _missing_chromium(path)
            if playwright is None:
                playwright = sync_playwright().start()
            try:
                browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
            except Exception:
                # The Playwright driver itself may be gone: start it afresh next time.
                _quietly(playwright.stop)
                playwright = None
                raise
            return browser

        try:
            while True:
                job = jobs.get()
                if isinstance(job, _Stop):
                    return
                fn, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if browser is None or not browser.is_connected():
                        launch()
                    try:
                        result = fn(browser)
                    except Exception:
                        if browser.is_connected():
                            raise
                        launch()  # the browser died under us: once more with a new one
                        result = fn(browser)
                    future.set_result(result)
                except BaseException as exc:
                    future.set_exception(exc)
        finally:
            if browser is not None:
                _quietly(browser.close)
            if playwright is not None:
                _quietly(playwright.stop)


def _quietly(fn: Callable[[], object]) -> None:
    """Call `fn`, ignoring errors: closing a dead browser or driver leaves nothing to do."""
    with contextlib.suppress(Exception):
        fn()


_PRINTER = _Printer()


def shutdown() -> None:
    """Close this process's browser (registered with atexit; safe to call any time)."""
    _PRINTER.stop()


atexit.register(shutdown)


def _file_path(url: str) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme != "file":
        return None
    return Path(unquote(parts.path))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _insert_base(html: str, base_url: str) -> str:
    tag = f'<base href="{base_url}">'
    lower = html.lower()
    at = lower.find("<head>")
    if at >= 0:
        return html[: at + 6] + tag + html[at + 6 :]
    return tag + html


def html_to_pdf(
    html: str,
    *,
    base_url: str | None = None,
    timeout: float = JOB_TIMEOUT,
    max_pages: int | None = None,
) -> bytes:
    """Print `html` to an A4 PDF (the CSS `@page` rules decide size, margins and margin boxes).

    With `max_pages`, Chromium prints at most one page more, and a longer document raises
    `PrintRefused`.

    Relative URLs resolve against `base_url` (a file:// directory URL, inserted as `<base>`)
    or else the HTML's own `<base>`. Only local files under the static directory or the
    `base_url` directory load; nothing is fetched from the network.
    """
    roots = [STATIC_DIR]
    if base_url is not None:
        html = _insert_base(html, base_url)
        base_path = _file_path(base_url)
        if base_path is not None:
            roots.append(base_path if base_url.endswith("/") else base_path.parent)

    def job(browser: Any) -> bytes:
        return _print(browser, html, roots, max_pages)

    pdf = _PRINTER.call(job, timeout=timeout)
    if max_pages is not None and count_pages(pdf) > max_pages:
        raise _too_many_pages(max_pages)
    return pdf


_PREVIEW_SLOT = threading.BoundedSemaphore(1)


def preview_pdf(
    html: str,
    *,
    wait: float = 10.0,
    max_pages: int = MAX_PAGES,
    max_characters: int = MAX_CHARACTERS,
) -> bytes:
    """A staff preview printed on request: one at a time in this process (`PrinterBusy` after
    `wait` seconds), within the length and page limits (`PrintRefused`)."""
    check_length(html, max_characters)
    if not _PREVIEW_SLOT.acquire(timeout=wait):
        raise PrinterBusy
    try:
        return html_to_pdf(html, max_pages=max_pages)
    finally:
        _PREVIEW_SLOT.release()


def print_isolated(
    html: str,
    *,
    timeout: float = 90.0,
    max_pages: int = MAX_PAGES,
    max_characters: int = MAX_CHARACTERS,
) -> bytes:
    """Print in a child process with its own Chromium, killed with all it started after
    `timeout` seconds (`PrintRefused`). Background printing uses this."""
    check_length(html, max_characters)
    process = subprocess.Popen(  # noqa: S603 -- our own interpreter and module, no shell
        [sys.executable, "-m", "prongsai.exports.print_child", str(max_pages)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: Chromium dies with it
    )
    try:
        out, err = process.communicate(html.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise _too_slow(timeout) from None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # whatever Chromium left behind
    if process.returncode == 3:
        raise _too_many_pages(max_pages)
    if process.returncode != 0:
        raise RuntimeError(f"the PDF printer failed: {err.decode('utf-8', 'replace')[-2000:]}")
    return out


_tmp_dir: Path | None = None


def _private_dir() -> Path:
    global _tmp_dir
    if _tmp_dir is None or not _tmp_dir.exists():
        _tmp_dir = Path(tempfile.mkdtemp(prefix="prongsai-pdf-"))
        atexit.register(shutil.rmtree, _tmp_dir, True)
    return _tmp_dir


def _print(browser: Any, html: str, roots: list[Path], max_pages: int | None = None) -> bytes:
    """Runs in the worker thread only."""
    document = _private_dir() / f"{uuid.uuid4().hex}.html"
    document.write_text(html, encoding="utf-8")
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)

        def route(route: Any) -> None:
            path = _file_path(route.request.url)
            allowed = path is not None and (
                path == document or any(_inside(path, root) for root in roots)
            )
            if allowed:
                route.continue_()
            else:
                route.abort()

        page.route("**/*", route)
        page.goto(document.as_uri(), wait_until="load", timeout=PAGE_TIMEOUT_MS)
        page.evaluate("document.fonts.ready.then(() => true)")
        pdf: bytes = page.pdf(
            format="A4",
            print_background=True,
            prefer_css_page_size=True,
            display_header_footer=False,
            page_ranges="" if max_pages is None else f"1-{max_pages + 1}",
        )
        return pdf
    finally:
        _quietly(context.close)
        document.unlink(missing_ok=True)


def print_assets(stylesheet: str) -> dict[str, str]:
    """What a print template needs to use a stylesheet of static/css/ without a web server:
    the CSS itself (`{{ css }}`, inlined) and a `<base>` at its folder (`{{ base_href }}`), so
    its relative font URLs (../vendor/fonts/sarabun/…) resolve to file:// paths."""
    css = STATIC_DIR / "css" / stylesheet
    return {"css": css.read_text(encoding="utf-8"), "base_href": css.parent.as_uri() + "/"}
