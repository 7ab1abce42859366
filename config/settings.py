"""The one settings module. Every knob is an environment variable, documented in README."""

import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import env_bool, env_int, env_list, env_str
from config.policies import PERMISSIONS_POLICY_OFF, content_security_policy
from core.logging import logging_config, parse_admins
from core.sentry import init_sentry

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

# Commands that never sign anything may run without a key (e.g. makemigrations --check
# in a fresh checkout); serving and everything else refuses to start without one.
_KEYLESS_COMMANDS = {"makemigrations", "compile_translations"}

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    keyless = len(sys.argv) > 1 and sys.argv[1] in _KEYLESS_COMMANDS
    if not DEBUG and not keyless:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (see README, Settings)."
        )
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "core",
    "authorities",
    "collections_app",
    "events",
    "exhibitions",
    "bookings",
    "search",
    "catalogue",
    "backups",
    "demo",
]

MIDDLEWARE = [
    "core.request_id.RequestIdMiddleware",
    "core.security_log.SecurityLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.hostile_input.HostileInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.two_factor.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "core.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    {
        # The card (catalogue/jinja2/): core/jinja2.py says why.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "core.jinja2.environment"},
    },
]

# SQLite is the embedded default so a newcomer needs nothing installed;
# production sets DATABASE_URL=postgres://...
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Short catalogue queries gain nothing from JIT compilation and pay ~20 ms for it.
    # Ranking a broad match set sorts tens of thousands of rows: keep that in memory.
    # A web request runs beside others: parallel workers for one of its queries take the
    # cores the other requests need (a deep search page doubled its p95 under load).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c jit=off -c work_mem={env_str('DATABASE_WORK_MEM', '32MB')}"
        f" -c max_parallel_workers_per_gather={env_int('DATABASE_PARALLEL_WORKERS', 0)}"
    )
# Reads run on every page with the same SQL are prepared once per connection on PostgreSQL
# (core/prepared.py); off behind a pooler in transaction mode (docs/operations.md).
DATABASE_PREPARED_STATEMENTS = env_bool("DATABASE_PREPARED_STATEMENTS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a writer instead of failing at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

# A shared cache (Redis) when several processes or machines serve the site; each process's
# own memory otherwise. Cached values are keyed by the search index version, never stale.
_cache_url = env_str("CACHE_URL", "locmem://")
if _cache_url.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            # Misses instead of errors while Redis is down (core/cache.py).
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": _cache_url,
        }
    }
elif _cache_url == "locmem://":
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Cards (a page shows 20) and facet blocks: a few megabytes per process.
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
        }
    }
else:
    raise ImproperlyConfigured(f"CACHE_URL must be locmem:// or redis://..., not {_cache_url!r}")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages of the public text: Kazakh, Russian, English. Record fields are stored
# per language (title_kk, title_ru, title_en); see core/i18n.py for the fallback order.
LANGUAGE_CODE = env_str("DJANGO_LANGUAGE_CODE", "en")
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Asia/Almaty")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))

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

# Upload limits: a master scan may be large, but a form post is not.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", 10 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_FILE_UPLOAD_MAX_MEMORY_SIZE", 10 * 1024 * 1024)
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_BYTES", 200 * 1024 * 1024)

# Security: with DEBUG off, https only (redirect, secure cookies, HSTS) unless switched off
# for a plain-HTTP lab (README, Settings); with DEBUG on (make run), plain http.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# A load balancer probes the workers over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading asks browser makers to hard-code https for the whole domain, for months:
    # the operator's own decision, not a default, so its reminder is no deployment warning.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = content_security_policy(MEDIA_URL)
PERMISSIONS_POLICY = PERMISSIONS_POLICY_OFF

# Staff sessions last a working day at most, and end when the browser closes.
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("DJANGO_SESSION_EXPIRE_AT_BROWSER_CLOSE", True)

LOGIN_URL = "admin:login"

# Logs and error reports (docs/security.md, "Error reporting and logs"): one line per
# event, plain or JSON, each with the request id; 500s mailed to ADMINS, and to Sentry
# when SENTRY_DSN is set.
LOGGING = logging_config(
    level=env_str("DJANGO_LOG_LEVEL", "INFO"), fmt=env_str("DJANGO_LOG_FORMAT", "text")
)
ADMINS = parse_admins(env_str("DJANGO_ADMINS", ""))
SERVER_EMAIL = env_str("DJANGO_SERVER_EMAIL", "root@localhost")
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", SERVER_EMAIL)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
CSRF_FAILURE_VIEW = "core.security_log.csrf_failure"
init_sentry(
    dsn=env_str("SENTRY_DSN", ""),
    environment=env_str("SENTRY_ENVIRONMENT", "production"),
    release=env_str("SENTRY_RELEASE", ""),
)

# The client's address: REMOTE_ADDR, or behind DJANGO_BEHIND_PROXY the entry that the
# outermost of DJANGO_PROXY_COUNT proxies appended to X-Forwarded-For (core/client_ip.py).
CLIENT_IP_PROXY_COUNT = (
    env_int("DJANGO_PROXY_COUNT", 1) if env_bool("DJANGO_BEHIND_PROXY", False) else 0
)
# Only a proxy may name the request id; a client's X-Request-ID is replaced.
REQUEST_ID_FROM_PROXY = CLIENT_IP_PROXY_COUNT > 0

# Login protection (django-axes; docs/security.md): after DJANGO_LOGIN_FAILURE_LIMIT
# failures for one username (from any address) or from one address (for any username),
# logins are refused for DJANGO_LOGIN_COOLOFF_MINUTES (0: until an administrator unlocks).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
_login_cooloff_minutes = env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15)
AXES_COOLOFF_TIME = timedelta(minutes=_login_cooloff_minutes) if _login_cooloff_minutes else None
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_HANDLER = "core.login_protection.LoginAttemptHandler"
AXES_LOCKOUT_CALLABLE = "core.login_protection.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"

# Two-factor sign-in for staff (django-otp, TOTP): asked of everyone who has enrolled a
# device; with DJANGO_OTP_REQUIRED, every admin page needs it (unenrolled staff enrol).
OTP_REQUIRED = env_bool("DJANGO_OTP_REQUIRED", False)
OTP_TOTP_ISSUER = env_str("DJANGO_OTP_ISSUER", "Diplomatic collections")
# A device's secret key is never shown in the admin, not even to a superuser.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Record history (django-simple-history): keep who changed what, revertible from the admin.
SIMPLE_HISTORY_REVERT_DISABLED = False
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# JSON exports that keep times to the microsecond (manage.py export_data).
SERIALIZATION_MODULES = {"json-exact": "backups.serializer"}

# Serve uploaded media from Django itself: on for local use (DEBUG), off in production
# where a proxy or object storage serves them.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)

# The exhibitions' add-objects page finds records with the catalogue's search. Search sits
# above exhibitions (it indexes them), so the two are wired here: a callable
# (query, *, limit) -> (record ids, problems).
EXHIBITIONS_RECORD_FINDER = "search.filters.find_records"

# The benchmark's reference pages (benchmarks/urls.py); never on in production.
BENCHMARK_VIEWS = env_bool("BENCHMARK_VIEWS", False)
