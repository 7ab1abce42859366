from django.db import migrations

from core.operations import PostgresOnly


class Migration(migrations.Migration):
    """On PostgreSQL the database itself refuses two bookings of one object whose dates
    overlap (dates inclusive: '[]'). btree_gist lets the GiST index compare item ids."""

    dependencies = [("bookings", "0001_initial")]

    operations = [
        PostgresOnly(
            sql="CREATE EXTENSION IF NOT EXISTS btree_gist",
            reverse_sql=migrations.RunSQL.noop,
        ),
        PostgresOnly(
            sql="""
                ALTER TABLE bookings_booking ADD CONSTRAINT booking_no_overlap
                EXCLUDE USING gist (
                    item_id WITH =,
                    daterange(start_date, end_date, '[]') WITH &&
                )
            """,
            reverse_sql="ALTER TABLE bookings_booking DROP CONSTRAINT booking_no_overlap",
        ),
    ]
