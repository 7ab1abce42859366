"""The LOGGING setting: plain or JSON lines, each with the request id, and 500s mailed
to ADMINS (see docs/security.md, "Error reporting and logs")."""

from email.utils import getaddresses

from django.core.exceptions import ImproperlyConfigured

FORMATS = ("text", "json")

_TEXT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
_JSON_FIELDS = "%(levelname)s %(name)s %(request_id)s %(message)s"


def logging_config(*, level: str = "INFO", fmt: str = "text") -> dict:
    if fmt not in FORMATS:
        raise ImproperlyConfigured(
            f"DJANGO_LOG_FORMAT must be one of {', '.join(FORMATS)}, not {fmt!r}"
        )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.request_id.RequestIdFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "text": {"format": _TEXT},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": _JSON_FIELDS,
                "rename_fields": {"levelname": "level", "name": "logger"},
                # ISO 8601 in UTC, with milliseconds.
                "timestamp": "time",
            },
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": fmt,
                "filters": ["request_id"],
            },
            "mail_admins": {
                "class": "django.utils.log.AdminEmailHandler",
                "level": "ERROR",
                "filters": ["require_debug_false", "request_id"],
            },
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Errors while serving a request (500s) reach ADMINS by e-mail; the lines
            # still reach the console through the root logger.
            "django": {"handlers": ["mail_admins"], "level": level, "propagate": True},
            # Failed logins, lockouts and refusals (core.security_log).
            "security": {"level": "INFO", "propagate": True},
        },
    }


def parse_admins(raw: str) -> list[tuple[str, str]]:
    """DJANGO_ADMINS: "Name <email>, Other <email>" (or bare addresses) as ADMINS."""
    admins = [(name, address) for name, address in getaddresses([raw or ""]) if address]
    for _name, address in admins:
        if "@" not in address:
            raise ImproperlyConfigured(f"DJANGO_ADMINS: {address!r} is not an e-mail address")
    return admins
