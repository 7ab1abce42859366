"""PostgreSQL only: browsing by title reads the stored sort keys (CollectionItem.
title_order_*, collections_app 0007) from an index over published records that holds
the key, the accession number and the id alone. The indexes of 0010 were over the
expression and had to include the three titles, or PostgreSQL would have read the
table to compute it: entries a third as wide, so a page deep in the order (page 400
skips 8,000 entries) reads a third of the index pages."""

from django.db import migrations

from core.i18n import FALLBACKS
from core.operations import PostgresOnly

TABLE = "collections_app_collectionitem"
PUBLISHED = "WHERE status = 'published'"


def key_index(language: str) -> PostgresOnly:
    name = f"item_title_{language}_key_idx"
    return PostgresOnly(
        sql=(
            f"CREATE INDEX {name} ON {TABLE} (title_order_{language}, accession_number) "
            f"INCLUDE (id) {PUBLISHED}"
        ),
        reverse_sql=f"DROP INDEX {name}",
    )


def expression_index(language: str) -> PostgresOnly:
    """0010's index, dropped (and made again when unapplied)."""
    order = ", ".join(f"nullif(title_{code}, '')" for code in FALLBACKS[language])
    name = f"item_title_{language}_order_idx"
    return PostgresOnly(
        sql=f"DROP INDEX {name}",
        reverse_sql=(
            f"CREATE INDEX {name} ON {TABLE} (lower(coalesce({order})), accession_number) "
            f"INCLUDE (id, title_en, title_ru, title_kk) {PUBLISHED}"
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0014_entry_key_blocks"),
        ("collections_app", "0007_title_order_keys"),
    ]

    operations = [
        *(key_index(language) for language in sorted(FALLBACKS)),
        *(expression_index(language) for language in sorted(FALLBACKS)),
    ]
