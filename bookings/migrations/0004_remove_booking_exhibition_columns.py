from django.db import migrations


class Migration(migrations.Migration):
    """The stop and object of each booking now live in exhibitions.ExhibitionBooking
    (copied by exhibitions/0007)."""

    dependencies = [
        ("bookings", "0003_venue_from_exhibitions"),
        ("exhibitions", "0007_venue_moved_booking_links"),
    ]

    operations = [
        migrations.RemoveField(model_name="booking", name="exhibition_item"),
        migrations.RemoveField(model_name="booking", name="stop"),
    ]
