"""The authorities moved to their own app (authorities 0001, which keeps their tables and
rows): an event's keys now point to authorities.*. The state changes only: the database
keys already point to the same tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('authorities', '0001_initial'),
        ('events', '0002_versions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='event',
                    name='countries',
                    field=models.ManyToManyField(blank=True, related_name='events', to='authorities.country', verbose_name='countries'),
                ),
                migrations.AlterField(
                    model_name='event',
                    name='organizations',
                    field=models.ManyToManyField(blank=True, related_name='events', to='authorities.organization', verbose_name='organizations'),
                ),
                migrations.AlterField(
                    model_name='event',
                    name='participants',
                    field=models.ManyToManyField(blank=True, related_name='events', to='authorities.person', verbose_name='participants'),
                ),
                migrations.AlterField(
                    model_name='event',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='events', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='historicalevent',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
            ],
        ),
    ]
