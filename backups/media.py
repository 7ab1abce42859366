"""The media folder in one uncompressed tar (masters are already compressed images)."""

import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

ARCHIVE = "media.tar"


def root() -> Path:
    return Path(settings.MEDIA_ROOT)


def has_files() -> bool:
    return root().is_dir() and any(path.is_file() for path in root().rglob("*"))


def archive(directory: Path) -> int:
    """Write every file under MEDIA_ROOT into ``directory``/media.tar; returns how many."""
    count = 0
    with tarfile.open(directory / ARCHIVE, "w") as tar:
        if root().is_dir():
            for path in sorted(root().rglob("*")):
                if path.is_file():
                    tar.add(path, arcname=path.relative_to(root()).as_posix())
                    count += 1
    return count


def extract(directory: Path) -> None:
    source = directory / ARCHIVE
    if not source.is_file():
        raise CommandError(f"{source} is missing: the backup is incomplete.")
    root().mkdir(parents=True, exist_ok=True)
    with tarfile.open(source) as tar:
        # The "data" filter refuses absolute paths, links out of the folder and devices.
        tar.extractall(root(), filter="data")
