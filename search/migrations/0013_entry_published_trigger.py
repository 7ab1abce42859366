"""PostgreSQL only: a trigger keeps each search entry's ``published`` in step with its
record's status in the same transaction, however the status changes (a save, a queryset
``update()``, SQL run by hand), so a plain search, which reads the entries alone
(search.backends.postgresql), never admits a record the moment it stops being published,
nor waits for the reindex after the commit. 'published' is PublicationStatus.PUBLISHED
as stored, what ``.public()`` admits."""

from django.db import migrations

from core.operations import PostgresOnly

FUNCTION = """
CREATE FUNCTION search_entry_published() RETURNS trigger AS $$
BEGIN
    UPDATE search_searchentry SET published = (NEW.status = 'published')
    WHERE document_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""
TRIGGER = """
CREATE TRIGGER search_entry_published AFTER UPDATE OF status
ON collections_app_collectionitem FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION search_entry_published()
"""


class Migration(migrations.Migration):
    dependencies = [("search", "0012_searchentry_published")]

    operations = [
        PostgresOnly(sql=FUNCTION, reverse_sql="DROP FUNCTION search_entry_published()"),
        PostgresOnly(
            sql=TRIGGER,
            reverse_sql="DROP TRIGGER search_entry_published ON collections_app_collectionitem",
        ),
    ]
