"""`manage.py backup` and `manage.py restore`: a populated database and its media are
backed up, restored into a new database in another process, and found identical (rows
and content digest per table, every file's SHA-256); what is wrong is reported."""

import hashlib
import io
import json
import subprocess
import tarfile
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from backups import database, inventory
from collections_app.models import CollectionItem, ItemImage
from demo.loader import load_demo
from exhibitions.models import Exhibition
from tests import factories
from tests.backups.conftest import manage, manifest

pytestmark = pytest.mark.django_db(transaction=True)


def latest_migration(app: str) -> str:
    """The app's last migration in the code (the one a migrated database has applied last)."""
    leaves = MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes(app)
    return max(name for _, name in leaves)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_of_the_demo_collection_restores_into_a_fresh_database(tmp_path, fresh_database):
    load_demo(stdout=StringIO())
    exhibition = Exhibition.objects.order_by("pk").first()
    exhibition.cover_image = factories.upload("cover.jpg", colour="green")
    exhibition.save()
    before = inventory.take()
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    made = manifest(tmp_path / "backup")

    # The manifest lists every master with what the record says about it.
    assert made["problems"] == []
    images = [entry for entry in made["files"] if entry["field"] == "image"]
    assert len(images) == ItemImage.objects.count() > 0
    assert all(entry["sha256"] == entry["recorded_sha256"] for entry in images)
    covers = [entry for entry in made["files"] if entry["field"] == "cover_image"]
    assert len(covers) == Exhibition.objects.exclude(cover_image="").count() > 0
    assert (
        made["models"]["collections_app.collectionitem"]["rows"] == CollectionItem.objects.count()
    )
    assert made["models"] == before["models"]
    assert made["migrations"]["search"][-1] == latest_migration("search")

    restored_media = tmp_path / "restored-media"
    restore = manage(
        "restore", str(tmp_path / "backup"), database_url=fresh_database, media_root=restored_media
    )
    assert restore.returncode == 0, restore.stderr
    assert "matches the manifest" in restore.stdout

    # Independently of the restore's own check: a backup of the restored database holds
    # the same rows, the same content and the same files.
    again = manage(
        "backup", str(tmp_path / "again"), database_url=fresh_database, media_root=restored_media
    )
    assert again.returncode == 0, again.stderr
    copy = manifest(tmp_path / "again")
    assert copy["models"] == made["models"]
    assert copy["migrations"] == made["migrations"]
    assert copy["files"] == made["files"]
    for entry in made["files"]:
        assert sha256(restored_media / entry["path"]) == entry["sha256"]


@pytest.fixture
def small_collection():
    gift = factories.gift()
    first = factories.image(gift)
    second = factories.image(gift, is_primary=False, position=1, colour="red")
    return first, second


def test_backup_reports_a_corrupted_master_and_still_writes_the_backup(tmp_path, small_collection):
    first, _ = small_collection
    Path(first.image.path).write_bytes(b"not the scan any more")
    with pytest.raises(CommandError, match="1 stored files are missing or differ"):
        call_command("backup", tmp_path / "backup", stdout=StringIO(), stderr=StringIO())
    made = manifest(tmp_path / "backup")
    assert len(made["problems"]) == 1
    assert first.image.name in made["problems"][0]
    assert "the record says" in made["problems"][0]


def test_backup_reports_a_missing_master(tmp_path, small_collection):
    _, second = small_collection
    Path(second.image.path).unlink()
    errors = StringIO()
    with pytest.raises(CommandError, match="missing or differ"):
        call_command("backup", tmp_path / "backup", stdout=StringIO(), stderr=errors)
    assert f"file {second.image.name} is missing" in errors.getvalue()


def _tamper(archive: Path, *, corrupt: str, remove: str) -> None:
    """Rewrite the backup's media archive with one file changed and one left out."""
    with tarfile.open(archive) as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar.getmembers()]
    with tarfile.open(archive, "w") as tar:
        for member, content in members:
            if member.name == remove:
                continue
            if member.name == corrupt:
                content = content[:-10] + b"0123456789"
                member.size = len(content)
            tar.addfile(member, io.BytesIO(content))


