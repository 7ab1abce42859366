"""PostgreSQL only: the published records' ids with their accession numbers, so a search
joins its matches to the records visitors may see (and breaks rank ties by accession
number) from a small index instead of the records' wide rows."""

from django.db import migrations

from core.operations import PostgresOnly


class Migration(migrations.Migration):
    dependencies = [
        ("collections_app", "0003_photograph_colour_label"),
        ("search", "0006_search_entry"),
    ]

    operations = [
        PostgresOnly(
            sql=(
                "CREATE INDEX item_published_search_idx ON collections_app_collectionitem (id) "
                "INCLUDE (accession_number) WHERE status = 'published'"
            ),
            reverse_sql="DROP INDEX item_published_search_idx",
        ),
    ]
