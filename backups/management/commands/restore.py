from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.services import restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into the configured database (new and empty: "
        "no tables) and MEDIA_ROOT (no files), then check every table's rows and content "
        "digest and every file's SHA-256 against the manifest. Exits non-zero and lists "
        "what differs. --force replaces an existing database and media instead of refusing."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="SRC_DIR", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore over a database that has tables and media that has files.",
        )

    def handle(self, *args, source: Path, force: bool, **options):
        differences = restore_backup(source, force=force)
        if differences:
            for difference in differences:
                self.stderr.write(difference)
            raise CommandError(
                f"Restored from {source}, but {len(differences)} things differ from the "
                "backup's manifest (listed above)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored from {source}; every table and stored file matches the manifest."
            )
        )
