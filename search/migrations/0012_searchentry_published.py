"""Each search entry says whether its record is published, copied from the records here
so that searches keep working without a rebuild; the indexer writes it from now on
(search.services.reindex_items, run whenever a record's status changes). A search over
every published record then reads the entries alone (search.backends.postgresql)."""

from django.db import migrations, models

# Standard SQL (a correlated subquery): the same statement on PostgreSQL and SQLite.
FILL = """
UPDATE search_searchentry SET published = EXISTS (
    SELECT 1 FROM collections_app_collectionitem i
    WHERE i.id = search_searchentry.document_id AND i.status = 'published'
)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0011_entry_date_range"),
        ("collections_app", "0006_authorities_moved"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="published",
            field=models.BooleanField(
                db_default=False, default=False, editable=False, verbose_name="published"
            ),
        ),
        migrations.RunSQL(FILL, migrations.RunSQL.noop),
    ]
