"""Fixtures shared by the whole suite: media in a temporary folder and named users per role."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import translation

from core.roles import CURATOR, EXHIBITION_STAFF, REGISTRAR, setup_roles

PASSWORD = "a-long-test-password"

# Test accounts need no protection against cracking; a slow hash per login and per user
# created costs the suite seconds. Production keeps Django's default (PBKDF2):
# tests/core/test_password_hashing.py checks both.
FAST_PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hasher():
    with override_settings(PASSWORD_HASHERS=FAST_PASSWORD_HASHERS):
        yield


# A test that pins query counts guards performance, whether or not its module says so.
_QUERY_COUNT_FIXTURES = {"django_assert_num_queries", "django_assert_max_num_queries"}


def pytest_collection_modifyitems(items):
    for item in items:
        if _QUERY_COUNT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.performance)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language. A request to /kk/ through the test client
    leaves Kazakh active in the test's thread, and a later test building an address or
    reading a translated title would otherwise inherit it."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _isolated_media_and_static(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


# The suite speaks plain http, as a lab without TLS does (DJANGO_SECURE_SSL_REDIRECT=0,
# DJANGO_SECURE_COOKIES=0); tests/core/test_secure_defaults.py holds the https defaults.
PLAIN_HTTP = {
    "SECURE_SSL_REDIRECT": False,
    "SESSION_COOKIE_SECURE": False,
    "CSRF_COOKIE_SECURE": False,
}


@pytest.fixture(autouse=True)
def _plain_http(settings):
    for name, value in PLAIN_HTTP.items():
        setattr(settings, name, value)


@pytest.fixture
def roles(db):
    return setup_roles()


def _staff(username: str, role: str | None, roles) -> object:
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=role is not None
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def curator(roles):
    return _staff("curator", CURATOR, roles)


@pytest.fixture
def registrar(roles):
    return _staff("registrar", REGISTRAR, roles)


@pytest.fixture
def exhibition_staff(roles):
    return _staff("exhibitions", EXHIBITION_STAFF, roles)


@pytest.fixture
def outsider(roles):
    """A logged-in account with no staff role."""
    return _staff("outsider", None, roles)


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def registrar_client(client, registrar):
    client.force_login(registrar)
    return client


@pytest.fixture
def exhibition_client(client, exhibition_staff):
    client.force_login(exhibition_staff)
    return client
