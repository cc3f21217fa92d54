"""Throughput benchmark of Prongsai under gunicorn, driven by wrk (`make bench`).

It measures requests per second and 99th-percentile latency of pages served by a
production-like gunicorn (DEBUG=0, 2 sync workers, WhiteNoise manifest static files):

* /healthz/                          a trivial view: no database, no template, just "ok"
* /kamphaeng-wittayakhom/            the public home page of the demo school
* /kamphaeng-wittayakhom/services/   the demo school's public service catalogue
* /api/v1/agencies/                  the JSON agency list of the REST API

twice in the same run: first with the public page cache on (PAGE_CACHE=1, production's
default: the public pages are answered from it, docs/pagecache.md), then with it off
(PAGE_CACHE=0: every request renders its page).

Absolute figures depend on the machine, so each page is also compared with /healthz/ of its
phase. The trivial view goes through the same gunicorn, WSGI and middleware stack as every
other page (it is never cached), so it is the ceiling this machine reaches through Django; a
page's ratio to it is what that page's own work (database queries, templates, serialisation)
costs, and stays comparable across machines.

The database is $DATABASE_URL when set (e.g. PostgreSQL), otherwise a throw-away SQLite file
under var/bench/. The script prints figures and never judges them: it exits non-zero only when
something failed to run.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
BENCH_DIR = ROOT / "var" / "bench"
WORKERS = 2
THREADS = 2
CONNECTIONS = 16
STARTUP_TIMEOUT = 30.0
BASELINE = "/healthz/"
PUBLIC = ["/kamphaeng-wittayakhom/", "/kamphaeng-wittayakhom/services/"]
URLS = [BASELINE, *PUBLIC, "/api/v1/agencies/"]
# (label, PAGE_CACHE, URLs): the public pages from the cache, then the same stack without it.
PHASES = [("cached", "1", URLS), ("uncached", "0", URLS)]
WRK_MISSING = "wrk is not installed: sudo apt-get install wrk (make sysdeps does it as root)"
TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


class BenchError(Exception):
    """Something failed to run; the message says what."""


@dataclass
class Result:
    phase: str
    url: str
    rps: float
    p99_ms: float
    warnings: list[str]


# ---------------------------------------------------------------- setup


def database_url() -> str:
    """$DATABASE_URL, or a fresh SQLite file under var/bench/."""
    url = os.environ.get("DATABASE_URL", "")
    if url:
        return url
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / "bench.sqlite3"
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def engine_name(url: str) -> str:
    scheme = urlsplit(url).scheme.split("+")[0]
    names = {"sqlite": "SQLite", "postgres": "PostgreSQL", "postgresql": "PostgreSQL"}
    return names.get(scheme, scheme or "unknown")


def child_env(db_url: str) -> dict[str, str]:
    """The environment of manage.py and gunicorn: production settings, plain HTTP, quiet logs."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=db_url,
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        LOG_LEVEL="ERROR",
        COMPLAINT_KEYS=bench_complaint_key(),
        COMPLAINT_RECEIPT_SALT=secrets.token_urlsafe(32),
    )
    return env


def bench_complaint_key() -> str:
    """A complaint-encryption key for the bench database, kept beside it so reruns can read it."""
    from cryptography.fernet import Fernet

    path = BENCH_DIR / "complaint-key"
    if not path.exists():
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(Fernet.generate_key().decode("ascii"))
    return path.read_text().strip()


def venv_tool(name: str) -> Path:
    tool = VENV_BIN / name
    if not tool.exists():
        raise BenchError(f"{tool} is missing: run `make install` first")
    return tool


def manage(env: dict[str, str], *args: str) -> None:
    """Run a manage.py command; its output is shown only when it fails."""
    argv = [str(venv_tool("python")), str(ROOT / "manage.py"), *args]
    done = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{output}")


def prepare_database(env: dict[str, str]) -> None:
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")  # prints the demo logins; captured so the table stays readable


