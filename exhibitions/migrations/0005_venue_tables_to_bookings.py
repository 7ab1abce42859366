from django.db import migrations


class Migration(migrations.Migration):
    """Venues move down to bookings (issue 11): first their tables take the bookings names,
    rows and ids untouched; bookings/0003 then takes the models over."""

    dependencies = [("exhibitions", "0004_versions")]

    operations = [
        migrations.AlterModelTable(name="venue", table="bookings_venue"),
        migrations.AlterModelTable(name="historicalvenue", table="bookings_historicalvenue"),
    ]
