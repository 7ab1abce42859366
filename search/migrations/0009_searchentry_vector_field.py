"""The entry's ``vector`` declared to the model. PostgreSQL has had the column (and its
GIN index, search_entry_vector_gin) since 0006, added by raw SQL; here the model's state
learns of it, the column may hold NULL like the field says, and SQLite gets the column
too (always empty there), so what the model declares is what every database holds."""

import django.contrib.postgres.search
from django.db import migrations

from core.operations import PostgresOnly


def _vector_field():
    field = django.contrib.postgres.search.SearchVectorField(null=True)
    field.set_attributes_from_name("vector")
    return field


def add_column_elsewhere(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.add_field(apps.get_model("search", "SearchEntry"), _vector_field())


def drop_column_elsewhere(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.remove_field(apps.get_model("search", "SearchEntry"), _vector_field())


class Migration(migrations.Migration):
    dependencies = [("search", "0008_lexeme")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="searchentry",
                    name="vector",
                    field=django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True, verbose_name="search vector"
                    ),
                ),
            ],
            database_operations=[
                migrations.RunPython(add_column_elsewhere, drop_column_elsewhere),
                PostgresOnly(
                    sql="ALTER TABLE search_searchentry ALTER COLUMN vector DROP NOT NULL",
                    reverse_sql="ALTER TABLE search_searchentry ALTER COLUMN vector SET NOT NULL",
                ),
            ],
        ),
    ]
