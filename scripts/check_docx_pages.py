"""How many pages the measures DOCX runs to in a Word-compatible editor, against the PDF.

Usage: .venv/bin/python scripts/check_docx_pages.py   (run by `make bench`)

Writes the seed report (../shared/seed/measures-report-2566.txt, read with the project's importer)
as DOCX, converts it with LibreOffice headless (`soffice --convert-to pdf`; "TH Sarabun New" is
replaced by the TLWG Sarabun-metric font, Laksaman, where it is not installed), counts its pages
with pdfinfo and reads its page numbers back with pdftotext; prints them beside the PDF that
Chromium prints (when Chromium is there). The target is printed beside the figures; like the
other bench scripts it never judges them. Without soffice or pdfinfo it says what to install and
exits 0 (LibreOffice is large: it is not in `make sysdeps`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prongsai.settings")
os.environ.setdefault("DEBUG", "1")  # an in-process check of the exporters, not a server

import django  # noqa: E402 -- after the path and settings are in place

django.setup()

from prongsai.measures.report_docx import report_docx  # noqa: E402
from tests.exports import seed_document  # noqa: E402

TIMEOUT = 180
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
THAI_LETTERS = re.compile(r"^[ก-ฮ]$")


def pages_of(pdf: Path) -> int:
    info = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("pdfinfo") or "pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    )
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    return int(found.group(1)) if found else 0


def footer_numbers(pdf: Path, pages: int) -> list[str]:
    """The last non-empty line of each page after the cover: its page number."""
    numbers = []
    for page in range(2, pages + 1):
        text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
            [
                shutil.which("pdftotext") or "pdftotext",
                "-layout",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdf),
                "-",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        numbers.append(lines[-1] if lines else "")
    return numbers


def chromium_pages(doc: object, folder: Path) -> int | None:
    try:
        from prongsai.exports.pdf import report_pdf, shutdown
    except ImportError:
        return None
    try:
        target = folder / "report-chromium.pdf"
        target.write_bytes(report_pdf(doc))  # type: ignore[arg-type]
        return pages_of(target)
    except Exception as error:  # a bench reports; it does not fail on Chromium
        print(f"PDF (Chromium): not printed ({error.__class__.__name__}: {error})")
        return None
    finally:
        shutdown()


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdfinfo") is None:
        print(
            "DOCX pages: skipped, LibreOffice or poppler-utils missing "
            "(apt-get install libreoffice-writer-nogui poppler-utils)."
        )
        return 0
    doc = seed_document()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "report.docx"
        source.write_bytes(report_docx(doc))
        profile = folder / "profile"  # never the user's LibreOffice profile
        subprocess.run(  # noqa: S603 -- fixed argv, no shell
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(source),
            ],
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        )
        converted = folder / "report.pdf"
        pages = pages_of(converted)
        numbers = footer_numbers(converted, pages)
        pdf_pages = chromium_pages(doc, folder)
    rows = sum(len(measure.rows) for measure in doc.measures)
    print(f"Seed report: {len(doc.measures)} measures, {rows} rows")
    print(f"DOCX in LibreOffice: {pages} pages; page numbers read back: {' '.join(numbers)}")
    if any(THAI_LETTERS.match(number) for number in numbers):
        print("  page numbers print as Thai letters (a \\* ThaiArabic switch?)")
    elif numbers and all(number and number[0] in THAI_DIGITS for number in numbers):
        print("  page numbers in Thai digits")
    else:
        print(
            "  page numbers in Arabic digits (LibreOffice does not render thaiNumbers; Word does)"
        )
    if pdf_pages is not None:
        print(f"PDF (Chromium): {pdf_pages} pages; DOCX/PDF = {pages / pdf_pages:.1f}")
    print("target: the DOCX within a page or two of the PDF")
    return 0


if __name__ == "__main__":
    sys.exit(main())
