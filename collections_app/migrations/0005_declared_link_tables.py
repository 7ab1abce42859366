"""The link tables of a record's many-to-many fields become declared models, so that the
link to an authority is on_delete=PROTECT in the models rather than patched in at
start-up. Tables, columns and rows stay: the models enter the migration state only (with
the tables and columns Django had created for the fields and their unnamed unique pair),
then each unnamed unique pair becomes a named constraint."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("collections_app", "0004_versions"),
        ("events", "0002_versions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ItemCountry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("item", models.ForeignKey(db_column="collectionitem_id", on_delete=django.db.models.deletion.CASCADE, related_name="+", to="collections_app.collectionitem", verbose_name="record")),
                        ("country", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="collections_app.country", verbose_name="country")),
                    ],
                    options={
                        "verbose_name": "country of a record",
                        "verbose_name_plural": "countries of records",
                        "db_table": "collections_app_collectionitem_countries",
                        "unique_together": {("item", "country")},
                    },
                ),
                migrations.AlterField(
                    model_name="collectionitem",
                    name="countries",
                    field=models.ManyToManyField(blank=True, related_name="items", through="collections_app.ItemCountry", to="collections_app.country", verbose_name="countries"),
                ),
                migrations.CreateModel(
                    name="ItemOrganization",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("item", models.ForeignKey(db_column="collectionitem_id", on_delete=django.db.models.deletion.CASCADE, related_name="+", to="collections_app.collectionitem", verbose_name="record")),
                        ("organization", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="collections_app.organization", verbose_name="organization")),
                    ],
                    options={
                        "verbose_name": "organization of a record",
                        "verbose_name_plural": "organizations of records",
                        "db_table": "collections_app_collectionitem_organizations",
                        "unique_together": {("item", "organization")},
                    },
                ),
                migrations.AlterField(
                    model_name="collectionitem",
                    name="organizations",
                    field=models.ManyToManyField(blank=True, related_name="items", through="collections_app.ItemOrganization", to="collections_app.organization", verbose_name="organizations"),
                ),
                migrations.CreateModel(
                    name="ItemEvent",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("item", models.ForeignKey(db_column="collectionitem_id", on_delete=django.db.models.deletion.CASCADE, related_name="+", to="collections_app.collectionitem", verbose_name="record")),
                        ("event", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="events.event", verbose_name="event")),
                    ],
                    options={
                        "verbose_name": "event of a record",
                        "verbose_name_plural": "events of records",
                        "db_table": "collections_app_collectionitem_events",
                        "unique_together": {("item", "event")},
                    },
                ),
                migrations.AlterField(
                    model_name="collectionitem",
                    name="events",
                    field=models.ManyToManyField(blank=True, related_name="items", through="collections_app.ItemEvent", to="events.event", verbose_name="events"),
                ),
                migrations.CreateModel(
                    name="ItemSubject",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("item", models.ForeignKey(db_column="collectionitem_id", on_delete=django.db.models.deletion.CASCADE, related_name="+", to="collections_app.collectionitem", verbose_name="record")),
                        ("subject", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="collections_app.subject", verbose_name="subject")),
                    ],
                    options={
                        "verbose_name": "subject of a record",
                        "verbose_name_plural": "subjects of records",
                        "db_table": "collections_app_collectionitem_subjects",
                        "unique_together": {("item", "subject")},
                    },
                ),
                migrations.AlterField(
                    model_name="collectionitem",
                    name="subjects",
                    field=models.ManyToManyField(blank=True, related_name="items", through="collections_app.ItemSubject", to="collections_app.subject", verbose_name="subjects"),
                ),
                migrations.CreateModel(
                    name="GiftMaterial",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("item", models.ForeignKey(db_column="diplomaticgift_id", on_delete=django.db.models.deletion.CASCADE, related_name="+", to="collections_app.diplomaticgift", verbose_name="gift")),
                        ("material", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="collections_app.material", verbose_name="material")),
                    ],
                    options={
                        "verbose_name": "material of a gift",
                        "verbose_name_plural": "materials of gifts",
                        "db_table": "collections_app_diplomaticgift_materials",
                        "unique_together": {("item", "material")},
                    },
                ),
                migrations.AlterField(
                    model_name="diplomaticgift",
                    name="materials",
                    field=models.ManyToManyField(blank=True, related_name="gifts", through="collections_app.GiftMaterial", to="collections_app.material", verbose_name="materials"),
                ),
            ],
        ),
        migrations.AlterUniqueTogether(name="itemcountry", unique_together=set()),
        migrations.AddConstraint(
            model_name="itemcountry",
            constraint=models.UniqueConstraint(fields=("item", "country"), name="item_country_unique"),
        ),
        migrations.AlterUniqueTogether(name="itemorganization", unique_together=set()),
        migrations.AddConstraint(
            model_name="itemorganization",
            constraint=models.UniqueConstraint(fields=("item", "organization"), name="item_organization_unique"),
        ),
        migrations.AlterUniqueTogether(name="itemevent", unique_together=set()),
        migrations.AddConstraint(
            model_name="itemevent",
            constraint=models.UniqueConstraint(fields=("item", "event"), name="item_event_unique"),
        ),
        migrations.AlterUniqueTogether(name="itemsubject", unique_together=set()),
        migrations.AddConstraint(
            model_name="itemsubject",
            constraint=models.UniqueConstraint(fields=("item", "subject"), name="item_subject_unique"),
        ),
        migrations.AlterUniqueTogether(name="giftmaterial", unique_together=set()),
        migrations.AddConstraint(
            model_name="giftmaterial",
            constraint=models.UniqueConstraint(fields=("item", "material"), name="gift_material_unique"),
        ),
    ]
