"""A JSON export that loads into any fresh database (SQLite to PostgreSQL and back): the
records, authorities, history, users and staff work, through ``dumpdata``/``loaddata``.

Left out, and why:
- the search index (``search``): derived from the records and rebuilt after loading; on
  PostgreSQL its entries carry a ``vector`` column that is not a model field, so loading
  them fails (NOT NULL) — the reason a whole-project ``dumpdata`` does not load;
- content types and permissions: ``migrate`` creates them in every database with ids of
  its own, so the export refers to them by natural key (``--natural-foreign``);
- sessions: logins do not move between servers.
"""

from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from backups import inventory
from search.services import rebuild_index

EXCLUDED = ["search", "contenttypes", "auth.permission", "sessions"]
# backups/serializer.py, registered in settings.SERIALIZATION_MODULES.
FORMAT = "json-exact"


def exported_models() -> list[str]:
    """Labels of the models (link tables included) an export carries."""
    left_out = set()
    for label in EXCLUDED:
        if "." in label:
            left_out.add(label)
        else:
            left_out |= {m._meta.label_lower for m in apps.get_app_config(label).get_models()}
    return [
        model._meta.label_lower
        for model in inventory.tables()
        if model._meta.label_lower not in left_out
        and not any(
            model._meta.auto_created and model._meta.auto_created._meta.label_lower == owner
            for owner in left_out
        )
    ]


def export_data(output: Path) -> None:
    call_command(
        "dumpdata",
        format=FORMAT,
        natural_foreign=True,
        exclude=EXCLUDED,
        output=str(output),
        verbosity=0,
    )


def import_data(source: Path, *, stdout=None) -> int:
    """Load an export into a freshly migrated database and rebuild the search index;
    returns how many records were indexed."""
    exported = set(exported_models())
    filled = [
        model._meta.label
        for model in inventory.tables()
        if model._meta.label_lower in exported and model._base_manager.exists()
    ]
    if filled:
        raise CommandError(
            "import_data loads into a freshly migrated database; these tables already have "
            f"rows: {', '.join(filled[:5])}{' ...' if len(filled) > 5 else ''}."
        )
    call_command("loaddata", str(source), verbosity=0)
    return rebuild_index(stdout=stdout)
