"""Rules about one exhibition: its stage, its venues' dates, its sections, its cover."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from exhibitions.models import ExhibitionItem, ExhibitionStage, ExhibitionVenue
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("today", "stage"),
    [
        (datetime.date(2027, 2, 28), ExhibitionStage.PLANNED),
        (datetime.date(2027, 3, 1), ExhibitionStage.OPEN),
        (datetime.date(2027, 6, 30), ExhibitionStage.OPEN),
        (datetime.date(2027, 7, 1), ExhibitionStage.CLOSED),
    ],
)
def test_stage_follows_the_dates(today, stage):
    assert factories.exhibition(start="2027-03-01", end="2027-06-30").stage(today) == stage


def test_open_ended_exhibition_never_closes():
    exhibition = factories.exhibition(start="2020-01-01", end=None)
    assert exhibition.stage(datetime.date(2099, 1, 1)) == ExhibitionStage.OPEN


def test_venue_dates_must_fall_within_the_exhibition():
    exhibition = factories.exhibition(start="2027-03-01", end="2027-06-30")
    stop = ExhibitionVenue(
        exhibition=exhibition,
        venue=factories.venue(),
        start_date=datetime.date(2027, 2, 1),
        end_date=datetime.date(2027, 6, 30),
    )
    with pytest.raises(ValidationError):
        stop.full_clean()
    stop.start_date = datetime.date(2027, 3, 1)
    stop.full_clean()


def test_an_object_can_only_sit_in_a_section_of_its_own_exhibition():
    exhibition, other = factories.exhibition(), factories.exhibition("Other show")
    entry = ExhibitionItem(
        exhibition=exhibition, item=factories.gift(), section=factories.section(other)
    )
    with pytest.raises(ValidationError) as refused:
        entry.full_clean()
    assert "section" in refused.value.message_dict


def test_cover_image_needs_alt_text():
    exhibition = factories.exhibition()
    exhibition.cover_image = factories.upload("cover.jpg")
    with pytest.raises(ValidationError) as refused:
        exhibition.full_clean()
    assert "cover_alt_en" in refused.value.message_dict
    exhibition.cover_alt_kk = "Көрме афишасы"
    exhibition.full_clean()


def test_a_new_cover_gets_a_thumbnail_for_lists_and_losing_it_clears_both():
    from PIL import Image

    exhibition = factories.exhibition()
    exhibition.cover_image = SimpleUploadedFile(
        "poster.jpg", factories.jpeg_bytes("teal", size=(1600, 1200)), content_type="image/jpeg"
    )
    exhibition.cover_alt_en = "The exhibition poster"
    exhibition.save()
    with Image.open(exhibition.cover_thumbnail.path) as thumbnail:
        assert max(thumbnail.size) == 400
    assert exhibition.cover_thumbnail_url == exhibition.cover_thumbnail.url

    exhibition.cover_image = ""
    exhibition.save()
    assert not exhibition.cover_thumbnail and exhibition.cover_thumbnail_url == ""
