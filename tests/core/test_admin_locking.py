"""Optimistic locking in the admin's lists: publication actions and list_editable leave a row
that changed after the list was shown, and say who changed what; every admin and inline of
a versioned model carries the version."""

import re

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from authorities.models import Country
from collections_app.models import CollectionItem
from core.admin_locking import VersionedAdmin, VersionedInline
from core.locking import VersionedFormSetMixin, VersionedModelForm
from core.models import Versioned
from tests import factories
from tests.admin_forms import form_data, listed_rows

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:collections_app_collectionitem_changelist")


@pytest.fixture
def two_editors(curator, registrar):
    first, second = Client(), Client()
    first.force_login(curator)
    second.force_login(registrar)
    return first, second


@pytest.fixture
def docs():
    return [factories.document(f"Letter {n}") for n in range(3)]


def publish(client, listed: dict, pks, **extra):
    return client.post(
        CHANGELIST,
        {"action": "publish", "_selected_action": list(pks), **listed, **extra},
        follow=True,
    )


def statuses() -> dict[str, str]:
    return dict(CollectionItem.objects.values_list("title_en", "status"))


class TestPublicationActions:
    def test_a_row_changed_after_the_list_was_shown_is_left_as_it_is(self, two_editors, docs):
        first, second = two_editors
        listed = listed_rows(first.get(CHANGELIST))
        # Meanwhile the registrar withdraws one of them on its page.
        url = docs[0].get_admin_url()
        data = form_data(second.get(url))
        data["status"] = "withdrawn"
        assert second.post(url, data).status_code == 302

        response = publish(first, listed, [d.pk for d in docs])

        assert statuses() == {
            "Letter 0": "withdrawn",
            "Letter 1": "published",
            "Letter 2": "published",
        }
        text = " ".join(str(m) for m in response.context["messages"])
        assert "2 records published." in text
        assert "1 selected record was left as it was" in text
        assert "Letter 0" in text and "registrar" in text and "publication status" in text

    def test_rows_listed_with_their_current_version_are_all_changed(self, curator_client, docs):
        listed = listed_rows(curator_client.get(CHANGELIST))
        publish(curator_client, listed, [d.pk for d in docs])
        assert set(statuses().values()) == {"published"}

    def test_select_all_leaves_rows_on_other_pages_changed_since(self, curator_client, docs):
        site_admin = admin.site.get_model_admin(CollectionItem)
        original = site_admin.list_per_page
        site_admin.list_per_page = 1
        try:
            page = curator_client.get(CHANGELIST)
            assert len(page.context["cl"].result_list) == 1
            listed = listed_rows(page)
            shown = page.context["cl"].result_list[0]
            changed = next(d for d in docs if d.pk != shown.pk)
            changed.title_en = "Letter changed"
            changed.save()
            response = publish(curator_client, listed, [shown.pk], select_across="1")
        finally:
            site_admin.list_per_page = original
        assert statuses()["Letter changed"] == "draft"
        assert list(statuses().values()).count("published") == 2
        assert "title (English)" in " ".join(str(m) for m in response.context["messages"])

    def test_a_list_that_did_not_say_what_it_showed_changes_nothing(self, curator_client, docs):
        response = publish(curator_client, {}, [d.pk for d in docs])
        assert set(statuses().values()) == {"draft"}
        assert "did not say which version" in " ".join(str(m) for m in response.context["messages"])

    def test_an_exhibition_list_is_protected_too(self, two_editors):
        show = factories.exhibition()
        first, second = two_editors
        url = reverse("admin:exhibitions_exhibition_changelist")
        listed = listed_rows(first.get(url))
        show.title_en = "Renamed"
        show.save()
        first.post(url, {"action": "publish", "_selected_action": [show.pk], **listed})
        show.refresh_from_db()
        assert show.status == "draft"


def changelist_form(response) -> dict:
    """The list_editable form of a changelist page as it would be posted back."""
    formset = response.context["cl"].formset
    data = {"_save": "Save"}
    for name in formset.management_form.fields:
        data[formset.management_form.add_prefix(name)] = formset.management_form[name].value()
    for form in formset.forms:
        for name in form.fields:
            value = form[name].value()
            data[form.add_prefix(name)] = "" if value is None else value
    return data


