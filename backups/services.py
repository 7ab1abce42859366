"""Backup and restore: the database, the media folder and a manifest of what they held."""

import json
from pathlib import Path

import django
from django.core.cache import cache
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils import timezone

from backups import database, inventory, media

MANIFEST = "manifest.json"
FORMAT = 1


def make_backup(destination: Path) -> dict:
    """Write the database, the media and manifest.json into ``destination`` (a new or
    empty folder). Returns the manifest; its ``problems`` list what is already wrong in
    the source (missing files, masters that differ from their recorded checksum)."""
    destination = Path(destination)
    if destination.exists() and not destination.is_dir():
        raise CommandError(f"{destination} is a file; give a new folder for each backup.")
    if destination.exists() and any(destination.iterdir()):
        raise CommandError(f"{destination} is not empty; give a new folder for each backup.")
    destination.mkdir(parents=True, exist_ok=True)
    created = timezone.now()
    # One transaction, so the manifest describes exactly the copied database even while
    # the site is in use (on PostgreSQL pg_dump shares its snapshot; a caller's own
    # transaction, as in tests, has already begun and keeps its isolation).
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        snapshot = database.begin_snapshot() if outermost else None
        taken = inventory.take()
        database_file = database.dump(destination, snapshot=snapshot)
    media_files = media.archive(destination)
    manifest = {
        "format": FORMAT,
        "created": created.isoformat(),
        "django": django.get_version(),
        "database": database_file,
        "media": {"archive": media.ARCHIVE, "files": media_files},
        **taken,
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    return manifest


def read_manifest(source: Path) -> dict:
    try:
        manifest = json.loads((Path(source) / MANIFEST).read_text())
    except FileNotFoundError as exc:
        raise CommandError(f"{source} holds no {MANIFEST}: not a backup folder.") from exc
    except ValueError as exc:
        raise CommandError(f"{source}/{MANIFEST} is not valid JSON: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise CommandError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def restore_backup(source: Path, *, force: bool = False) -> list[str]:
    """Restore the backup in ``source`` into the default database (which must have no
    tables unless ``force``) and MEDIA_ROOT (which must hold no files unless ``force``),
    then compare what is there with the manifest; returns the differences."""
    source = Path(source)
    manifest = read_manifest(source)
    for name in (manifest["database"], media.ARCHIVE):
        if not (source / name).is_file():
            raise CommandError(f"{source / name} is missing: the backup is incomplete.")
    if not force:
        tables = database.table_count()
        if tables:
            raise CommandError(
                f"The database already has {tables} tables; restore into a new, empty "
                "database, or pass --force to replace what the backup holds."
            )
        if media.has_files():
            raise CommandError(
                f"{media.root()} already holds files; restore into an empty folder, "
                "or pass --force to overwrite them."
            )
    database.load(source / manifest["database"], replace=force)
    media.extract(source)
    # Cached pages are keyed by the search index version, which the restore may repeat.
    cache.clear()
    return verify(manifest)


def verify(manifest: dict) -> list[str]:
    return inventory.differences(manifest, inventory.take())
