"""`export_data` / `import_data`: the demo collection made on SQLite (in another process),
exported to JSON and imported into this suite's fresh database (PostgreSQL when the suite
runs there) holds the same content, and is searchable. A whole-project `dumpdata` does
not load on PostgreSQL: the search entries carry a vector column that is no model field
(NOT NULL), so the export leaves the derived search index out and the import rebuilds it.

The same SQLite collection also goes through `backup` and `restore` (SQLite's online
backup), whichever database the suite runs on."""

import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from backups import inventory
from backups.portable import exported_models
from collections_app.models import CollectionItem
from core.models import PublicationStatus
from search.models import SearchDocument, SearchEntry
from tests import factories
from tests.backups.conftest import manage, manifest


@pytest.fixture(scope="module")
def sqlite_demo(tmp_path_factory):
    """A demo site on SQLite, with roles and staff, backed up and exported."""
    folder = tmp_path_factory.mktemp("sqlite-demo")
    site = {"database_url": f"sqlite:///{folder / 'db.sqlite3'}", "media_root": folder / "media"}
    for command in (
        ["migrate", "--noinput"],
        ["load_demo"],
        ["create_local_users", "--password", "a-long-test-password"],
        ["backup", str(folder / "backup")],
        ["export_data", str(folder / "demo.json")],
    ):
        result = manage(*command, **site, DJANGO_DEBUG="1")
        assert result.returncode == 0, (command, result.stderr)
    return folder, site


@pytest.mark.django_db
def test_demo_exported_from_sqlite_imports_into_a_fresh_database_with_the_same_content(
    sqlite_demo, client
):
    folder, _ = sqlite_demo
    exported = json.loads((folder / "demo.json").read_text())
    assert not any(row["model"].startswith("search.") for row in exported)

    call_command("import_data", folder / "demo.json", stdout=StringIO())

    source = manifest(folder / "backup")
    assert inventory.differences(source, inventory.take(), models_=exported_models()) == []
    assert Group.objects.count() == 3
    assert get_user_model().objects.get(username="curator").groups.get().permissions.exists()
    # The index is rebuilt from the imported records.
    assert SearchDocument.objects.count() == CollectionItem.objects.count() > 0
    assert SearchEntry.objects.count() == CollectionItem.objects.count()
    record = CollectionItem.objects.filter(status=PublicationStatus.PUBLISHED).first()
    page = client.get("/en/catalogue/", {"q": record.accession_number})
    assert record.title_en in page.content.decode()


@pytest.mark.django_db
def test_import_into_a_database_that_has_records_is_refused(sqlite_demo):
    folder, _ = sqlite_demo
    call_command("import_data", folder / "demo.json", stdout=StringIO())
    counts = inventory.take()["models"]
    with pytest.raises(CommandError, match="freshly migrated database"):
        call_command("import_data", folder / "demo.json", stdout=StringIO())
    assert inventory.take()["models"] == counts


def test_sqlite_backup_restores_with_the_online_backup_api(sqlite_demo, tmp_path):
    folder, _ = sqlite_demo
    target = {
        "database_url": f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        "media_root": tmp_path / "media",
    }
    restore = manage("restore", str(folder / "backup"), **target)
    assert restore.returncode == 0, restore.stderr
    again = manage("backup", str(tmp_path / "again"), **target)
    assert again.returncode == 0, again.stderr
    made, copy = manifest(folder / "backup"), manifest(tmp_path / "again")
    assert made["database"] == copy["database"] == "database.sqlite3"
    assert copy["models"] == made["models"]
    assert copy["files"] == made["files"]
    assert copy["migrations"] == made["migrations"]

    refused = manage("restore", str(folder / "backup"), **target)
    assert refused.returncode != 0
    assert "restore into a new, empty database" in refused.stderr


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search vector")
def test_plain_dumpdata_of_the_search_index_loads_with_its_vector_on_postgresql(
    tmp_path, django_capture_on_commit_callbacks
):
    """The search vector is a model field (search/0009), so the index's rows dump and load
    whole, vector included; export_data still leaves the index out, since it is derived."""
    with django_capture_on_commit_callbacks(execute=True):
        factories.document()
    vectors = dict(SearchEntry.objects.values_list("document_id", "vector"))
    assert vectors and all(vectors.values())
    call_command("dumpdata", "search", output=str(tmp_path / "search.json"), verbosity=0)
    SearchEntry.objects.all().delete()
    SearchDocument.objects.all().delete()
    call_command("loaddata", str(tmp_path / "search.json"), verbosity=0)
    assert dict(SearchEntry.objects.values_list("document_id", "vector")) == vectors
