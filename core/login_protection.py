"""Throttling of logins (django-axes): what a lockout looks like, and what a success resets.

See docs/security.md, "Login protection and two-factor".
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.contrib import admin
from django.shortcuts import render
from django.utils.translation import gettext, ngettext


class LoginAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler, except that a successful login forgets only that
    user's own failures. Axes' default also forgets every failure from the same address,
    so anyone with an account could log in between guesses at other accounts to keep
    their address's count (and their victims' counts from it) from ever reaching the limit."""

    def reset_user_attempts(self, request, credentials=None) -> int:
        username = get_client_username(request, credentials)
        if not username:
            return 0
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count


def lockout_message(request) -> str:
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0
    if not minutes:
        return gettext(
            "Too many failed login attempts for this account or from this address. "
            "Ask an administrator to unlock the account."
        )
    return ngettext(
        "Too many failed login attempts for this account or from this address. "
        "Try again in %(minutes)d minute, or ask an administrator to unlock the account.",
        "Too many failed login attempts for this account or from this address. "
        "Try again in %(minutes)d minutes, or ask an administrator to unlock the account.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the admin's login page layout with the reason, in the
    visitor's language, answered with 429 Too Many Requests."""
    context = {
        **admin.site.each_context(request),
        "title": gettext("Login locked"),
        "message": lockout_message(request),
    }
    return render(request, "admin/locked_out.html", context, status=429)
