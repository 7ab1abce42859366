"""One log line, on the "security" logger, for each failed login, lockout and refusal.

Each line names the user (or the username tried), the path, the client's address and,
through the logging filter, the request id; JSON output carries them as fields.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.views.csrf import csrf_failure as django_csrf_failure

from core.client_ip import client_ip

logger = logging.getLogger("security")

_MAX_NAME = 150


def _username_tried(credentials: dict | None) -> str:
    # What the client typed: bounded and shown with repr() so it cannot forge a line.
    name = str((credentials or {}).get("username") or "")
    return name[:_MAX_NAME]


def _user_name(request) -> str:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    return user.get_username()


def _fields(request, user: str) -> dict:
    return {
        "user": user,
        "path": request.path if request is not None else "",
        "client_ip": client_ip(request) if request is not None else None,
        "method": request.method if request is not None else "",
    }


@receiver(user_login_failed)
def log_login_failed(sender, credentials=None, request=None, **kwargs):
    fields = _fields(request, _username_tried(credentials))
    logger.warning(
        "login failed: user=%r path=%r address=%s",
        fields["user"],
        fields["path"],
        fields["client_ip"],
        extra={"event": "login_failed", **fields},
    )


@receiver(user_locked_out)
def log_locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    fields = _fields(request, str(username or "")[:_MAX_NAME])
    logger.warning(
        "login locked out: user=%r path=%r address=%s",
        fields["user"],
        fields["path"],
        fields["client_ip"],
        extra={"event": "login_locked_out", **fields},
    )


@receiver(user_logged_in)
def log_logged_in(sender, request=None, user=None, **kwargs):
    fields = _fields(request, user.get_username() if user is not None else "")
    logger.info(
        "login: user=%r path=%r address=%s",
        fields["user"],
        fields["path"],
        fields["client_ip"],
        extra={"event": "login", **fields},
    )


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: Django's page, with the reason kept for the refusal's log line."""
    request.security_reason = f"CSRF: {reason}"
    return django_csrf_failure(request, reason=reason)


class SecurityLogMiddleware:
    """Logs every 403 (PermissionDenied in a view or the admin, CSRF failures), whoever
    raised it, with the user, path, address and reason."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 403:
            fields = _fields(request, _user_name(request))
            reason = getattr(request, "security_reason", "permission denied")
            logger.warning(
                "refused (403): user=%r %s %r address=%s reason=%s",
                fields["user"],
                fields["method"],
                fields["path"],
                fields["client_ip"],
                reason,
                extra={"event": "refused", "status": 403, "reason": reason, **fields},
            )
        return response
