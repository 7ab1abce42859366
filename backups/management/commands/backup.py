from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.services import make_backup


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump custom format, or SQLite's online backup), the media "
        "folder and a manifest of every stored file with its SHA-256, rows and a content "
        "digest per model, and the applied migrations, into DEST_DIR (new or empty). Exits "
        "non-zero, after writing the backup, if a master is missing or differs from its "
        "recorded checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", metavar="DEST_DIR", type=Path)

    def handle(self, *args, destination: Path, **options):
        manifest = make_backup(destination)
        rows = sum(table["rows"] for table in manifest["models"].values())
        self.stdout.write(
            f"Backup written to {destination}: {manifest['database']}, "
            f"{manifest['media']['files']} media files, {len(manifest['files'])} files "
            f"listed, {rows} rows in {len(manifest['models'])} tables."
        )
        if manifest["problems"]:
            for problem in manifest["problems"]:
                self.stderr.write(problem)
            raise CommandError(
                f"The backup is written, but {len(manifest['problems'])} stored files are "
                "missing or differ from their recorded checksum (listed above and in "
                "manifest.json)."
            )
        self.stdout.write(self.style.SUCCESS("Every stored file is present and intact."))
