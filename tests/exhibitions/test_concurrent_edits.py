"""Two people arranging or editing one exhibition at once: the later save, based on a version
that is no longer current, is refused with who changed what, keeping what its author did."""

import pytest
from django.test import Client
from django.urls import reverse

from exhibitions import services
from exhibitions.models import ExhibitionItem
from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(curator, exhibition_staff):
    first, second = Client(), Client()
    first.force_login(exhibition_staff)
    second.force_login(curator)
    return first, second


@pytest.fixture
def show():
    show = factories.exhibition("Gifts of friendship")
    section = factories.section(show, "Gifts")
    services.add_items(exhibition=show, items=[factories.gift(f"Bowl {n}") for n in range(3)])
    services.add_items(exhibition=show, items=[factories.document()], section=section)
    return show


def change_url(show):
    return reverse("admin:exhibitions_exhibition_change", args=[show.pk])


def arrange_url(show):
    return reverse("admin:exhibitions_exhibition_arrange", args=[show.pk])


def arrangement(response, order: list[int]) -> dict:
    """What the arrange page posts after its rows were dragged into ``order`` (entry ids),
    all outside sections."""
    data = {"version": response.context["version"], "entry": order}
    for number, pk in enumerate(order, start=1):
        data[f"section-{pk}"] = ""
        data[f"position-{pk}"] = number
    return data


def saved_order(show) -> list[int]:
    return list(
        ExhibitionItem.objects.filter(exhibition=show)
        .in_display_order()
        .values_list("pk", flat=True)
    )


def test_change_form_saved_by_two_people_refuses_the_second(two_editors, show):
    first, second = two_editors
    url = change_url(show)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))
    mine["title_en"] = "Gifts of friendship, 1992–2022"
    assert first.post(url, mine).status_code == 302
    theirs["summary_en"] = "Typed by the curator"

    response = second.post(url, theirs)

    assert response.status_code == 200
    show.refresh_from_db()
    assert show.title_en == "Gifts of friendship, 1992–2022"
    assert show.summary_en == ""
    page = response.content.decode()
    assert "exhibitions" in page  # the first editor's user name
    assert "Gifts of friendship, 1992–2022" in page
    assert response.context["adminform"].form["summary_en"].value() == "Typed by the curator"
    # Saving again, now knowingly based on the current version, goes through.
    assert second.post(url, form_data(response)).status_code == 302
    show.refresh_from_db()
    assert show.summary_en == "Typed by the curator"


def test_an_object_label_edited_in_two_browsers(two_editors, show):
    first, second = two_editors
    url = change_url(show)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))
    mine["exhibition_items-0-label_en"] = "First label"
    assert first.post(url, mine).status_code == 302
    theirs["exhibition_items-0-label_en"] = "Second label"

    response = second.post(url, theirs)

    assert response.status_code == 200
    entry = ExhibitionItem.objects.get(pk=theirs["exhibition_items-0-id"])
    assert entry.label_en == "First label"
    assert "First label" in response.content.decode()


def test_a_stale_arrangement_is_refused_and_kept_on_the_page(two_editors, show):
    first, second = two_editors
    before = saved_order(show)
    page = first.get(arrange_url(show))
    assert f'name="version" value="{show.version}"' in page.content.decode()
    # Meanwhile someone else arranges the objects the other way round.
    other = second.get(arrange_url(show))
    assert second.post(arrange_url(show), arrangement(other, before[::-1])).status_code == 302
    theirs = saved_order(show)
    assert theirs == before[::-1]

    wanted = [before[1], before[0], before[3], before[2]]
    response = first.post(arrange_url(show), arrangement(page, wanted))

    assert response.status_code == 200
    assert saved_order(show) == theirs
    text = response.content.decode()
    assert "curator" in text and "objects arranged" in text
    # The page shows this person's order (not saved) and, below, the order saved now.
    shown = [entry.pk for _section, rows in response.context["groups"] for entry in rows]
    assert shown == wanted
    current = [e.pk for _section, rows in response.context["current_groups"] for e in rows]
    assert current == theirs
    # Saving again replaces the saved order knowingly.
    assert first.post(arrange_url(show), arrangement(response, wanted)).status_code == 302
    assert saved_order(show) == wanted


def test_an_arrangement_after_the_change_form_was_saved_is_refused(two_editors, show):
    first, second = two_editors
    page = first.get(arrange_url(show))
    data = form_data(second.get(change_url(show)))
    data["title_en"] = "Renamed"
    assert second.post(change_url(show), data).status_code == 302
    before = saved_order(show)

    response = first.post(arrange_url(show), arrangement(page, before[::-1]))

    assert response.status_code == 200
    assert saved_order(show) == before
    assert "title (English)" in response.content.decode()


def test_a_change_form_opened_before_an_arrangement_is_refused(two_editors, show):
    first, second = two_editors
    data = form_data(first.get(change_url(show)))
    other = second.get(arrange_url(show))
    assert (
        second.post(arrange_url(show), arrangement(other, saved_order(show)[::-1])).status_code
        == 302
    )
    arranged = list(ExhibitionItem.objects.filter(exhibition=show).values_list("pk", "section"))

    response = first.post(change_url(show), data)

    assert response.status_code == 200
    assert list(ExhibitionItem.objects.filter(exhibition=show).values_list("pk", "section")) == (
        arranged
    )


def test_an_arrangement_without_a_version_changes_nothing(exhibition_client, show):
    before = saved_order(show)
    data = arrangement(exhibition_client.get(arrange_url(show)), before[::-1])
    del data["version"]
    response = exhibition_client.post(arrange_url(show), data, follow=True)
    assert "could not be saved" in response.content.decode()
    assert saved_order(show) == before


def test_deleting_a_section_while_editing_its_objects_still_saves(exhibition_client, show):
    url = change_url(show)
    data = form_data(exhibition_client.get(url))
    data["sections-0-DELETE"] = "on"
    for index in range(4):
        data[f"exhibition_items-{index}-label_en"] = f"Label {index}"
    response = exhibition_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert not show.sections.exists()
    assert sorted(show.exhibition_items.values_list("label_en", flat=True)) == [
        f"Label {index}" for index in range(4)
    ]


def test_an_exhibition_deleted_while_its_order_was_saved(rf, exhibition_staff, show):
    """The page's view got the exhibition, then someone deleted it before the save."""
    from django.contrib.messages.storage.fallback import FallbackStorage

    from exhibitions.views import assembly

    request = rf.post(arrange_url(show), {"version": show.version})
    request.user = exhibition_staff
    request.session = {}
    request._messages = FallbackStorage(request)
    ExhibitionItem.objects.filter(exhibition=show).delete()
    type(show).objects.filter(pk=show.pk).delete()

    response = assembly.arrange(request, show, {})

    assert response.status_code == 302
    assert "deleted" in " ".join(str(m) for m in request._messages)
