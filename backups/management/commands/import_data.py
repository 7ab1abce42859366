from pathlib import Path

from django.core.management.base import BaseCommand

from backups.portable import import_data


class Command(BaseCommand):
    help = (
        "Load a file written by export_data into this freshly migrated database, then "
        "rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="FILE", type=Path)

    def handle(self, *args, source: Path, **options):
        indexed = import_data(source)
        self.stdout.write(self.style.SUCCESS(f"Imported {source}; {indexed} records indexed."))
