"""Prongsai settings: one file, every knob from the environment.

Read docs/deployment.md for the production values. Helpers below are typed so a wrong value
fails at start-up with a message that names the variable.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# Lets runtime code write ModelForm[Agency] and friends, as the type checker reads them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("PRONGSAI_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str | None = None) -> str | None:
    """A string from NAME, or from the file named by NAME_FILE (Docker/systemd secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0 or true/false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


# Production is the default: development (debug pages, the repository's insecure key, console
# mail) must be asked for with DEBUG=1, as `make run` and the test suite do.
DEBUG = env_bool("DEBUG", default=False)
# Django's debug pages (URL list on a 404, traceback on a 500) only when a developer asks.
DEBUG_PAGES = DEBUG and env_bool("DEBUG_PAGES", default=False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG=0 Prongsai refuses to start without it "
            "(see docs/deployment.md). Production is the default: for development on your own "
            "machine run with DEBUG=1 (as `make run` does), e.g. `DEBUG=1 python manage.py shell`."
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production-0123456789abcdef"  # noqa: S105 -- only with DEBUG on

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is not set. With DEBUG=0 it is required.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000") or ""
SITE_NAME = env_str("SITE_NAME", "โปร่งใส · Prongsai") or "โปร่งใส · Prongsai"

INSTALLED_APPS = [
    "prongsai.accounts",
    "prongsai.agencies",
    "prongsai.measures",
    "prongsai.complaints",
    "prongsai.oit",
    "prongsai.services",
    "prongsai.manuals",
    "prongsai.integrity",
    "prongsai.assets",
    "prongsai.feedback",
    "prongsai.budget",
    "prongsai.evaluation",
    "prongsai.news",
    "prongsai.risks",
    "prongsai.procurement",
    "prongsai.api",
    "prongsai.jobs",
    "prongsai.outbox",
    "prongsai.printing",
    "prongsai.pagecache",
    "prongsai.workdays",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "auditlog",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the body: a body past its URL's limit gets a Thai 413 at once.
    "prongsai.uploads.middleware.UploadLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "prongsai.accounts.middleware.ThaiFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # DEBUG=1 without DEBUG_PAGES=1: the product's Thai 404/403/500 pages, not Django's.
    "prongsai.error_pages.ProductErrorPagesMiddleware",
    # NUL bytes in the address → 400; control characters removed from submitted form values.
    "prongsai.accounts.cleaning.InputCleaningMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "prongsai.accounts.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-htmx's request.htmx, plus Vary: HX-Request on answers that looked at it.
    "prongsai.htmx.HtmxVaryMiddleware",
    "csp.middleware.CSPMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    # Axes must come last: it turns a lockout into the Thai "try again later" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "prongsai.urls"
WSGI_APPLICATION = "prongsai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "prongsai" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "prongsai.agencies.context_processors.site",
                "prongsai.agencies.context_processors.agency_menu",
            ],
            "builtins": ["prongsai.agencies.templatetags.thai"],
        },
    }
]

DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'prongsai.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Busy timeout and WAL so a school's single server copes with a few writers at once.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "agencies:staff_entry"
LOGOUT_REDIRECT_URL = "agencies:index"

# Login throttling (django-axes): five wrong passwords for one username from one address lock
# that pair out for 15 minutes. Only staff logins are tracked; complaint pages never are.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# The client address comes from one function (accounts/clientip.py) that trusts exactly
# PROXY_COUNT reverse proxies' X-Forwarded-For entries, for lock-outs and rate limits alike.
PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "prongsai.accounts.clientip.client_address"

OTP_TOTP_ISSUER = SITE_NAME

LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "prongsai" / "locale"]
LANGUAGE_COOKIE_NAME = "prongsai_language"
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "prongsai" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or VAR_DIR / "media")
# Uploaded files are answered by views that check who asks (prongsai/files); the web server
# may do the byte transfer: "nginx" (X-Accel-Redirect to an `internal` location at
# FILES_SENDFILE_PREFIX that aliases MEDIA_ROOT), "apache" (X-Sendfile, also lighttpd) or ""
# (Django streams). See docs/deployment.md, "Uploaded files".
FILES_SENDFILE = (env_str("FILES_SENDFILE", "") or "").lower()
if FILES_SENDFILE not in ("", "nginx", "apache"):
    raise ImproperlyConfigured("FILES_SENDFILE must be empty, 'nginx' or 'apache'.")
FILES_SENDFILE_PREFIX = env_str("FILES_SENDFILE_PREFIX", "/protected-media/") or "/protected-media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# "counters" holds rate-limit counters that every worker process must share: Redis where
# configured, else a table in the database (never per-process memory, which would multiply every
# limit by the number of workers).
REDIS_URL = env_str("REDIS_URL", "") or ""
CACHES: dict[str, dict[str, object]] = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    "counters": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "counters",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "prongsai_counters",
        }
    ),
    # Public pages (prongsai/pagecache, docs/pagecache.md): shared by every worker and server.
    # Without Redis a database table, not per-process memory: a write in one worker must
    # invalidate the pages every other worker serves.
    "pages": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "prongsai_pages",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    ),
}
# Anonymous visitors' public pages from the "pages" cache (docs/pagecache.md); on by default in
# production, off in development and tests unless asked for. Pages live at most
# PAGE_CACHE_SECONDS: what changes with the clock alone (news published at a time) shows
# within that.
PAGE_CACHE = env_bool("PAGE_CACHE", default=not DEBUG)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)

