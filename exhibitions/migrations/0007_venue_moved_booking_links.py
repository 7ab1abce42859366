import django.db.models.deletion
from django.db import migrations, models

BATCH = 1000


def copy_links(apps, schema_editor):
    """Each booking's stop and object, read from its own columns (dropped by bookings/0004)."""
    Booking = apps.get_model("bookings", "Booking")
    ExhibitionBooking = apps.get_model("exhibitions", "ExhibitionBooking")
    rows = Booking.objects.filter(exhibition_item__isnull=False, stop__isnull=False)
    links = (
        ExhibitionBooking(booking_id=pk, exhibition_item_id=entry, stop_id=stop)
        for pk, entry, stop in rows.values_list("pk", "exhibition_item_id", "stop_id")
        .order_by("pk")
        .iterator(chunk_size=BATCH)
    )
    ExhibitionBooking.objects.bulk_create(links, batch_size=BATCH)


def copy_links_back(apps, schema_editor):
    Booking = apps.get_model("bookings", "Booking")
    ExhibitionBooking = apps.get_model("exhibitions", "ExhibitionBooking")
    for pk, entry, stop in ExhibitionBooking.objects.values_list(
        "booking_id", "exhibition_item_id", "stop_id"
    ).iterator(chunk_size=BATCH):
        Booking.objects.filter(pk=pk).update(exhibition_item_id=entry, stop_id=stop)


class Migration(migrations.Migration):
    """Venue now belongs to bookings (bookings/0003): the relations to it follow, and the
    models leave this app's state (their tables were renamed by 0006, so nothing is
    dropped). The link from a booking to the stop and object that made it moves here."""

    dependencies = [
        ("bookings", "0003_venue_from_exhibitions"),
        ("exhibitions", "0006_venue_tables_to_bookings"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="historicalexhibitionvenue",
                    name="venue",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="bookings.venue",
                        verbose_name="venue",
                    ),
                ),
                migrations.AlterField(
                    model_name="exhibitionvenue",
                    name="venue",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="stops",
                        to="bookings.venue",
                        verbose_name="venue",
                    ),
                ),
                migrations.AlterField(
                    model_name="exhibition",
                    name="venues",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="exhibitions",
                        through="exhibitions.ExhibitionVenue",
                        to="bookings.venue",
                        verbose_name="venues",
                    ),
                ),
                migrations.DeleteModel(name="HistoricalVenue"),
                migrations.DeleteModel(name="Venue"),
            ],
        ),
        migrations.CreateModel(
            name="ExhibitionBooking",
            fields=[
                (
                    "booking",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="%(class)s",
                        serialize=False,
                        to="bookings.booking",
                        verbose_name="booking",
                    ),
                ),
                (
                    "exhibition_item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="booking_links",
                        to="exhibitions.exhibitionitem",
                        verbose_name="object in exhibition",
                    ),
                ),
                (
                    "stop",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="booking_links",
                        to="exhibitions.exhibitionvenue",
                        verbose_name="exhibition venue",
                    ),
                ),
            ],
            options={
                "verbose_name": "exhibition booking",
                "verbose_name_plural": "exhibition bookings",
                "ordering": ["booking"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("exhibition_item", "stop"),
                        name="booking_once_per_exhibition_stop",
                    )
                ],
            },
        ),
        migrations.RunPython(copy_links, copy_links_back),
    ]
