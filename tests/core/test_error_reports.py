"""500s reach people: ADMINS by e-mail, Sentry when a DSN is set."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from core.logging import parse_admins
from core.sentry import init_sentry

ROOT = Path(__file__).resolve().parents[2]


def shell(code: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SENTRY_")}
    environ.update({"DJANGO_SECRET_KEY": "x", **env})
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
    )


def test_admins_come_from_the_environment():
    assert parse_admins("Aigerim Sadykova <aigerim@example.org>, ops@example.org") == [
        ("Aigerim Sadykova", "aigerim@example.org"),
        ("", "ops@example.org"),
    ]
    assert parse_admins("") == []
    with pytest.raises(ImproperlyConfigured):
        parse_admins("Nobody <nowhere>")


def test_the_settings_read_admins_and_mail_server():
    code = (
        "from django.conf import settings as s; import json; "
        "print(json.dumps([s.ADMINS, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.SERVER_EMAIL]))"
    )
    result = shell(
        code,
        DJANGO_ADMINS="Ops <ops@example.org>",
        DJANGO_EMAIL_HOST="smtp.example.org",
        DJANGO_EMAIL_PORT="587",
        DJANGO_EMAIL_USE_TLS="1",
        DJANGO_SERVER_EMAIL="site@example.org",
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        [["Ops", "ops@example.org"]],
        "smtp.example.org",
        587,
        True,
        "site@example.org",
    ], result.stderr


@pytest.mark.django_db
def test_a_server_error_is_mailed_to_the_admins(settings):
    settings.ROOT_URLCONF = "tests.core.error_urls"
    settings.ADMINS = [("Ops", "ops@example.org")]
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ops@example.org"]
    assert "/broken/" in message.subject
    assert "RuntimeError" in message.body
    assert "a bug in a view" in message.body


@pytest.mark.django_db
def test_no_admins_no_mail(settings):
    settings.ROOT_URLCONF = "tests.core.error_urls"
    settings.ADMINS = []
    Client(raise_request_exception=False).get("/broken/")
    assert mail.outbox == []


def test_sentry_starts_only_with_a_dsn(monkeypatch):
    calls = []
    monkeypatch.setattr("sentry_sdk.init", lambda **kwargs: calls.append(kwargs))
    assert init_sentry(dsn="", environment="production", release="") is False
    assert calls == []
    assert init_sentry(dsn="https://key@127.0.0.1/1", environment="staging", release="1.2")
    (options,) = calls
    assert options["dsn"] == "https://key@127.0.0.1/1"
    assert options["send_default_pii"] is False
    assert (options["environment"], options["release"]) == ("staging", "1.2")


SENTRY_STATE = (
    "import sentry_sdk, json; c = sentry_sdk.get_client(); "
    "print(json.dumps([c.is_active(), c.options.get('send_default_pii'), "
    "c.options.get('environment'), c.options.get('release')]))"
)


def test_the_settings_start_sentry_only_when_a_dsn_is_set():
    without = shell(SENTRY_STATE)
    assert json.loads(without.stdout.strip().splitlines()[-1])[0] is False, without.stderr
    # A DSN on the loopback address: nothing is sent, as nothing fails.
    with_dsn = shell(
        SENTRY_STATE,
        SENTRY_DSN="http://key@127.0.0.1:9/1",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="abc123",
    )
    assert json.loads(with_dsn.stdout.strip().splitlines()[-1]) == [
        True,
        False,
        "staging",
        "abc123",
    ], with_dsn.stderr
