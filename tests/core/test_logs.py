"""Log lines carry a request id (plain or JSON), and refusals and failed logins are logged."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse

from core.logging import logging_config
from core.request_id import RequestIdFilter

ROOT = Path(__file__).resolve().parents[2]


class TestRequestId:
    def test_every_response_carries_a_fresh_id(self, client):
        first = client.get("/healthz")["X-Request-ID"]
        second = client.get("/healthz")["X-Request-ID"]
        assert len(first) == 32 and int(first, 16) >= 0
        assert first != second

    def test_a_clients_own_id_is_not_trusted(self, client):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="chosen-by-the-client")
        assert response["X-Request-ID"] != "chosen-by-the-client"

    def test_behind_a_proxy_its_id_is_kept(self, client, settings):
        settings.REQUEST_ID_FROM_PROXY = True
        response = client.get("/healthz", HTTP_X_REQUEST_ID="nginx-4f2a9c")
        assert response["X-Request-ID"] == "nginx-4f2a9c"

    def test_a_malformed_id_is_replaced(self, client, settings):
        settings.REQUEST_ID_FROM_PROXY = True
        response = client.get("/healthz", HTTP_X_REQUEST_ID="x\nFAKE log line")
        assert "\n" not in response["X-Request-ID"]
        assert len(response["X-Request-ID"]) == 32

    @pytest.mark.django_db
    def test_every_line_logged_during_a_request_carries_its_id(self, client, caplog):
        caplog.set_level(logging.INFO)
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        records = [r for r in caplog.records if r.name == "django.request"]
        assert records
        console = next(h for h in logging.getLogger().handlers if h.name == "console")
        for record in records:
            assert console.filter(record)
            assert record.request_id == response["X-Request-ID"]
            assert f"[{response['X-Request-ID']}]" in console.format(record)

    def test_lines_outside_a_request_say_so(self):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "message", None, None)
        RequestIdFilter().filter(record)
        assert record.request_id == "-"


class TestFormat:
    def test_an_unknown_format_is_refused(self):
        with pytest.raises(ImproperlyConfigured):
            logging_config(fmt="xml")

    def test_json_lines_with_the_request_id_and_fields(self):
        code = (
            "import logging\n"
            "from django.http import HttpResponse\n"
            "from django.test import RequestFactory\n"
            "from core.request_id import RequestIdMiddleware\n"
            "def view(request):\n"
            "    logging.getLogger('security').warning('refused', extra={'user': 'curator'})\n"
            "    return HttpResponse()\n"
            "response = RequestIdMiddleware(view)(RequestFactory().get('/'))\n"
            "print(response['X-Request-ID'])\n"
        )
        env = {**os.environ, "DJANGO_SECRET_KEY": "x", "DJANGO_LOG_FORMAT": "json"}
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        request_id = result.stdout.strip().splitlines()[-1]
        lines = [json.loads(line) for line in result.stderr.strip().splitlines()]
        (refused,) = [line for line in lines if line["message"] == "refused"]
        assert refused["request_id"] == request_id
        assert refused["level"] == "WARNING"
        assert refused["logger"] == "security"
        assert refused["user"] == "curator"
        assert "time" in refused
        # Lines outside the request are JSON too.
        assert all(line["request_id"] == "-" for line in lines if line is not refused)


@pytest.mark.django_db
class TestSecurityLog:
    def events(self, caplog, event):
        return [r for r in caplog.records if getattr(r, "event", None) == event]

    def test_a_refused_admin_page_is_logged(self, exhibition_client, caplog):
        caplog.set_level(logging.INFO, logger="security")
        url = reverse("admin:collections_app_diplomaticgift_add")
        response = exhibition_client.get(url, REMOTE_ADDR="192.0.2.44")
        assert response.status_code == 403
        (line,) = self.events(caplog, "refused")
        assert (line.user, line.path, line.method, line.client_ip) == (
            "exhibitions",
            url,
            "GET",
            "192.0.2.44",
        )
        assert line.request_id == response["X-Request-ID"]
        assert line.levelname == "WARNING"

    def test_a_csrf_failure_is_logged_with_its_reason(self, caplog):
        caplog.set_level(logging.INFO, logger="security")
        response = Client(enforce_csrf_checks=True).post(
            "/admin/login/", {"username": "x", "password": "y"}
        )
        assert response.status_code == 403
        (line,) = self.events(caplog, "refused")
        assert line.reason.startswith("CSRF: ")
        assert line.path == "/admin/login/"
        assert line.user == ""

    def test_a_failed_login_is_logged_with_the_name_tried(self, client, caplog):
        caplog.set_level(logging.INFO, logger="security")
        response = client.post(
            "/admin/login/",
            {"username": "someone\nFORGED", "password": "nope"},
            REMOTE_ADDR="192.0.2.45",
        )
        (line,) = self.events(caplog, "login_failed")
        assert (line.user, line.client_ip) == ("someone\nFORGED", "192.0.2.45")
        assert line.request_id == response["X-Request-ID"]
        # The text line cannot be split by what the client typed.
        assert "\n" not in line.getMessage()

    def test_a_successful_login_is_logged(self, client, curator, caplog):
        from tests.conftest import PASSWORD

        caplog.set_level(logging.INFO, logger="security")
        client.post("/admin/login/", {"username": "curator", "password": PASSWORD})
        (line,) = self.events(caplog, "login")
        assert line.user == "curator"
        assert line.levelname == "INFO"