EMAIL_BACKEND = env_str("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST") or not DEBUG
    else "django.core.mail.backends.console.EmailBackend"
)
# In production without a mail server nothing is printed to the log (reset links, reporters'
# addresses): mail is held in the outbox until EMAIL_HOST is set, and `check --deploy` says so.
EMAIL_HOLD = not DEBUG and not env_str("EMAIL_HOST") and not env_str("EMAIL_BACKEND")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "") or ""
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
# A mail server that accepts the connection and never answers must not hold the outbox forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "prongsai@localhost") or "prongsai@localhost"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers. Production (DEBUG=0) is strict by default; each can be relaxed by name when
# a proxy terminates TLS differently (docs/deployment.md).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 10)
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
if env_bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy: no third-party origin at all, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Audit log (django-auditlog): who changed what and when. IP addresses are never recorded, so the
# log can sit next to confidential complaint data without fingerprinting anyone.
AUDITLOG_DISABLE_REMOTE_ADDR = True
AUDITLOG_INCLUDE_ALL_MODELS = False

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "prongsai.accounts.authentication.SecondStepTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_PARSER_CLASSES": [
        "prongsai.api.parsers.CleanJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "prongsai.api.pagination.Pages",
    "PAGE_SIZE": 100,
    "EXCEPTION_HANDLER": "prongsai.api.errors.thai_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Prongsai API",
    "DESCRIPTION": "REST API of Prongsai (โปร่งใส). Errors are JSON with a Thai `detail`.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for a choice set several fields share (else a warning, and a failed deploy check).
    "ENUM_NAME_OVERRIDES": {
        "AssetConditionEnum": "prongsai.assets.models.AssetCondition",
        "LoanKindEnum": "prongsai.assets.models.Loan.Kind",
        "NewsCategoryEnum": "prongsai.news.models.NewsItem.Category",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Complaints: content is encrypted with these keys (never in the database; see
# prongsai/complaints/crypto.py). The receipt salt is its own secret, required in production:
# changing SECRET_KEY (a routine rotation) must never make the reporters' receipts unusable.
COMPLAINT_KEYS = env_str("COMPLAINT_KEYS", "") or ""
COMPLAINT_RECEIPT_SALT = env_str("COMPLAINT_RECEIPT_SALT", "") or ""
if not COMPLAINT_RECEIPT_SALT:
    if not DEBUG:
        raise ImproperlyConfigured(
            "COMPLAINT_RECEIPT_SALT is not set. With DEBUG=0 Prongsai refuses to start without "
            "it: complaint receipts are hashed with it (see docs/deployment.md)."
        )
    COMPLAINT_RECEIPT_SALT = "dev-only-receipt-salt"
COMPLAINT_RECEIPT_SCRYPT_N = env_int("COMPLAINT_RECEIPT_SCRYPT_N", 2**15)
COMPLAINT_RETENTION_YEARS = env_int("COMPLAINT_RETENTION_YEARS", 5)
COMPLAINT_MAX_ATTACHMENT_MB = env_int("COMPLAINT_MAX_ATTACHMENT_MB", 10)

# Two-factor authentication: site administrators must use TOTP; everyone else may.
REQUIRE_ADMIN_2FA = env_bool("REQUIRE_ADMIN_2FA", default=True)

# Background work (prongsai/jobs): mail outbox and document printing run off the request path.
# JOBS_MODE: celery (CELERY_BROKER_URL set), thread (embedded default), inline (tests), cron.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "") or ""
JOBS_MODE = env_str("JOBS_MODE", "") or ("celery" if CELERY_BROKER_URL else "thread")
if JOBS_MODE not in {"celery", "thread", "inline", "cron"}:
    raise ImproperlyConfigured("JOBS_MODE must be celery, thread, inline or cron")
JOBS_TIME_LIMIT = env_int("JOBS_TIME_LIMIT", 120)

# Public PDFs are printed by the "print" job, never in a request (docs/security.md):
# seconds before a print is killed, and the most pages and characters of text it may have.
PDF_TIMEOUT = env_int("PDF_TIMEOUT", 90)
PDF_MAX_PAGES = env_int("PDF_MAX_PAGES", 200)
PDF_MAX_CHARACTERS = env_int("PDF_MAX_CHARACTERS", 300_000)

# Uploads (docs/security.md; prongsai.uploads.limits has the limit of each URL): form
# fields without files up to 2.5 MB in memory; files over 1 MB spool to disk; each form counts
# its own files; an office file (DOCX/XLSX) may unpack to at most UPLOAD_MAX_UNPACKED_MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 1_048_576
UPLOAD_MAX_UNPACKED_MB = env_int("UPLOAD_MAX_UNPACKED_MB", 50)

# Mail outbox (prongsai/outbox): a failed message is retried after 1, 2, 4, … minutes (at most an
# hour between tries) and given up after OUTBOX_MAX_ATTEMPTS; old rows go after OUTBOX_KEEP_DAYS.
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 10)
OUTBOX_RETRY_SECONDS = env_int("OUTBOX_RETRY_SECONDS", 60)
OUTBOX_KEEP_DAYS = env_int("OUTBOX_KEEP_DAYS", 30)
