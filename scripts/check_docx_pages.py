"""How many pages the measures DOCX runs to in a Word-compatible editor, against the PDF.

Usage: .venv/bin/python scripts/check_docx_pages.py   (run by `make bench`)

Writes the seed report (../shared/seed/measures-report-2566.txt, read with the project's importer)
as DOCX, converts it with LibreOffice headless (`soffice --convert-to pdf`), counts its pages
with pdfinfo and reads its page numbers back with pdftotext; prints them beside the PDF that
Chromium prints (when Chromium is there). The target is printed beside the figures; like the
other bench scripts it never judges them. Without soffice or pdfinfo it says what to install and
exits 0 (LibreOffice is large: it is not in `make sysdeps`).

The font matters. The DOCX names "TH Sarabun New" at 16 pt, what Thai offices have installed.
Where it is not installed, fontconfig gives LibreOffice TLWG's Laksaman, which draws the same
design about 1.45 times larger (it was rescaled to sit with other Thai fonts), so the document
runs to more than twice its pages in Word. Unless the machine has the real font, the check makes
a stand-in: the shipped Sarabun (OFL) renamed "TH Sarabun New" with its em enlarged by 16/11, as
"TH Sarabun New 16 pt ≈ Google Sarabun 10.5–11 pt" was measured (../shared/reference/
THAI-DOCUMENTS.md), and points LibreOffice's fontconfig at it for this conversion only.
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


FONT = "TH Sarabun New"
SARABUN = ROOT / "prongsai" / "static" / "vendor" / "fonts" / "sarabun"
SCALE = 16 / 11  # TH Sarabun New at 16 pt is Google Sarabun at about 11 pt


def installed_family(name: str) -> str:
    found = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [shutil.which("fc-match") or "fc-match", "-f", "%{family}", name],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout


def stand_in_font(folder: Path) -> dict[str, str]:
    """The environment for soffice: the real font where installed, else the stand-in."""
    if FONT in installed_family(FONT).split(","):
        print(f"Font: {FONT} (installed)")
        return dict(os.environ)
    from fontTools.ttLib import TTFont

    fonts = folder / "fonts"
    fonts.mkdir()
    for style, source in (("Regular", "Sarabun-Regular.ttf"), ("Bold", "Sarabun-Bold.ttf")):
        font = TTFont(SARABUN / source)
        font["head"].unitsPerEm = round(font["head"].unitsPerEm * SCALE)
        suffix = "" if style == "Regular" else " Bold"
        for record in font["name"].names:
            if record.nameID in (1, 16):  # family
                record.string = FONT
            elif record.nameID == 4:  # full name
                record.string = FONT + suffix
            elif record.nameID == 6:  # PostScript name
                record.string = "THSarabunNew" + suffix.replace(" ", "-")
        font.save(fonts / f"THSarabunNew-{style}.ttf")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{fonts}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    print(f"Font: a stand-in {FONT} (the shipped Sarabun, em × 16/11; the real one is absent)")
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def chromium_pages(doc: object, folder: Path) -> int | None:
    from prongsai.exports.pdf import shutdown
    from prongsai.measures.report_html import report_pdf

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
            env=stand_in_font(folder),
        )
        converted = folder / "report.pdf"
        keep = os.environ.get("KEEP_DOCX_PDF")  # a folder to keep the converted PDF in, to look at
        if keep:
            shutil.copy(converted, Path(keep) / "report-libreoffice.pdf")
            shutil.copy(source, Path(keep) / "report.docx")
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
