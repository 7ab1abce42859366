from pathlib import Path

from django.core.management.base import BaseCommand

from backups.portable import EXCLUDED, export_data


class Command(BaseCommand):
    help = (
        "Write the collection, its history, users and staff work to a JSON file that "
        "import_data loads into any freshly migrated database (for moving between SQLite "
        f"and PostgreSQL). Leaves out {', '.join(EXCLUDED)}: see backups/portable.py. "
        "Media files are not included: copy MEDIA_ROOT alongside."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", metavar="FILE", type=Path)

    def handle(self, *args, output: Path, **options):
        export_data(output)
        self.stdout.write(self.style.SUCCESS(f"Exported to {output}."))
