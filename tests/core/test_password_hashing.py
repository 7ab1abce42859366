"""Production hashes passwords with Django's slow default; only the suite uses a fast hash."""

import importlib

import pytest
from django.conf import global_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher

from tests.conftest import FAST_PASSWORD_HASHERS


def test_production_settings_keep_a_slow_password_hash():
    production = importlib.import_module("config.settings")
    hashers = getattr(production, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
    assert hashers[0] in (
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    )
    assert "MD5" not in " ".join(hashers)


@pytest.mark.django_db
def test_the_suite_hashes_with_the_fast_hasher():
    assert FAST_PASSWORD_HASHERS[0].endswith("MD5PasswordHasher")
    assert get_hasher().algorithm == "md5"
    user = get_user_model().objects.create_user(username="quick", password="a-long-password")
    assert user.password.startswith("md5$")
    assert user.check_password("a-long-password")
