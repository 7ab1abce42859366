"""A narrow row per search document (facet values; on PostgreSQL the vector, moved here
from the document's row), filled from the existing index so searches keep working
without a rebuild."""

import django.db.models.deletion
from django.db import migrations, models

from core.operations import PostgresOnly

VECTOR = (
    "setweight(to_tsvector('simple', coalesce({names}, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce({body}, '')), 'B')"
)


def fill_entries(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "INSERT INTO search_searchentry (document_id, facet_keys, vector) "
            "SELECT d.item_id, coalesce((SELECT string_agg(f.facet || ':' || f.value, ' ' "
            "ORDER BY f.facet || ':' || f.value COLLATE \"C\") FROM search_itemfacet f "
            "WHERE f.item_id = d.item_id), ''), "
            + VECTOR.format(names="d.names", body="d.body")
            + " FROM search_searchdocument d"
        )
        return
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchEntry = apps.get_model("search", "SearchEntry")
    ItemFacet = apps.get_model("search", "ItemFacet")
    keys: dict[int, list[str]] = {}
    for item_id, facet, value in ItemFacet.objects.values_list("item_id", "facet", "value"):
        keys.setdefault(item_id, []).append(f"{facet}:{value}")
    SearchEntry.objects.bulk_create(
        [
            SearchEntry(document_id=pk, facet_keys=" ".join(sorted(keys.get(pk, []))))
            for pk in SearchDocument.objects.values_list("item_id", flat=True)
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_index_version'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('document', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='entry', serialize=False, to='search.searchdocument', verbose_name='search document')),
                ('facet_keys', models.TextField(blank=True, verbose_name='facet values')),
            ],
            options={
                'verbose_name': 'search entry',
                'verbose_name_plural': 'search entries',
            },
        ),
        PostgresOnly(
            sql="ALTER TABLE search_searchentry ADD COLUMN vector tsvector NOT NULL",
            reverse_sql="ALTER TABLE search_searchentry DROP COLUMN vector",
        ),
        migrations.RunPython(fill_entries, migrations.RunPython.noop),
        PostgresOnly(
            sql="CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (vector)",
            reverse_sql="DROP INDEX search_entry_vector_gin",
        ),
        # The document's own vector is no longer read.
        PostgresOnly(
            sql="ALTER TABLE search_searchdocument DROP COLUMN vector",
            reverse_sql=(
                "ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ("
                + VECTOR.format(names="names", body="body")
                + ") STORED; CREATE INDEX search_document_vector_gin ON search_searchdocument "
                "USING gin (vector)"
            ),
        ),
    ]
