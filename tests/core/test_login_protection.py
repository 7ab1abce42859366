"""Login protection on the admin login page (django-axes): throttling, lockout, unlock."""

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, username, password, address="203.0.113.7", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_fifty_wrong_passwords_then_the_right_one_does_not_log_in(client, curator):
    """The finding: 50 wrong passwords, then the right one, logged in."""
    for _ in range(50):
        attempt(client, "curator", "wrong-password")
    response = attempt(client, "curator", PASSWORD)
    assert not logged_in(client)
    assert response.status_code == 429
    assert client.get(reverse("admin:index")).status_code == 302


def lock_out(client, username="curator", address="203.0.113.7", limit=5):
    for _ in range(limit):
        attempt(client, username, "wrong-password", address)


def test_the_limit_and_cool_off_come_from_the_environment(settings):
    from datetime import timedelta

    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME == timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]
    assert settings.AXES_RESET_ON_SUCCESS is True


def test_fewer_failures_than_the_limit_still_let_the_user_in(client, curator):
    for _ in range(4):
        assert attempt(client, "curator", "wrong-password").status_code == 200
    response = attempt(client, "curator", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_a_success_forgets_the_users_failures(client, curator):
    for _ in range(4):
        attempt(client, "curator", "wrong-password")
    attempt(client, "curator", PASSWORD)
    client.logout()
    for _ in range(4):
        attempt(client, "curator", "wrong-password")
    assert attempt(client, "curator", PASSWORD).status_code == 302


def test_lockout_per_user_from_varying_addresses(client, curator):
    for n in range(5):
        attempt(client, "curator", "wrong-password", address=f"198.51.100.{n + 1}")
    response = attempt(client, "curator", PASSWORD, address="192.0.2.200")
    assert response.status_code == 429
    assert not logged_in(client)


def test_lockout_per_address_over_varying_usernames(client, curator, registrar):
    for n in range(5):
        attempt(client, f"guess{n}", "wrong-password", address="203.0.113.9")
    assert attempt(client, "curator", PASSWORD, address="203.0.113.9").status_code == 429
    assert not logged_in(client)
    # Another address, and the user's own account, are not affected.
    assert attempt(client, "curator", PASSWORD, address="203.0.113.10").status_code == 302


def test_logging_in_between_guesses_does_not_reset_the_address(client, curator, registrar):
    """Axes' default reset on success would forget every failure from the address."""
    for _ in range(4):
        attempt(client, "registrar", "wrong-password", address="203.0.113.11")
    assert attempt(client, "curator", PASSWORD, address="203.0.113.11").status_code == 302
    client.logout()
    attempt(client, "registrar", "wrong-password", address="203.0.113.11")
    assert attempt(client, "registrar", PASSWORD, address="203.0.113.12").status_code == 429


def test_forged_forwarded_for_does_not_escape_the_address_lockout(client, curator):
    """Not behind a proxy, X-Forwarded-For is the client's own word."""
    for n in range(5):
        attempt(client, f"guess{n}", "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}")
    response = attempt(client, "curator", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, curator, settings):
    settings.CLIENT_IP_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for n in range(5):
        attempt(
            client,
            f"guess{n}",
            "wrong-password",
            address=proxy,
            # The client's own forged entry comes first; the proxy appends what it saw.
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}, 198.51.100.50",
        )
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.50"}
    locked = attempt(
        client, "curator", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.50"
    )
    assert locked.status_code == 429
    other = attempt(
        client, "curator", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.51"
    )
    assert other.status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, curator):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    lock_out(client)
    assert attempt(client, "curator", PASSWORD).status_code == 429
    # Sixteen minutes pass (the cool-off is fifteen).
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert attempt(client, "curator", PASSWORD).status_code == 302
    assert logged_in(client)


def test_the_lock_holds_just_before_the_cool_off_ends(client, curator):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    lock_out(client)
    attempt(client, "curator", PASSWORD)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    assert attempt(client, "curator", PASSWORD).status_code == 429


def test_an_administrator_unlocks_from_the_admin(client, curator, django_user_model):
    from axes.models import AccessAttempt

    lock_out(client)
    admin_user = django_user_model.objects.create_superuser("boss", password=PASSWORD)
    boss = type(client)()
    boss.force_login(admin_user)
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert "curator" in boss.get(changelist).content.decode()
    ids = list(AccessAttempt.objects.filter(username="curator").values_list("pk", flat=True))
    response = boss.post(
        changelist,
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert attempt(client, "curator", PASSWORD).status_code == 302


def test_staff_roles_cannot_unlock(curator_client):
    assert curator_client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_an_administrator_unlocks_with_the_management_command(client, curator):
    from django.core.management import call_command

    lock_out(client)
    call_command("axes_reset_username", "curator", stdout=open("/dev/null", "w"))
    assert attempt(client, "curator", PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "language,expected",
    [
        ("en", "Too many failed login attempts"),
        ("ru", "Слишком много неудачных попыток входа"),
        ("kk", "Кіру әрекеттері тым көп сәтсіз болды"),
    ],
)
def test_the_lockout_page_speaks_the_visitors_language(client, curator, language, expected):
    lock_out(client)
    response = attempt(client, "curator", PASSWORD, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    page = response.content.decode()
    assert expected in page
    assert "15" in page
    assert 'id="lockout-message"' in page
    assert "Account locked" not in page  # not axes' own English text


def test_each_failure_and_the_lockout_are_logged(client, curator, caplog):
    caplog.set_level("INFO", logger="security")
    for _ in range(5):
        attempt(client, "curator", "wrong-password", address="203.0.113.77")
    failures = [r for r in caplog.records if getattr(r, "event", "") == "login_failed"]
    assert len(failures) == 5
    first = failures[0]
    assert first.name == "security"
    assert (first.user, first.path, first.client_ip) == ("curator", LOGIN, "203.0.113.77")
    assert len(first.request_id) == 32
    assert [r for r in caplog.records if getattr(r, "event", "") == "login_locked_out"]


def test_the_settings_read_the_environment():
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from django.conf import settings as s; import json; "
        "print(json.dumps([s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, s.OTP_REQUIRED, "
        "s.CLIENT_IP_PROXY_COUNT, s.REQUEST_ID_FROM_PROXY]))"
    )
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": "x",
        "DJANGO_LOGIN_FAILURE_LIMIT": "3",
        "DJANGO_LOGIN_COOLOFF_MINUTES": "0",
        "DJANGO_OTP_REQUIRED": "1",
        "DJANGO_BEHIND_PROXY": "1",
        "DJANGO_PROXY_COUNT": "2",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [3, None, True, 2, True], (
        result.stderr
    )


def test_without_a_cool_off_the_lock_holds_until_an_administrator_lifts_it(
    client, curator, settings
):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.core.management import call_command
    from django.utils import timezone

    settings.AXES_COOLOFF_TIME = None
    lock_out(client)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(days=30))
    response = attempt(client, "curator", PASSWORD)
    assert response.status_code == 429
    assert "Ask an administrator to unlock the account." in response.content.decode()
    call_command("axes_reset", stdout=open("/dev/null", "w"))
    assert attempt(client, "curator", PASSWORD).status_code == 302
