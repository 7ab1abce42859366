from django.db import migrations


class Migration(migrations.Migration):
    """Venues move down to bookings (issue 11), after their keys to the authorities
    moved (0005_authorities_moved): first their tables take the bookings names,
    rows and ids untouched; bookings/0003 then takes the models over."""

    dependencies = [("exhibitions", "0005_authorities_moved")]

    operations = [
        migrations.AlterModelTable(name="venue", table="bookings_venue"),
        migrations.AlterModelTable(name="historicalvenue", table="bookings_historicalvenue"),
    ]
