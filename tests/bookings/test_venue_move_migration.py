"""bookings/0003-0004 and exhibitions/0006-0007 on a populated database at main's migrations
(before the authorities moved too): venues move down to bookings and each booking's stop and
object move up to exhibitions, losing no row, no link and no permission granted on venues."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType as ContentTypeNow
from django.db import IntegrityError, connection, transaction

from tests.migrating import Migrator

# The database as main's migrations leave it: the authorities still in collections_app,
# venues in exhibitions.
BEFORE = [
    ("authorities", None),
    ("bookings", "0002_booking_no_overlap"),
    ("collections_app", "0004_versions"),
    ("events", "0002_versions"),
    ("exhibitions", "0004_versions"),
]
AFTER = [
    ("bookings", "0004_remove_booking_exhibition_columns"),
    ("exhibitions", "0007_venue_moved_booking_links"),
]
BLANK = dict.fromkeys(("title_ru", "title_kk", "description_en", "description_ru"), "")


def _record(apps, number: int):
    return apps.get_model("collections_app", "CollectionItem").objects.create(
        item_type="gift",
        accession_number=f"DG-{number}",
        title_en=f"Gift {number}",
        **BLANK,
        description_kk="",
        date_display="",
        credit_line="",
        storage_location="",
        internal_notes="",
    )


def _populate(apps) -> dict:
    """Two exhibitions, one travelling to two venues, their objects booked at each stop."""
    place = apps.get_model("collections_app", "Place").objects.create(
        name_en="Astana", name_ru="Астана", name_kk="Астана"
    )
    Venue = apps.get_model("exhibitions", "Venue")
    museum = Venue.objects.create(name_en="National Museum", place=place)
    library = Venue.objects.create(name_en="Abai Library", place=place, address="Abai 14")
    apps.get_model("exhibitions", "HistoricalVenue").objects.create(
        id=museum.pk,
        name_en="National Museum (old name)",
        place_id=place.pk,
        history_date=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        history_type="+",
    )
    Exhibition = apps.get_model("exhibitions", "Exhibition")
    Stop = apps.get_model("exhibitions", "ExhibitionVenue")
    Entry = apps.get_model("exhibitions", "ExhibitionItem")
    Booking = apps.get_model("bookings", "Booking")
    entry_blank = dict.fromkeys(
        ("label_en", "label_ru", "label_kk", "case_number", "display_notes"), ""
    )
    links = {}
    for n, (venues, start) in enumerate(
        [((museum, library), datetime.date(2027, 1, 1)), ((museum,), datetime.date(2028, 1, 1))]
    ):
        show = Exhibition.objects.create(
            title_en=f"Show {n}",
            slug=f"show-{n}",
            start_date=start,
            end_date=start + datetime.timedelta(days=300),
            **{
                f"{field}_{lang}": ""
                for field in ("summary", "description", "cover_alt")
                for lang in ("en", "ru", "kk")
                if f"{field}_{lang}" != "title_en"
            },
            title_ru="",
            title_kk="",
        )
        stops = [
            Stop.objects.create(
                exhibition=show,
                venue=venue,
                start_date=start + datetime.timedelta(days=120 * i),
                end_date=start + datetime.timedelta(days=120 * i + 100),
            )
            for i, venue in enumerate(venues)
        ]
        for k in range(3):
            entry = Entry.objects.create(
                exhibition=show, item=_record(apps, 10 * n + k), position=k, **entry_blank
            )
            for stop in stops:
                booking = Booking.objects.create(
                    item_id=entry.item_id,
                    venue_id=stop.venue_id,
                    start_date=stop.start_date,
                    end_date=stop.end_date,
                    exhibition_item=entry,
                    stop=stop,
                )
                links[booking.pk] = (entry.pk, stop.pk, stop.venue_id)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    venue_type, _ = ContentType.objects.get_or_create(app_label="exhibitions", model="venue")
    change_venue, _ = Permission.objects.get_or_create(
        content_type=venue_type, codename="change_venue", defaults={"name": "Can change venue"}
    )
    staff = apps.get_model("auth", "Group").objects.create(name="Venue keepers")
    staff.permissions.add(change_venue)
    return {
        "links": links,
        "venues": {museum.pk: "National Museum", library.pk: "Abai Library"},
        "content_type": venue_type.pk,
        "permission": change_venue.pk,
        "place": place.pk,
    }


@pytest.mark.django_db(transaction=True)
def test_every_venue_booking_link_and_grant_survives():
    migrator = Migrator()
    try:
        before = _populate(migrator.migrate(BEFORE))
        apps = migrator.migrate(AFTER)

        Venue = apps.get_model("bookings", "Venue")
        assert dict(Venue.objects.values_list("pk", "name_en")) == before["venues"]
        assert set(Venue.objects.values_list("place_id", flat=True)) == {before["place"]}
        old_name = apps.get_model("bookings", "HistoricalVenue").objects.get()
        assert old_name.name_en == "National Museum (old name)"

        Link = apps.get_model("exhibitions", "ExhibitionBooking")
        links = {
            link.booking_id: (link.exhibition_item_id, link.stop_id, link.booking.venue_id)
            for link in Link.objects.select_related("booking")
        }
        assert links == before["links"]
        Booking = apps.get_model("bookings", "Booking")
        assert set(Booking.objects.values_list("pk", flat=True)) == set(before["links"])
        Stop = apps.get_model("exhibitions", "ExhibitionVenue")
        assert {stop.venue.name_en for stop in Stop.objects.select_related("venue")} == set(
            before["venues"].values()
        )

        ContentType = apps.get_model("contenttypes", "ContentType")
        moved = ContentType.objects.get(pk=before["content_type"])
        assert (moved.app_label, moved.model) == ("bookings", "venue")
        assert not ContentType.objects.filter(app_label="exhibitions", model="venue").exists()
        group = apps.get_model("auth", "Group").objects.get(name="Venue keepers")
        assert [(p.pk, p.content_type.app_label, p.codename) for p in group.permissions.all()] == [
            (before["permission"], "bookings", "change_venue")
        ]

        if connection.vendor == "postgresql":
            taken = Booking.objects.first()
            with pytest.raises(IntegrityError), transaction.atomic():
                Booking.objects.create(
                    item_id=taken.item_id,
                    venue_id=taken.venue_id,
                    start_date=taken.start_date,
                    end_date=taken.start_date,
                )
    finally:
        migrator.migrate_to_latest()
        ContentTypeNow.objects.clear_cache()
