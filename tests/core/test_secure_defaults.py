"""With DEBUG off, https is on by default (redirect, secure cookies, HSTS): the deployment
check passes with only a secret key and allowed hosts set. A plain-HTTP lab switches it
off explicitly; DEBUG (make run) serves plain http. Staff sessions last a working day.

The settings are read in a fresh process with a clean environment, as a server would
start; the rest of the suite runs as a plain-HTTP lab (tests/conftest.py)."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "collections.example.org",
}
SHOWN = [
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_AGE",
    "SESSION_EXPIRE_AT_BROWSER_CLOSE",
]


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """manage.py in an environment with no DJANGO_ variable but those given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def settings_with(**env: str) -> dict:
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {SHOWN!r}}}))"
    )
    result = run("shell", "--no-imports", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_deployment_check_passes_with_only_a_key_and_hosts():
    result = run("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_defaults_are_https_only():
    assert settings_with(**PRODUCTION) == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": False,
        "SESSION_COOKIE_AGE": 8 * 60 * 60,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
    }


def test_a_plain_http_lab_switches_https_off():
    shown = settings_with(
        **PRODUCTION,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
    )
    assert not shown["SECURE_SSL_REDIRECT"]
    assert not shown["SESSION_COOKIE_SECURE"] and not shown["CSRF_COOKIE_SECURE"]
    assert shown["SECURE_HSTS_SECONDS"] == 0


def test_debug_serves_plain_http():
    shown = settings_with(DJANGO_DEBUG="1")
    assert shown["DEBUG"]
    assert not shown["SECURE_SSL_REDIRECT"] and not shown["SESSION_COOKIE_SECURE"]
    assert shown["SECURE_HSTS_SECONDS"] == 0 and not shown["SECURE_HSTS_INCLUDE_SUBDOMAINS"]


def test_preload_and_session_length_are_chosen_by_the_operator():
    shown = settings_with(
        **PRODUCTION,
        DJANGO_SECURE_HSTS_PRELOAD="1",
        DJANGO_SESSION_COOKIE_AGE="3600",
        DJANGO_SESSION_EXPIRE_AT_BROWSER_CLOSE="0",
    )
    assert shown["SECURE_HSTS_PRELOAD"]
    assert shown["SESSION_COOKIE_AGE"] == 3600
    assert not shown["SESSION_EXPIRE_AT_BROWSER_CLOSE"]


@pytest.fixture
def https(settings):
    """The production defaults, as settings_with(**PRODUCTION) shows them."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = False


def test_plain_http_is_redirected_and_https_is_pinned(client, db, https):
    response = client.get("/en/catalogue/?q=treaty")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/catalogue/?q=treaty"
    response = client.get("/en/catalogue/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_the_health_check_answers_a_load_balancer_over_plain_http(client, db, https):
    assert client.get("/healthz").status_code == 200


def test_staff_cookies_travel_only_over_https_and_last_a_working_day(client, curator, https):
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": curator.username, "password": PASSWORD},
        secure=True,
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] and cookie["httponly"]
    # Gone when the browser closes: no lasting expiry on the cookie.
    assert not cookie["max-age"] and not cookie["expires"]
    # And on the server, a working day after signing in at the latest.
    session = Session.objects.get(session_key=cookie.value)
    lasts = session.expire_date - timezone.now()
    assert 8 * 3600 - 60 < lasts.total_seconds() <= 8 * 3600
    assert client.get("/admin/", secure=True).status_code == 200

    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now())
    response = client.get("/admin/", secure=True)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
