"""PostgreSQL only: covering indexes over published records in each order the catalogue
browses (date either way, title in each language's fallback order), so a page of keys is
an index-only scan however deep (page 400 skips 8,000 index entries, not 8,000 sorted
rows), and indexes on the ends of a record's date range, whose statistics let the
planner see how few records a year range admits (search.query, RecordSearch.keys).

Each title index's expression must match catalogue's ``title_order()`` exactly; the
titles are included so the scan never visits the table (PostgreSQL reads an expression's
columns from the index only when they are in it)."""

from django.db import migrations

from core.operations import PostgresOnly
from core.i18n import FALLBACKS

TABLE = "collections_app_collectionitem"
PUBLISHED = "WHERE status = 'published'"


def title_index(language: str) -> PostgresOnly:
    order = ", ".join(f"nullif(title_{code}, '')" for code in FALLBACKS[language])
    name = f"item_title_{language}_order_idx"
    return PostgresOnly(
        sql=(
            f"CREATE INDEX {name} ON {TABLE} (lower(coalesce({order})), accession_number) "
            f"INCLUDE (id, title_en, title_ru, title_kk) {PUBLISHED}"
        ),
        reverse_sql=f"DROP INDEX {name}",
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0009_searchentry_vector_field")]

    operations = [
        PostgresOnly(
            sql=(
                f"CREATE INDEX item_date_order_idx ON {TABLE} "
                f"(date_earliest ASC NULLS LAST, accession_number) INCLUDE (id) {PUBLISHED}"
            ),
            reverse_sql="DROP INDEX item_date_order_idx",
        ),
        PostgresOnly(
            sql=(
                f"CREATE INDEX item_date_desc_order_idx ON {TABLE} "
                f"(date_earliest DESC NULLS LAST, accession_number) INCLUDE (id) {PUBLISHED}"
            ),
            reverse_sql="DROP INDEX item_date_desc_order_idx",
        ),
        *(title_index(language) for language in sorted(FALLBACKS)),
        PostgresOnly(
            sql=(
                f"CREATE INDEX item_range_end_idx ON {TABLE} "
                f"(coalesce(date_latest, date_earliest)) {PUBLISHED}"
            ),
            reverse_sql="DROP INDEX item_range_end_idx",
        ),
        PostgresOnly(
            sql=(
                f"CREATE INDEX item_range_start_idx ON {TABLE} "
                f"(coalesce(date_earliest, date_latest)) {PUBLISHED}"
            ),
            reverse_sql="DROP INDEX item_range_start_idx",
        ),
    ]
