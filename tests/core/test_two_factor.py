"""Two-factor sign-in for staff (django-otp TOTP), with real codes from the device key."""

import time

import pytest
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
SETUP = "/admin/two-factor/"


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or ``steps_ahead`` periods later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong(device: TOTPDevice) -> str:
    valid = {code(device, n) for n in (-1, 0, 1)}
    return next(f"{n:06d}" for n in range(1_000_000) if f"{n:06d}" not in valid)


def log_in(client, username, otp_token="", password=PASSWORD, address="203.0.113.5"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "otp_token": otp_token, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def device(curator):
    return TOTPDevice.objects.create(user=curator, name="phone", confirmed=True)


def test_staff_without_a_device_log_in_with_a_password_alone(client, curator):
    response = log_in(client, "curator")
    assert response.status_code == 302
    assert logged_in(client)


def test_the_login_page_offers_the_code_field(client):
    page = client.get(LOGIN).content.decode()
    assert 'name="otp_token"' in page
    assert 'autocomplete="one-time-code"' in page


def test_a_user_with_a_device_is_asked_for_the_code(client, device):
    response = log_in(client, "curator")
    assert response.status_code == 200
    assert "Enter the code from your authenticator app." in response.content.decode()
    assert not logged_in(client)


def test_a_wrong_code_does_not_log_in(client, device):
    response = log_in(client, "curator", wrong(device))
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert not logged_in(client)


def test_the_right_code_logs_in_and_verifies_the_session(client, device):
    response = log_in(client, "curator", code(device))
    assert response.status_code == 302
    assert logged_in(client)
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id


def test_a_code_cannot_be_used_twice(client, device):
    token = code(device)
    assert log_in(client, "curator", token).status_code == 302
    client.logout()
    assert log_in(client, "curator", token).status_code == 200
    assert not logged_in(client)


def test_wrong_codes_count_towards_the_lockout(client, device):
    for _ in range(5):
        log_in(client, "curator", wrong(device))
    device.throttle_reset()
    response = log_in(client, "curator", code(device))
    assert response.status_code == 429
    assert not logged_in(client)


def test_a_password_alone_cannot_be_used_to_guess_codes_quickly(client, device, settings):
    """The device backs off after a failure: even the right code is refused at once after."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute's wait, so a slow machine cannot pass it
    log_in(client, "curator", wrong(device))
    assert log_in(client, "curator", code(device)).status_code == 200
    assert not logged_in(client)


class TestEnrolment:
    def test_staff_enrol_with_a_qr_code_and_a_first_code(self, curator_client, curator):
        page = curator_client.get(SETUP)
        assert page.status_code == 200
        html = page.content.decode()
        qr = html[html.index('class="two-factor-qr"') :]
        assert qr.index("<svg") < qr.index("<path") < qr.index("</figure>")
        device = TOTPDevice.objects.get(user=curator)
        assert not device.confirmed
        assert "otpauth://" not in html  # the key is shown for typing, not as a link
        secret = html.split('id="two-factor-secret">')[1].split("<")[0].replace(" ", "")
        from base64 import b32decode

        assert b32decode(secret) == device.bin_key

        response = curator_client.post(SETUP, {"otp_token": code(device), "next": "/admin/"})
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        device.refresh_from_db()
        assert device.confirmed
        assert curator_client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id

    def test_reloading_the_page_keeps_the_key_already_scanned(self, curator_client, curator):
        curator_client.get(SETUP)
        curator_client.get(SETUP)
        assert TOTPDevice.objects.filter(user=curator).count() == 1

    def test_a_wrong_first_code_enrols_nothing(self, curator_client, curator):
        curator_client.get(SETUP)
        device = TOTPDevice.objects.get(user=curator)
        response = curator_client.post(SETUP, {"otp_token": wrong(device)})
        assert response.status_code == 200
        assert "not correct" in response.content.decode()
        device.refresh_from_db()
        assert not device.confirmed

    def test_after_enrolling_the_login_asks_for_the_code(self, curator_client, curator, client):
        curator_client.get(SETUP)
        device = TOTPDevice.objects.get(user=curator)
        curator_client.post(SETUP, {"otp_token": code(device)})
        curator_client.logout()
        assert log_in(curator_client, "curator").status_code == 200
        assert log_in(curator_client, "curator", code(device, 1)).status_code == 302

    def test_the_qr_code_needs_no_inline_style(self, curator_client):
        html = curator_client.get(SETUP).content.decode()
        figure = html[html.index('class="two-factor-qr"') :]
        svg = figure[figure.index("<svg") : figure.index("</svg>")]
        assert "<path" in svg
        assert "style" not in svg

    def test_only_staff_reach_the_page(self, client, outsider):
        assert client.get(SETUP)["Location"].startswith(LOGIN)
        client.force_login(outsider)
        assert client.get(SETUP)["Location"].startswith(LOGIN)
        assert not TOTPDevice.objects.exists()

    def test_unsafe_next_is_ignored(self, curator_client, curator):
        curator_client.get(SETUP)
        device = TOTPDevice.objects.get(user=curator)
        response = curator_client.post(
            SETUP, {"otp_token": code(device), "next": "https://evil.example/"}
        )
        assert response["Location"] == reverse("admin:index")


class TestRequired:
    @pytest.fixture(autouse=True)
    def _required(self, settings):
        settings.OTP_REQUIRED = True

    def test_staff_without_a_device_are_sent_to_enrol(self, curator_client):
        response = curator_client.get("/admin/collections_app/collectionitem/")
        assert response.status_code == 302
        assert response["Location"] == (
            f"{SETUP}?next=%2Fadmin%2Fcollections_app%2Fcollectionitem%2F"
        )
        assert (
            "Staff pages need two-factor sign-in."
            in curator_client.get(response["Location"]).content.decode()
        )

    def test_after_enrolling_the_admin_opens(self, curator_client, curator):
        curator_client.get(SETUP)
        device = TOTPDevice.objects.get(user=curator)
        response = curator_client.post(
            SETUP, {"otp_token": code(device), "next": "/admin/collections_app/collectionitem/"}
        )
        assert response["Location"] == "/admin/collections_app/collectionitem/"
        assert curator_client.get(response["Location"]).status_code == 200

    def test_an_unverified_session_of_a_user_with_a_device_must_give_a_code(
        self, curator_client, device
    ):
        assert curator_client.get("/admin/").status_code == 302
        page = curator_client.get(SETUP).content.decode()
        assert "Enter the code from your authenticator app to continue." in page
        # The enrolled key is never shown again.
        assert "two-factor-qr" not in page and "two-factor-secret" not in page
        response = curator_client.post(SETUP, {"otp_token": code(device), "next": "/admin/"})
        assert response["Location"] == "/admin/"
        assert curator_client.get("/admin/").status_code == 200

    def test_a_wrong_code_keeps_the_admin_closed(self, curator_client, device):
        curator_client.post(SETUP, {"otp_token": wrong(device)})
        assert curator_client.get("/admin/").status_code == 302

    def test_logging_in_with_the_code_opens_the_admin(self, client, device):
        assert log_in(client, "curator", code(device)).status_code == 302
        assert client.get("/admin/").status_code == 200

    def test_login_and_logout_stay_open(self, curator_client):
        assert curator_client.get(LOGIN).status_code in (200, 302)
        assert curator_client.post("/admin/logout/").status_code == 200

    def test_custom_admin_views_are_covered(self, curator_client):
        """Staff pages added to the admin (exhibition assembly) are admin pages too."""
        url = reverse("admin:exhibitions_exhibition_add_objects")
        assert curator_client.get(url)["Location"].startswith(SETUP)


def test_without_the_setting_staff_use_the_admin_without_a_device(curator_client):
    assert curator_client.get("/admin/").status_code == 200
