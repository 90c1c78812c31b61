"""Quotedesk settings: one file, configured from the environment.

The defaults are safe: DEBUG is off and a SECRET_KEY is required, unless QUOTEDESK_DEV=1 (`make run`
sets it) asks for development mode. Production sets SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see
README, "Deploying").
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def development_secret_key(path: Path) -> str:
    """This checkout's own development key (var/dev-secret-key, made once, readable by its owner only):
    never a key published in the source, so a development server's sessions cannot be forged from it."""
    for _ in range(3):
        try:
            key = path.read_text().strip()
            if key:
                return key
        except FileNotFoundError:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue  # another process is writing it: read it on the next round
            except OSError:
                break
            key = secrets.token_urlsafe(50)
            with os.fdopen(fd, "w") as file:
                file.write(key)
            return key
    return secrets.token_urlsafe(50)  # read-only checkout: a key for this process only


# Safe by default: DEBUG is off unless development mode is asked for. `make run` (and the test settings)
# set QUOTEDESK_DEV=1, which turns DEBUG on; DEBUG=1 alone does too. Production sets neither.
DEVELOPMENT = env_bool("QUOTEDESK_DEV", False)
DEBUG = env_bool("DEBUG", DEVELOPMENT)

# Commands that read and write files and never sign anything (no session, no form) run anywhere,
# development mode or not: the parser's scorer (`extract_quotes`) and the parser/claims benchmarks.
SIGNS_NOTHING = {"extract_quotes", "bench_parser", "bench_claims"}

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and len(sys.argv) > 1 and sys.argv[1] in SIGNS_NOTHING:
    SECRET_KEY = secrets.token_urlsafe(50)  # for this process only; nothing it does is signed
if not SECRET_KEY:
    if not DEBUG:
        sys.stderr.write(
            "Quotedesk refuses to start: DEBUG=0 needs a SECRET_KEY environment variable "
            "(for development on this machine, set QUOTEDESK_DEV=1 instead; `make run` does).\n"
        )
        raise ImproperlyConfigured(
            "DEBUG=0 needs a SECRET_KEY environment variable (a long random string); refusing to start. "
            "For development, set QUOTEDESK_DEV=1."
        )
    SECRET_KEY = development_secret_key(BASE_DIR / "var" / "dev-secret-key")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_tasks_db",
    "axes",
    "attribution",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before CsrfViewMiddleware reads the body: an oversized paste gets the app's size message.
    "attribution.middleware.RequestTooLargeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login (site or admin) into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "attribution.urls"
WSGI_APPLICATION = "attribution.wsgi.application"
ASGI_APPLICATION = "attribution.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while a writer commits; IMMEDIATE avoids lock upgrades that fail.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA busy_timeout=20000; PRAGMA cache_size=-64000;"
            ),
        }
    )
    # Opening a SQLite file is cheap; per-request connections keep the PRAGMAs simple and threads safe.
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 0)
else:
    # Several web processes and workers share one server: drop a dead pooled connection cleanly.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# PostgreSQL: pages a bitmap scan may ask the disk for ahead of reading them (attribution/apps.py:
# read_ahead); 0 leaves the server's own effective_io_concurrency.
DB_IO_CONCURRENCY = env_int("QUOTEDESK_DB_IO_CONCURRENCY", 32)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login throttling (django-axes, attribution/throttling.py). Its backend comes first: it refuses a locked-out
# account or address before the password is even checked, so the right password fails during a lockout.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("QUOTEDESK_LOGIN_THROTTLING", True)
AXES_FAILURE_LIMIT = env_int("QUOTEDESK_LOGIN_FAILURE_LIMIT", 5)
# Two separate counts: per account (from any address) and per client address (for any account).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("QUOTEDESK_LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "attribution.throttling.locked_out"
AXES_CLIENT_IP_CALLABLE = "attribution.throttling.client_ip"
AXES_VERBOSE = False
# How many reverse proxies append to X-Forwarded-For in front of the app (0: use the socket's address).
QUOTEDESK_TRUSTED_PROXIES = env_int("QUOTEDESK_TRUSTED_PROXIES", 0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "queue"
LOGOUT_REDIRECT_URL = "login"

# Uploads and pastes larger than this are refused with a clear message (bytes).
QUOTEDESK_MAX_UPLOAD_BYTES = env_int("QUOTEDESK_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = QUOTEDESK_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = QUOTEDESK_MAX_UPLOAD_BYTES + 1024 * 1024

# Background work: django.tasks with the database backend (db_worker). Tests and
# QUOTEDESK_TASKS=immediate run tasks inline.
TASKS_BACKEND = os.environ.get("QUOTEDESK_TASKS", "database")
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if TASKS_BACKEND == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

# A RUNNING task older than this is taken to have lost its worker and is run again (run_worker,
# recover_tasks). Tasks of a worker whose heartbeat went stale are requeued sooner (below).
QUOTEDESK_TASK_STALE_SECONDS = env_int("QUOTEDESK_TASK_STALE_SECONDS", 600)
# Each run_worker touches its heartbeat row this often; a worker not seen for the stale time is dead.
QUOTEDESK_HEARTBEAT_SECONDS = env_int("QUOTEDESK_HEARTBEAT_SECONDS", 10)
QUOTEDESK_WORKER_STALE_SECONDS = env_int("QUOTEDESK_WORKER_STALE_SECONDS", 60)
# At most this many machine quotes are stored per article (the first in reading order); the article
# page says how many more the parser found.
QUOTEDESK_MAX_QUOTES_PER_ARTICLE = env_int("QUOTEDESK_MAX_QUOTES_PER_ARTICLE", 2000)

# Strict Content-Security-Policy: no inline scripts, no third-party hosts.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # Load balancers probe over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The article page caches rendered quote rows (keys change with the content); a 200-quote article
# needs ~200 entries, more than locmem's default 300 allows across several open articles.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("QUOTEDESK_CACHE_ENTRIES", 20000)},
    }
}
