from django.core.management.base import BaseCommand

from core.roles import ROLES, setup_roles


class Command(BaseCommand):
    help = "Create or update the staff role groups (Curator, Registrar, Exhibition staff)."

    def handle(self, *args, **options):
        setup_roles()
        for name, codes in ROLES.items():
            self.stdout.write(f"{name}: {len(codes)} permissions")
