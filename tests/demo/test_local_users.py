"""`manage.py create_local_users`: local logins for `make run`, never on a production site."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from core.roles import CURATOR, EXHIBITION_STAFF, REGISTRAR

pytestmark = pytest.mark.django_db


def test_refused_unless_debug_is_on(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG"):
        call_command("create_local_users", stdout=StringIO())
    assert not get_user_model().objects.exists()


def test_an_administrator_and_one_user_per_role_with_the_password_given(settings):
    settings.DEBUG = True
    call_command("create_local_users", "--password", "a-long-local-password", stdout=StringIO())

    users = {u.username: u for u in get_user_model().objects.prefetch_related("groups")}
    assert users["admin"].is_superuser
    roles = {name: [g.name for g in users[name].groups.all()] for name in users}
    assert roles == {
        "admin": [],
        "curator": [CURATOR],
        "registrar": [REGISTRAR],
        "exhibitions": [EXHIBITION_STAFF],
    }
    assert all(u.is_staff for u in users.values())
    assert not any(u.is_superuser for name, u in users.items() if name != "admin")
    assert all(u.check_password("a-long-local-password") for u in users.values())


def test_running_again_keeps_existing_passwords(settings):
    settings.DEBUG = True
    call_command("create_local_users", "--password", "first-password-1", stdout=StringIO())
    call_command("create_local_users", "--password", "second-password-2", stdout=StringIO())

    assert get_user_model().objects.count() == 4
    assert get_user_model().objects.get(username="admin").check_password("first-password-1")
