"""PostgreSQL only: pg_trgm, a stored generated tsvector with a GIN index, and a trigram
index on names. The column is not a model field, so SQLite's schema stays plain."""

from django.db import migrations

from core.operations import PostgresOnly


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        PostgresOnly(
            sql="CREATE EXTENSION IF NOT EXISTS pg_trgm",
            reverse_sql=migrations.RunSQL.noop,
        ),
        PostgresOnly(
            sql="""
                ALTER TABLE search_searchdocument ADD COLUMN vector tsvector
                GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', coalesce(names, '')), 'A')
                    || setweight(to_tsvector('simple', coalesce(body, '')), 'B')
                ) STORED
            """,
            reverse_sql="ALTER TABLE search_searchdocument DROP COLUMN vector",
        ),
        PostgresOnly(
            sql="CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (vector)",
            reverse_sql="DROP INDEX search_document_vector_gin",
        ),
        PostgresOnly(
            sql=(
                "CREATE INDEX search_document_names_trgm ON search_searchdocument "
                "USING gin (names gin_trgm_ops)"
            ),
            reverse_sql="DROP INDEX search_document_names_trgm",
        ),
    ]
