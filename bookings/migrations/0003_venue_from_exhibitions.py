import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

import core.models

MOVED = ["venue", "historicalvenue"]


def _move_content_types(apps, source: str, target: str) -> None:
    """The content type follows the model, so its permissions, the groups and users that
    hold them, and the admin log keep pointing at it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in MOVED:
        old = ContentType.objects.filter(app_label=source, model=model).first()
        if old is None:
            continue
        # An empty twin may exist if the models were loaded before this ran (a partial
        # migrate); the old one holds the grants, so it wins.
        twin = ContentType.objects.filter(app_label=target, model=model).first()
        if twin is not None:
            Permission.objects.filter(content_type=twin).delete()
            twin.delete()
        old.app_label = target
        old.save(update_fields=["app_label"])


def forward(apps, schema_editor):
    _move_content_types(apps, "exhibitions", "bookings")


def backward(apps, schema_editor):
    _move_content_types(apps, "bookings", "exhibitions")


class Migration(migrations.Migration):
    """bookings takes over Venue (its table renamed by exhibitions/0006). The booking's
    columns naming its exhibition stop and object lose their constraints here, before
    exhibitions/0007 copies them to its own table (whose unique constraint takes the same
    name); bookings/0004 drops them."""

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("authorities", "0001_initial"),
        ("bookings", "0002_booking_no_overlap"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("exhibitions", "0006_venue_tables_to_bookings"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="booking", name="booking_has_a_source"),
        migrations.RemoveConstraint(model_name="booking", name="booking_once_per_exhibition_stop"),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Venue",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("version", core.models.VersionField(default=1, verbose_name="version")),
                        ("name_en", models.CharField(max_length=255, verbose_name="name (English)")),
                        (
                            "name_ru",
                            models.CharField(
                                blank=True, max_length=255, verbose_name="name (Russian)"
                            ),
                        ),
                        (
                            "name_kk",
                            models.CharField(
                                blank=True, max_length=255, verbose_name="name (Kazakh)"
                            ),
                        ),
                        (
                            "address",
                            models.CharField(blank=True, max_length=255, verbose_name="address"),
                        ),
                        (
                            "is_virtual",
                            models.BooleanField(
                                default=False,
                                help_text="A website rather than a room.",
                                verbose_name="online only",
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="venues",
                                to="authorities.organization",
                                verbose_name="institution",
                            ),
                        ),
                        (
                            "place",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="venues",
                                to="authorities.place",
                                verbose_name="place",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "venue",
                        "verbose_name_plural": "venues",
                        "ordering": ["name_en"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalVenue",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("version", core.models.VersionField(default=1, verbose_name="version")),
                        ("name_en", models.CharField(max_length=255, verbose_name="name (English)")),
                        (
                            "name_ru",
                            models.CharField(
                                blank=True, max_length=255, verbose_name="name (Russian)"
                            ),
                        ),
                        (
                            "name_kk",
                            models.CharField(
                                blank=True, max_length=255, verbose_name="name (Kazakh)"
                            ),
                        ),
                        (
                            "address",
                            models.CharField(blank=True, max_length=255, verbose_name="address"),
                        ),
                        (
                            "is_virtual",
                            models.BooleanField(
                                default=False,
                                help_text="A website rather than a room.",
                                verbose_name="online only",
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.TextField(null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="authorities.organization",
                                verbose_name="institution",
                            ),
                        ),
                        (
                            "place",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="authorities.place",
                                verbose_name="place",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical venue",
                        "verbose_name_plural": "historical venues",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AlterField(
                    model_name="booking",
                    name="venue",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="bookings",
                        to="bookings.venue",
                        verbose_name="venue",
                    ),
                ),
            ],
        ),
        migrations.RunPython(forward, backward),
    ]