@pytest.mark.urls("tests.core.locking_urls")
class TestListEditable:
    url = "/locking-admin/authorities/country/"

    def test_a_row_changed_since_the_list_was_shown_is_refused(self, admin_client):
        kz, us = factories.country(), factories.country("US", "United States")
        data = changelist_form(admin_client.get(self.url))
        assert {data["form-0-version"], data["form-1-version"]} == {1}
        kz_version = Country.objects.get(pk=kz.pk)
        kz_version.name_ru = "Казахстан"
        kz_version.save()
        row = {data[f"form-{i}-id"]: i for i in range(2)}
        data[f"form-{row[kz.pk]}-name_ru"] = "Республика Казахстан"
        data[f"form-{row[us.pk]}-name_ru"] = "США"

        response = admin_client.post(self.url, data)

        assert response.status_code == 200
        kz.refresh_from_db()
        us.refresh_from_db()
        assert (kz.name_ru, us.name_ru) == ("Казахстан", "")  # nothing saved
        page = response.content.decode()
        assert "name (Russian)" in page and "Казахстан" in page
        # Saving again, knowing the current value, goes through.
        response = admin_client.post(self.url, changelist_form(response))
        assert response.status_code == 302
        kz.refresh_from_db()
        us.refresh_from_db()
        assert (kz.name_ru, us.name_ru) == ("Республика Казахстан", "США")

    def test_a_row_this_save_leaves_alone_is_no_obstacle(self, admin_client):
        kz, us = factories.country(), factories.country("US", "United States")
        data = changelist_form(admin_client.get(self.url))
        # Someone changes a field the list does not edit: posting the row back as it was
        # overwrites nothing, so it is not saved and not refused.
        other = Country.objects.get(pk=kz.pk)
        other.name_en = "Republic of Kazakhstan"
        other.save()
        row = {data[f"form-{i}-id"]: i for i in range(2)}
        data[f"form-{row[us.pk]}-name_ru"] = "США"
        assert admin_client.post(self.url, data).status_code == 302
        kz.refresh_from_db()
        us.refresh_from_db()
        assert (kz.name_en, kz.version, us.name_ru) == ("Republic of Kazakhstan", 2, "США")


def versioned_admins():
    return [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if issubclass(model, Versioned)
    ]


@pytest.mark.parametrize("model_admin", versioned_admins(), ids=lambda a: str(a))
def test_every_admin_of_a_versioned_model_carries_versions(model_admin, rf, admin_user):
    assert isinstance(model_admin, VersionedAdmin)
    assert issubclass(model_admin.form, VersionedModelForm)
    request = rf.get("/")
    request.user = admin_user
    for inline in model_admin.get_inline_instances(request):
        if issubclass(inline.model, Versioned):
            assert isinstance(inline, VersionedInline), inline
            assert issubclass(inline.formset, VersionedFormSetMixin), inline
            assert issubclass(inline.form, VersionedModelForm), inline


class TestDeletePage:
    """The delete page carries the version it showed: a record saved by someone else
    since is not deleted, and the page says who changed what."""

    @staticmethod
    def _delete_url(item) -> str:
        # The record's own admin (its type's), where its history is kept.
        return item.get_admin_url().replace("/change/", "/delete/")

    def _shown_version(self, client, item) -> str:
        page = client.get(self._delete_url(item))
        match = re.search(r'name="version" value="(\d+)"', page.content.decode())
        assert match, "the delete page carries the version it shows"
        return match.group(1)

    def test_a_record_saved_after_the_page_was_shown_is_not_deleted(self, curator, registrar):
        item = factories.document("Letter to delete")
        deleting, editing = Client(), Client()
        deleting.force_login(registrar)
        editing.force_login(curator)
        shown = self._shown_version(deleting, item)
        url = item.get_admin_url()
        data = form_data(editing.get(url))
        data["title_en"] = "Letter to keep"
        assert editing.post(url, data).status_code == 302

        delete_url = self._delete_url(item)
        response = deleting.post(delete_url, {"post": "yes", "version": shown}, follow=True)

        assert CollectionItem.objects.filter(pk=item.pk, title_en="Letter to keep").exists()
        text = " ".join(str(m) for m in response.context["messages"])
        assert "was not deleted" in text and "curator" in text and "title" in text.lower()
        # The page shows the record as it is now, with its new version.
        assert "Letter to keep" in response.content.decode()
        assert self._shown_version(deleting, item) != shown

    def test_the_version_shown_deletes(self, registrar_client):
        item = factories.document("Letter to delete")
        shown = self._shown_version(registrar_client, item)
        delete_url = self._delete_url(item)
        response = registrar_client.post(delete_url, {"post": "yes", "version": shown})
        assert response.status_code == 302
        assert not CollectionItem.objects.filter(pk=item.pk).exists()

    @pytest.mark.parametrize("version", [None, "", "x1", "-3", "99999999999999"])
    def test_a_confirmation_without_a_usable_version_deletes_as_django_does(
        self, registrar_client, version
    ):
        item = factories.document("Letter to delete")
        data = {"post": "yes"} if version is None else {"post": "yes", "version": version}
        delete_url = self._delete_url(item)
        assert registrar_client.post(delete_url, data).status_code == 302
        assert not CollectionItem.objects.filter(pk=item.pk).exists()

    def test_a_user_who_may_not_delete_learns_nothing(self, curator_client):
        item = factories.document("Letter to delete")
        item.title_en = "Changed"
        item.save()
        delete_url = self._delete_url(item)
        response = curator_client.post(delete_url, {"post": "yes", "version": "1"})
        assert response.status_code == 403
        assert CollectionItem.objects.filter(pk=item.pk).exists()
