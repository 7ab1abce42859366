from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from core.roles import CURATOR, EXHIBITION_STAFF, REGISTRAR, setup_roles

LOCAL_USERS = [
    ("admin", None),
    ("curator", CURATOR),
    ("registrar", REGISTRAR),
    ("exhibitions", EXHIBITION_STAFF),
]


class Command(BaseCommand):
    help = (
        "Local use only: create an admin and one user per role, all with the password "
        "given (default 'admin'). Refuses to run unless DJANGO_DEBUG is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", default="admin")

    def handle(self, *args, password, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_users is for local use: set DJANGO_DEBUG=1.")
        setup_roles()
        User = get_user_model()
        for username, role in LOCAL_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"is_staff": True, "is_superuser": role is None}
            )
            if created:
                user.set_password(password)
                user.save()
                if role:
                    user.groups.add(Group.objects.get(name=role))
        self.stdout.write(
            self.style.WARNING("Local logins (local use only) at http://127.0.0.1:8000/admin/:")
        )
        for username, role in LOCAL_USERS:
            self.stdout.write(f"  {username:<12} password: {password:<8} {role or 'superuser'}")
