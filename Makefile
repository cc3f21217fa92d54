# Prongsai — the two commands: `make run` and `make test`. Everything installs from here.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000
export PYTHONDONTWRITEBYTECODE := 1
# Development is asked for explicitly here; the settings default to production (DEBUG off).
export DEBUG ?= 1
export PYTHAINLP_DATA ?= $(CURDIR)/var/pythainlp-data

.PHONY: run test lint install sysdeps migrate demo messages bench test-fast clean

run: install sysdeps migrate demo
	@echo ""
	@echo "Prongsai is starting at http://$(HOST):$(PORT)/  (stop with Ctrl+C)"
	$(PY) manage.py runserver $(HOST):$(PORT)

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Prongsai needs Python 3.11 or newer: install python3.11 (or newer) and python3-venv.")'
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# System packages: Chromium (PDF printing and browser tests), a Thai system font, wrk (bench),
# poppler-utils (pdftotext/pdftoppm: tests read PDFs back).
# Installed with apt-get where we may (root on Debian/Ubuntu); otherwise we say what to install.
sysdeps:
	@missing=""; \
	test -x "$(CHROMIUM)" || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi -e laksaman -e garuda -e loma || missing="$$missing fonts-thai-tlwg"; \
	command -v wrk >/dev/null 2>&1 || missing="$$missing wrk"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing system packages:$$missing"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null || \
	  { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; }; \
	else \
	  echo "Prongsai needs these system packages:$$missing"; \
	  echo "  On Debian/Ubuntu: sudo apt-get install$$missing"; \
	  echo "  (Chromium prints PDFs and runs the browser tests; set CHROMIUM=/path/to/chromium if it lives elsewhere.)"; \
	  exit 1; \
	fi

migrate: install
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

demo: install
	$(PY) manage.py load_demo

messages: install
	cd prongsai && ../$(PY) ../manage.py makemessages -l th --no-obsolete --no-location --add-location=never && ../$(PY) ../manage.py compilemessages -l th

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The whole suite: lint, unit and integration tests, API fuzzing (schemathesis), browser tests.
test: install sysdeps lint
	$(PY) manage.py collectstatic --noinput -v0
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-fast: install
	$(VENV)/bin/pytest -q -m "not e2e" -x

bench: install sysdeps
	$(PY) scripts/bench.py
	$(PY) scripts/bench_documents.py
	$(PY) scripts/check_docx_pages.py
	$(PY) scripts/bench_services.py

clean:
	rm -rf $(VENV) var/static .pytest_cache .mypy_cache .ruff_cache