# ---------------------------------------------------------------- gunicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_gunicorn(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    argv = [
        str(venv_tool("gunicorn")),
        "prongsai.wsgi:application",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        "--access-logfile",
        "/dev/null",
    ]
    with log.open("wb") as log_file:
        return subprocess.Popen(  # noqa: S603 -- fixed argv, no shell
            argv, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate gunicorn (graceful), then kill it if it does not go within 10 seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """wrk does not follow redirects, so neither does the pre-flight check."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def http_status(url: str) -> int:
    """The status of one GET; raises OSError when nothing answers."""
    try:
        with _opener.open(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def cache_state(url: str) -> str:
    """What the page cache did for a second GET of url: "hit" or "-"."""
    with _opener.open(url, timeout=10) as response:
        return "hit" if response.headers.get("X-Page-Cache") == "hit" else "-"


def wait_until_ready(process: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"gunicorn exited with code {process.returncode}:\n{tail(log)}")
        try:
            if http_status(base + BASELINE) == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(
        f"gunicorn did not answer 200 on {BASELINE} within {STARTUP_TIMEOUT:.0f} s:\n{tail(log)}"
    )


def tail(log: Path, lines: int = 20) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "(gunicorn printed nothing)"


# ---------------------------------------------------------------- wrk


def check_page(url: str) -> None:
    try:
        status = http_status(url)
    except OSError as exc:
        raise BenchError(f"GET {url} failed: {exc}") from exc
    if status != 200:
        raise BenchError(f"GET {url} answered {status}, not 200: nothing to benchmark")


def run_wrk(wrk: str, url: str, seconds: int) -> str:
    argv = [wrk, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    done = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        argv, capture_output=True, text=True, check=False, timeout=seconds + 60
    )
    if done.returncode != 0:
        raise BenchError(f"wrk failed on {url}:\n{(done.stdout + done.stderr).strip()}")
    return done.stdout


def parse_wrk(phase: str, url: str, output: str) -> Result:
    """Requests/sec and the 99% latency (in ms) from wrk's --latency report."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    if not rps or not p99:
        raise BenchError(f"could not read wrk's report for {url}:\n{output}")
    warnings = [
        line.strip()
        for line in output.splitlines()
        if line.strip().startswith(("Non-2xx or 3xx responses", "Socket errors"))
    ]
    p99_ms = float(p99.group(1)) * TO_MS[p99.group(2)]
    return Result(phase, url, float(rps.group(1)), p99_ms, warnings)


# ---------------------------------------------------------------- report


def print_table(results: list[Result], states: dict[tuple[str, str], str]) -> None:
    """Each page beside /healthz/ of its phase. "vs bare" = the page's requests/s ÷ /healthz/'s
    (1.00: as fast as the bare view; higher is better); p99 ratio = its p99 ÷ /healthz/'s."""
    print(
        f"{'phase':<9} {'url':<34} {'cache':>5} {'requests/s':>11} {'p99 ms':>9}"
        f" {'vs bare':>8} {'p99 ratio':>10}"
    )
    for result in results:
        base = next(r for r in results if r.phase == result.phase and r.url == BASELINE)
        share = result.rps / base.rps if base.rps else float("inf")
        p99_ratio = result.p99_ms / base.p99_ms if base.p99_ms else float("inf")
        print(
            f"{result.phase:<9} {result.url:<34} {states[result.phase, result.url]:>5}"
            f" {result.rps:>11.1f} {result.p99_ms:>9.2f} {share:>8.2f} {p99_ratio:>9.2f}x"
        )
    for result in results:
        for warning in result.warnings:
            print(f"note: {result.phase} {result.url}: {warning}")


def bench_seconds() -> int:
    raw = os.environ.get("BENCH_SECONDS", "10")
    try:
        seconds = int(raw)
    except ValueError:
        seconds = 0
    if seconds < 1:
        raise BenchError(f"BENCH_SECONDS must be a whole number of seconds, not {raw!r}")
    return seconds


def run_phase(
    wrk: str, env: dict[str, str], phase: str, urls: list[str], seconds: int
) -> tuple[list[Result], dict[tuple[str, str], str]]:
    log = BENCH_DIR / f"gunicorn-{phase}.log"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start_gunicorn(env, port, log)
    results, states = [], {}
    try:
        wait_until_ready(process, base, log)
        for path in urls:
            check_page(base + path)
            states[phase, path] = cache_state(base + path)
            print(f"wrk {phase} {path} for {seconds} s…", flush=True)
            results.append(parse_wrk(phase, path, run_wrk(wrk, base + path, seconds)))
    finally:
        stop(process)
    return results, states


def run() -> None:
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit(WRK_MISSING)  # printed on stderr, exit status 1
    seconds = bench_seconds()
    db_url = database_url()
    env = child_env(db_url)
    print(f"Preparing the {engine_name(db_url)} database (collectstatic, migrate, load_demo)…")
    prepare_database(env)

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    states: dict[tuple[str, str], str] = {}
    for phase, page_cache, urls in PHASES:
        found, seen = run_phase(wrk, {**env, "PAGE_CACHE": page_cache}, phase, urls, seconds)
        results += found
        states.update(seen)

    print()
    print(
        f"database {engine_name(db_url)}, gunicorn {WORKERS} workers, "
        f"wrk -t{THREADS} -c{CONNECTIONS} {seconds} s per url, {os.cpu_count()} CPUs"
    )
    print_table(results, states)


def main() -> int:
    try:
        run()
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
