"""How long the measures report takes to print: PDF (warm Chromium), DOCX and XLSX.

Usage: .venv/bin/python scripts/bench_documents.py

For the seed report (../shared/seed/measures-report-2566.txt, read with the project's importer)
and a synthetic plan ten times larger (every measure's rows repeated 10×) it prints, per
format, the best of 3 timed runs after one warm-up run, the peak of Python allocations during
one run (tracemalloc, measured in a separate run so it does not slow the timed ones), and the
growth of this process's peak RSS (getrusage maxrss). Chromium's own memory is in its own
processes: their summed peak RSS (VmHWM) is shown for the PDF. The 10×/seed ratio of the times
says how the work grows with the plan.

The targets (seed PDF < 2 s, seed DOCX < 0.5 s, 10× under 10× the seed's time) are printed
beside the figures; the script never judges them and exits non-zero only when something failed.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prongsai.settings")
os.environ.setdefault("DEBUG", "1")  # an in-process bench of the exporters, not a server

import django  # noqa: E402 -- after the path and settings are in place

django.setup()

from prongsai.exports.pdf import shutdown  # noqa: E402
from prongsai.measures.document import ReportDocument  # noqa: E402
from prongsai.measures.report_docx import report_docx  # noqa: E402
from prongsai.measures.report_html import report_pdf  # noqa: E402
from prongsai.measures.report_xlsx import report_xlsx  # noqa: E402
from prongsai.measures.thaibreak import warm_up  # noqa: E402
from tests.exports import big_document, seed_document  # noqa: E402

REPEAT = 3
FACTOR = 10
TARGETS = {
    "pdf": f"targets: seed < 2 s with a warm browser; {FACTOR}x < {FACTOR}x the seed's time",
    "docx": f"targets: seed < 0.5 s; {FACTOR}x < {FACTOR}x the seed's time",
    "xlsx": "no target",
}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _descendants_peak_mb() -> float:
    """Summed peak RSS (VmHWM) of this process's descendants (Chromium and its helpers)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    family = {os.getpid()}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in family and pid not in family:
                family.add(pid)
                grew = True
    family.discard(os.getpid())
    total_kb = 0
    for pid in family:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


def _measure(fn: Callable[[ReportDocument], bytes], doc: ReportDocument) -> dict[str, float]:
    fn(doc)  # warm-up: browser start, tokenizer dictionaries, template loading
    times = []
    for _ in range(REPEAT):
        gc.collect()
        start = time.perf_counter()
        content = fn(doc)
        times.append(time.perf_counter() - start)
    rss_before = _maxrss_mb()
    tracemalloc.start()
    fn(doc)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "best": min(times),
        "worst": max(times),
        "py_peak_mb": peak / 2**20,
        "rss_growth_mb": _maxrss_mb() - rss_before,
        "size_kb": len(content) / 1024,
    }


def main() -> int:
    seed = seed_document()
    big = big_document(FACTOR)
    rows = sum(len(m.rows) for m in seed.measures)
    print(
        f"Seed report: {len(seed.measures)} measures, {rows} rows; synthetic: {rows * FACTOR} rows"
    )
    t0 = time.perf_counter()
    warm_up()
    print(f"PyThaiNLP warm-up (once per process): {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    report_pdf(seed)
    print(f"First PDF (starts Playwright and Chromium): {time.perf_counter() - t0:.2f} s")
    rss_start = _maxrss_mb()
    print(f"Process peak RSS before: {rss_start:.0f} MB\n")

    header = f"{'':6} {'doc':5} {'best':>8} {'worst':>8} {'py peak':>9} {'RSS +':>7} {'size':>8}"
    print(header)
    print("-" * len(header))
    results: dict[tuple[str, str], dict[str, float]] = {}
    for name, fn in (("pdf", report_pdf), ("docx", report_docx), ("xlsx", report_xlsx)):
        for label, doc in (("seed", seed), (f"{FACTOR}x", big)):
            r = _measure(fn, doc)
            results[(name, label)] = r
            print(
                f"{name:6} {label:5} {r['best']:7.3f}s {r['worst']:7.3f}s "
                f"{r['py_peak_mb']:7.1f}MB {r['rss_growth_mb']:5.0f}MB {r['size_kb']:6.0f}KB"
            )
        ratio = results[(name, f"{FACTOR}x")]["best"] / results[(name, "seed")]["best"]
        print(f"{'':6} ratio {FACTOR}x/seed = {ratio:.1f}  ({TARGETS[name]})")
    print(
        f"\nChromium processes, summed peak RSS: {_descendants_peak_mb():.0f} MB "
        "(not in the Python figures; shared pages are counted once per process)"
    )
    print(f"Process peak RSS after: {_maxrss_mb():.0f} MB (+{_maxrss_mb() - rss_start:.0f} MB)")
    shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
