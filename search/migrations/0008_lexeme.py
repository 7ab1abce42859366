"""The words of the PostgreSQL index (search.Lexeme), filled from the existing entries so
searches use them without a rebuild; and search_term's second prefix index dropped, as
the one Django creates for the primary key (``..._like``) serves the same lookups."""

from django.db import migrations, models

from core.operations import PostgresOnly


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_public_records_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="Lexeme",
            fields=[
                ("word", models.TextField(primary_key=True, serialize=False, verbose_name="word")),
            ],
            options={
                "verbose_name": "indexed word",
                "verbose_name_plural": "indexed words",
            },
        ),
        PostgresOnly(
            sql=(
                "INSERT INTO search_lexeme (word) "
                "SELECT DISTINCT w.lexeme FROM search_searchentry e, unnest(e.vector) AS w"
            ),
            reverse_sql=migrations.RunSQL.noop,
        ),
        PostgresOnly(
            sql="DROP INDEX search_term_word_prefix",
            reverse_sql=(
                "CREATE INDEX search_term_word_prefix ON search_term (word varchar_pattern_ops)"
            ),
        ),
    ]
