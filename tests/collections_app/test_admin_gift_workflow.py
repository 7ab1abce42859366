"""A curator enters a complete diplomatic gift from one page, publishes, edits and reverts it."""

import pytest
from django.urls import reverse

from authorities.models import Person
from collections_app.models import DiplomaticGift
from tests import factories
from tests.admin_forms import ITEM_DEFAULTS, form_data, inline, item_inlines, listed_rows

pytestmark = pytest.mark.django_db


def test_curator_enters_publishes_edits_and_reverts_a_gift(curator_client, curator):
    kazakhstan = factories.country()
    china = factories.country(iso_code="CN", name_en="China")
    silver = factories.material()
    porcelain = factories.material(name_en="porcelain")
    summit = factories.event()
    recipient = factories.person(name_en="Nursultan Nazarbayev")

    # A giver missing from the authorities is added through the "+" popup.
    response = curator_client.post(
        reverse("admin:authorities_person_add") + "?_to_field=id&_popup=1",
        {
            "name_en": "Hu Jintao",
            "name_ru": "Ху Цзиньтао",
            "name_kk": "Ху Цзиньтао",
            "title": "President of the People's Republic of China",
            "country": china.pk,
            "_popup": "1",
            "_to_field": "id",
            **inline("variants", [{"name": "胡锦涛", "script": "hani"}]),
        },
    )
    assert response.status_code == 200, response.content
    giver = Person.objects.get(name_en="Hu Jintao")
    assert giver.variants.get().name == "胡锦涛"

    response = curator_client.post(
        reverse("admin:collections_app_diplomaticgift_add"),
        {
            **ITEM_DEFAULTS,
            "title_en": "Porcelain vase with silver mounts",
            "title_ru": "Фарфоровая ваза с серебряной оправой",
            "title_kk": "Күміс жиекті фарфор ваза",
            "description_en": "Presented at the OSCE summit.",
            "giver": giver.pk,
            "giver_title": "President of the People's Republic of China",
            "giving_country": china.pk,
            "recipient": recipient.pk,
            "recipient_title": "President of the Republic of Kazakhstan",
            "occasion": summit.pk,
            "date_presented": "2010-12-01",
            "category": "decorative",
            "disposition": "retained",
            "materials": [silver.pk, porcelain.pk],
            "countries": [kazakhstan.pk, china.pk],
            "date_display": "1 December 2010",
            "date_earliest": "2010-12-01",
            "date_latest": "2010-12-01",
            **item_inlines(
                images=[
                    {
                        "image": factories.upload("front.jpg", "white"),
                        "position": "0",
                        "caption_en": "Front",
                        "alt_text_en": "A white vase",
                        "is_primary": "on",
                    },
                    {
                        "image": factories.upload("mark.jpg", "grey"),
                        "position": "1",
                        "caption_en": "Maker's mark",
                        "alt_text_en": "Blue mark on the base",
                    },
                ]
            ),
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    gift = DiplomaticGift.objects.get()
    assert gift.accession_number.startswith("GIF-")
    assert gift.giver == giver and gift.occasion == summit
    assert set(gift.materials.all()) == {silver, porcelain}
    assert gift.images.count() == 2
    assert gift.images.get(is_primary=True).caption_en == "Front"
    assert gift.status == "draft"

    # Publish from the changelist.
    changelist = reverse("admin:collections_app_diplomaticgift_changelist")
    response = curator_client.post(
        changelist,
        {
            "action": "publish",
            "_selected_action": [gift.pk],
            **listed_rows(curator_client.get(changelist)),
        },
        follow=True,
    )
    assert response.status_code == 200
    gift.refresh_from_db()
    assert gift.status == "published"

    # Edit the English title.
    change_url = reverse("admin:collections_app_diplomaticgift_change", args=[gift.pk])
    data = form_data(curator_client.get(change_url))
    data["title_en"] = "Porcelain vase with silver mounts, gift of the President of China"
    response = curator_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    gift.refresh_from_db()
    assert gift.title_en.endswith("President of China")
    assert gift.images.count() == 2

    # The history lists who changed it, and the earlier title.
    history_url = reverse("admin:collections_app_diplomaticgift_history", args=[gift.pk])
    response = curator_client.get(history_url)
    assert response.status_code == 200
    assert b"curator" in response.content
    first = gift.history.earliest()
    assert first.title_en == "Porcelain vase with silver mounts"
    assert first.history_user == curator
    assert gift.history.count() >= 3

    # Revert to the first version from the admin's history view.
    revert_url = reverse(
        "admin:collections_app_diplomaticgift_simple_history", args=[gift.pk, first.history_id]
    )
    revert_form = curator_client.get(revert_url)
    assert revert_form.status_code == 200
    revert_data = form_data(revert_form)
    response = curator_client.post(revert_url, revert_data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    gift.refresh_from_db()
    assert gift.title_en == "Porcelain vase with silver mounts"
    assert gift.history.latest().history_user == curator
