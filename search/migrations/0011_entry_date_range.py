"""Each search entry carries its record's date range (as RecordSearch's year range reads
it: the earliest date, else the latest, and the other way round), copied from the records
before the index is built, so searches keep working without a rebuild; the indexer
writes it from now on (search.services)."""

from django.db import migrations, models

# Standard SQL (a correlated subquery): the same statement on PostgreSQL and SQLite.
FILL = """
UPDATE search_searchentry SET
    range_start = (SELECT coalesce(i.date_earliest, i.date_latest)
                   FROM collections_app_collectionitem i WHERE i.id = search_searchentry.document_id),
    range_end = (SELECT coalesce(i.date_latest, i.date_earliest)
                 FROM collections_app_collectionitem i WHERE i.id = search_searchentry.document_id)
"""


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0010_listing_order_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='searchentry',
            name='range_end',
            field=models.DateField(editable=False, null=True, verbose_name='range end'),
        ),
        migrations.AddField(
            model_name='searchentry',
            name='range_start',
            field=models.DateField(editable=False, null=True, verbose_name='range start'),
        ),
        migrations.RunSQL(FILL, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['range_end', 'range_start'], name='search_entry_dates_idx'),
        ),
    ]
