"""What a database and its media hold, in a form two copies can be compared by: rows and a
content digest per model, the applied migrations, and every stored file with its size and
SHA-256. A backup's manifest is the inventory taken when it was made; a restore is
verified by taking the inventory again and comparing (``differences``)."""

import datetime
import decimal
import hashlib
import json
import uuid
from collections.abc import Iterator

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.migrations.recorder import MigrationRecorder
from simple_history.models import HistoricalChanges

# Files whose checksum the application records when they are saved: (model, field) ->
# the field holding the master's SHA-256.
RECORDED_CHECKSUMS = {("collections_app.itemimage", "image"): "sha256"}

CHUNK = 2000


def tables() -> list[type[models.Model]]:
    """Every model with its own table, link tables included, in a stable order."""
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]
    return sorted(found, key=lambda model: model._meta.label_lower)


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return repr(value.total_seconds())
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, memoryview | bytes | bytearray):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    return value


def _portable_keys(model: type[models.Model]) -> dict[str, dict]:
    """Content types and permissions are created by ``migrate`` in each database, so their
    ids differ between two databases holding the same content: read them as natural keys."""
    keys = {}
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is ContentType:
            keys[field.attname] = {
                ct.pk: f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()
            }
        elif field.is_relation and field.related_model is Permission:
            keys[field.attname] = {
                perm.pk: f"{perm.content_type.app_label}.{perm.codename}"
                for perm in Permission.objects.select_related("content_type")
            }
    return keys


def _rows(model: type[models.Model]) -> Iterator[str]:
    meta = model._meta
    # A link table's own id is not part of the link and is not kept by dumpdata; a
    # generated column is the database's own work from the others (SQLite's lower()
    # folds ASCII only, so an export from SQLite restored into PostgreSQL differs there).
    columns = [
        field.attname
        for field in meta.concrete_fields
        if not (meta.auto_created and field.primary_key) and not field.generated
    ]
    portable = _portable_keys(model)
    queryset = model._base_manager.order_by("pk").values_list(*columns)
    for row in queryset.iterator(chunk_size=CHUNK):
        values = [
            portable[column].get(value, value) if column in portable else _plain(value)
            for column, value in zip(columns, row, strict=True)
        ]
        yield json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def _sorted_here(model: type[models.Model]) -> bool:
    """Link tables (their ids are not part of what they say), and tables keyed by text,
    which two databases with different collations would return in different orders."""
    pk = model._meta.pk
    while pk.is_relation:
        pk = pk.target_field
    return bool(model._meta.auto_created) or not isinstance(pk, models.IntegerField)


def table_digest(model: type[models.Model]) -> dict:
    """Rows and a SHA-256 of the model's rows in primary-key order (or sorted by content,
    see ``_sorted_here``)."""
    rows = _rows(model)
    if _sorted_here(model):
        rows = iter(sorted(rows))
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        digest.update(row.encode())
        digest.update(b"\n")
        count += 1
    return {"rows": count, "sha256": digest.hexdigest()}


def migration_state() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def file_sha256(handle) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


def file_fields() -> list[tuple[type[models.Model], models.FileField]]:
    """Every file field of the current models (history tables point to the same files)."""
    return [
        (model, field)
        for model in tables()
        if not issubclass(model, HistoricalChanges)
        for field in model._meta.concrete_fields
        if isinstance(field, models.FileField)
    ]


def stored_files() -> tuple[list[dict], list[str]]:
    """Every file a row points to, with its size and SHA-256 as stored now; and the
    problems found: missing files, masters that differ from their recorded checksum."""
    files, problems = [], []
    for model, field in file_fields():
        label = model._meta.label_lower
        recorded = RECORDED_CHECKSUMS.get((label, field.name))
        columns = ["pk", field.attname] + ([recorded] if recorded else [])
        queryset = model._base_manager.exclude(**{field.attname: ""}).order_by("pk")
        for pk, name, *checksum in queryset.values_list(*columns).iterator(chunk_size=CHUNK):
            entry = {"model": label, "pk": pk, "field": field.name, "path": name}
            if not field.storage.exists(name):
                entry.update(size=None, sha256=None)
                problems.append(f"{label} {pk} {field.name}: file {name} is missing")
            else:
                with field.storage.open(name, "rb") as handle:
                    entry.update(size=field.storage.size(name), sha256=file_sha256(handle))
            if checksum:
                entry["recorded_sha256"] = checksum[0]
                if entry["sha256"] and checksum[0] and checksum[0] != entry["sha256"]:
                    problems.append(
                        f"{label} {pk} {field.name}: file {name} has SHA-256 {entry['sha256']}, "
                        f"the record says {checksum[0]} (the master changed or is corrupt)"
                    )
            files.append(entry)
    return files, problems


def take() -> dict:
    """The inventory of the default database and the media storage."""
    files, problems = stored_files()
    return {
        "vendor": connection.vendor,
        "migrations": migration_state(),
        "models": {model._meta.label_lower: table_digest(model) for model in tables()},
        "files": files,
        "problems": problems,
    }


def differences(expected: dict, actual: dict, *, models_: list[str] | None = None) -> list[str]:
    """What ``actual`` lacks or holds differently from ``expected``, one line each; empty
    when they agree. ``models_`` limits the comparison of tables to those models."""
    found = []
    if expected.get("migrations") != actual.get("migrations") and models_ is None:
        found.append("applied migrations differ")
    for label, want in sorted(expected["models"].items()):
        if models_ is not None and label not in models_:
            continue
        have = actual["models"].get(label)
        if have is None:
            found.append(f"{label}: table missing")
        elif have["rows"] != want["rows"]:
            found.append(f"{label}: {have['rows']} rows, the backup has {want['rows']}")
        elif have["sha256"] != want["sha256"]:
            found.append(f"{label}: same number of rows, different content")
    if models_ is None:
        found += _file_differences(expected["files"], actual["files"])
    return found


def _file_differences(expected: list[dict], actual: list[dict]) -> list[str]:
    def key(entry):
        return (entry["model"], entry["pk"], entry["field"])

    have = {key(entry): entry for entry in actual}
    found = []
    for want in expected:
        entry = have.pop(key(want), None)
        where = f"{want['model']} {want['pk']} {want['field']}"
        if entry is None:
            found.append(f"{where}: no such row after the restore")
        elif entry["path"] != want["path"]:
            found.append(f"{where}: points to {entry['path']}, the backup has {want['path']}")
        elif entry["sha256"] is None and want["sha256"] is not None:
            found.append(f"{where}: file {want['path']} is missing")
        elif entry["sha256"] != want["sha256"]:
            found.append(
                f"{where}: file {want['path']} has SHA-256 {entry['sha256']}, "
                f"the backup has {want['sha256']}"
            )
    for entry in have.values():
        found.append(f"{entry['model']} {entry['pk']} {entry['field']}: not in the backup")
    return found