def test_restore_reports_a_corrupted_and_a_missing_file_and_exits_non_zero(
    tmp_path, small_collection, fresh_database
):
    first, second = small_collection
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    _tamper(tmp_path / "backup" / "media.tar", corrupt=first.image.name, remove=second.image.name)

    restore = manage(
        "restore",
        str(tmp_path / "backup"),
        database_url=fresh_database,
        media_root=tmp_path / "restored-media",
    )
    assert restore.returncode != 0
    assert f"file {first.image.name} has SHA-256" in restore.stderr
    assert f"file {second.image.name} is missing" in restore.stderr
    assert "2 things differ" in restore.stderr


def test_restore_reports_a_table_that_differs_from_the_manifest(tmp_path, small_collection):
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    made = manifest(tmp_path / "backup")
    made["models"]["collections_app.itemimage"]["rows"] = 3
    ItemImage.objects.filter(pk=small_collection[0].pk).update(credit="changed")
    differences = inventory.differences(made, inventory.take())
    assert "collections_app.itemimage: 2 rows, the backup has 3" in differences
    assert "collections_app.diplomaticgift: same number of rows, different content" not in (
        differences
    )
    made["models"]["collections_app.itemimage"]["rows"] = 2
    assert inventory.differences(made, inventory.take()) == [
        "collections_app.itemimage: same number of rows, different content"
    ]


def test_restore_over_a_database_with_tables_is_refused_and_changes_nothing(
    tmp_path, small_collection
):
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    ItemImage.objects.update(credit="after the backup")
    with pytest.raises(CommandError, match="already has .* tables; restore into a new, empty"):
        call_command("restore", tmp_path / "backup", stdout=StringIO())
    assert set(ItemImage.objects.values_list("credit", flat=True)) == {"after the backup"}


def test_restore_into_media_that_holds_files_is_refused(tmp_path, small_collection, fresh_database):
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    media = tmp_path / "occupied-media"
    media.mkdir()
    (media / "other.jpg").write_bytes(b"someone else's file")
    restore = manage(
        "restore", str(tmp_path / "backup"), database_url=fresh_database, media_root=media
    )
    assert restore.returncode != 0
    assert "already holds files" in restore.stderr


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "old.dump").write_bytes(b"")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("backup", tmp_path / "backup", stdout=StringIO())


def test_restore_of_a_folder_without_manifest_is_refused(tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        call_command("restore", tmp_path, stdout=StringIO())
    (tmp_path / "manifest.json").write_text(json.dumps({"format": 99}))
    with pytest.raises(CommandError, match="Unknown backup format"):
        call_command("restore", tmp_path, stdout=StringIO())
    assert settings.MEDIA_ROOT


def test_restore_with_force_replaces_a_restored_database(
    tmp_path, small_collection, fresh_database
):
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    site = {"database_url": fresh_database, "media_root": tmp_path / "restored-media"}
    assert manage("restore", str(tmp_path / "backup"), **site).returncode == 0
    forced = manage("restore", "--force", str(tmp_path / "backup"), **site)
    assert forced.returncode == 0, forced.stderr
    assert "matches the manifest" in forced.stdout


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump")
def test_pg_dump_gets_the_password_from_its_environment_not_its_arguments(tmp_path):
    calls = []

    def run(command, *, env, **kwargs):
        calls.append((command, env))
        return subprocess.CompletedProcess(command, 0, "", "")

    with (
        mock.patch.dict(connection.settings_dict, {"PASSWORD": "s3cret-pw"}),
        mock.patch("backups.database.subprocess.run", run),
    ):
        database.dump(tmp_path)
    [(command, env)] = calls
    assert command[:2] == ["pg_dump", "--format=custom"]
    assert not any("s3cret-pw" in argument for argument in command)
    assert env["PGPASSWORD"] == "s3cret-pw"
    assert env["PGDATABASE"] == connection.settings_dict["NAME"]


def test_an_incomplete_backup_is_refused_before_anything_is_restored(tmp_path, small_collection):
    call_command("backup", tmp_path / "backup", stdout=StringIO())
    (tmp_path / "backup" / "media.tar").unlink()
    with pytest.raises(CommandError, match="media.tar is missing: the backup is incomplete"):
        call_command("restore", "--force", tmp_path / "backup", stdout=StringIO())
    assert ItemImage.objects.count() == 2
