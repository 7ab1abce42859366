"""The authorities moved to their own app (authorities 0001, which keeps their tables and
rows): an exhibition's and a venue's keys now point to authorities.*. The state changes
only: the database keys already point to the same tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('authorities', '0001_initial'),
        ('exhibitions', '0004_versions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='exhibition',
                    name='organizers',
                    field=models.ManyToManyField(blank=True, related_name='exhibitions_organized', to='authorities.organization', verbose_name='organizers'),
                ),
                migrations.AlterField(
                    model_name='exhibition',
                    name='partners',
                    field=models.ManyToManyField(blank=True, related_name='exhibitions_partnered', to='authorities.organization', verbose_name='partner institutions'),
                ),
                migrations.AlterField(
                    model_name='historicalvenue',
                    name='organization',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.organization', verbose_name='institution'),
                ),
                migrations.AlterField(
                    model_name='historicalvenue',
                    name='place',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='authorities.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='venue',
                    name='organization',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='venues', to='authorities.organization', verbose_name='institution'),
                ),
                migrations.AlterField(
                    model_name='venue',
                    name='place',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='venues', to='authorities.place', verbose_name='place'),
                ),
            ],
        ),
    ]
