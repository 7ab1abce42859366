"""Two staff members edit one record at once: the second save, based on a version that is
no longer current, is refused with who changed what, and keeps what its author typed."""

import pytest
from django.test import Client
from django.urls import reverse

from collections_app.models import ItemImage
from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(curator, registrar):
    first, second = Client(), Client()
    first.force_login(curator)
    second.force_login(registrar)
    return first, second


@pytest.fixture
def doc(db):
    return factories.document(title_en="Note verbale", description_en="First text")


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_the_second_of_two_saves_is_refused_not_silently_applied(two_editors, doc):
    first, second = two_editors
    url = change_url(doc)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))

    mine["title_en"] = "Note verbale of 2 March 1992"
    assert first.post(url, mine).status_code == 302
    theirs["description_en"] = "A description typed by the registrar"
    response = second.post(url, theirs)

    assert response.status_code == 200
    doc.refresh_from_db()
    assert doc.title_en == "Note verbale of 2 March 1992"
    assert doc.description_en == "First text"
    page = response.content.decode()
    # Who changed what since, and the current value.
    assert "curator" in page
    assert "title (English)" in page
    assert "Note verbale of 2 March 1992" in page
    # What the second editor typed is still in the form.
    form = response.context["adminform"].form
    assert form["description_en"].value() == "A description typed by the registrar"


def test_an_image_edited_in_two_browsers(two_editors, doc):
    image = factories.image(doc)
    first, second = two_editors
    url = change_url(doc)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))
    mine["images-0-caption_en"] = "Front page"
    assert first.post(url, mine).status_code == 302
    theirs["images-0-caption_en"] = "First page"

    response = second.post(url, theirs)

    assert response.status_code == 200
    image.refresh_from_db()
    assert image.caption_en == "Front page"
    page = response.content.decode()
    assert "caption (English)" in page and "Front page" in page
    formset = response.context["inline_admin_formsets"][1].formset
    assert formset.forms[0]["caption_en"].value() == "First page"


def test_an_image_changed_elsewhere_is_not_overwritten_or_deleted(curator_client, doc):
    image = factories.image(doc)
    url = change_url(doc)
    edit = form_data(curator_client.get(url))
    # The image alone changes (not through this page): only its own version moves.
    changed = ItemImage.objects.get(pk=image.pk)
    changed.credit = "Archive of the President"
    changed.save()

    edit["images-0-credit"] = "Unknown"
    response = curator_client.post(url, edit)
    assert response.status_code == 200
    assert "Archive of the President" in response.content.decode()

    delete = form_data(response)
    delete["images-0-credit"] = "Archive of the President"
    delete["images-0-version"] = "1"  # the version the page was first based on
    delete["images-0-DELETE"] = "on"
    response = curator_client.post(url, delete)
    assert response.status_code == 200
    assert "was not deleted" in response.content.decode()
    image.refresh_from_db()
    assert image.credit == "Archive of the President"


def test_a_save_based_on_the_current_version_works_as_before(curator_client, doc):
    url = change_url(doc)
    for title in ("One", "Two", "Three"):
        data = form_data(curator_client.get(url))
        data["title_en"] = title
        assert curator_client.post(url, data).status_code == 302
    doc.refresh_from_db()
    assert (doc.title_en, doc.version) == ("Three", 4)


def test_a_change_form_without_its_version_is_refused(curator_client, doc):
    url = change_url(doc)
    data = form_data(curator_client.get(url))
    for value in (None, "", "abc", "99999999999999999999999"):
        if value is None:
            data.pop("version", None)
        else:
            data["version"] = value
        data["title_en"] = "Changed"
        response = curator_client.post(url, data)
        assert response.status_code == 200
        assert "did not say which version" in response.content.decode()
    doc.refresh_from_db()
    assert doc.title_en == "Note verbale"


def test_an_authority_edited_by_two_people(two_editors):
    person = factories.person()
    first, second = two_editors
    url = change_url(person)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))
    mine["title"] = "First Foreign Minister"
    mine["variants-0-name"] = "Сулейменов"
    assert first.post(url, mine).status_code == 302
    theirs["birth_year"] = "1941"
    response = second.post(url, theirs)
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.title, person.birth_year) == ("First Foreign Minister", None)
    assert "title or position" in response.content.decode()


def test_an_event_edited_by_two_people(two_editors):
    summit = factories.event()
    first, second = two_editors
    url = change_url(summit)
    mine, theirs = form_data(first.get(url)), form_data(second.get(url))
    mine["title_ru"] = "Саммит ОБСЕ"
    assert first.post(url, mine).status_code == 302
    theirs["title_ru"] = "Астанинский саммит"
    assert second.post(url, theirs).status_code == 200
    summit.refresh_from_db()
    assert summit.title_ru == "Саммит ОБСЕ"


class TestRevertFromHistory:
    def revert_url(self, obj, record):
        return reverse(
            f"admin:{obj._meta.app_label}_{obj._meta.model_name}_simple_history",
            args=[obj.pk, record.history_id],
        )

    def test_reverting_is_a_change_based_on_the_current_version(self, curator_client, doc):
        oldest = doc.history.earliest()
        doc.title_en = "Renamed"
        doc.save()
        url = self.revert_url(doc, oldest)
        data = form_data(curator_client.get(url))
        assert data["version"] == "2"
        assert curator_client.post(url, data).status_code == 302
        doc.refresh_from_db()
        assert (doc.title_en, doc.version) == ("Note verbale", 3)

    def test_a_stale_revert_is_refused(self, two_editors, doc):
        first, second = two_editors
        oldest = doc.history.earliest()
        doc.title_en = "Renamed"
        doc.save()
        url = self.revert_url(doc, oldest)
        data = form_data(first.get(url))
        edit = form_data(second.get(change_url(doc)))
        edit["title_en"] = "Renamed again"
        assert second.post(change_url(doc), edit).status_code == 302
        response = first.post(url, data)
        assert response.status_code == 200
        doc.refresh_from_db()
        assert doc.title_en == "Renamed again"
