"""Every registered ModelAdmin, as a superuser, with hostile values: each field of the add
and change forms (inlines included), the changelist's filters, search, ordering and
actions, autocomplete, and object addresses. Never a server error; a refused form or
lookup changes no row. The models come from the admin's registry, the fields from the
forms themselves, so a new admin or field is fuzzed without editing this file."""

from urllib.parse import quote

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given
from hypothesis import strategies as st

from authorities.models import Subject
from tests import factories
from tests.admin_forms import form_data
from tests.catalogue.conftest import build_collection
from tests.fuzz.hostile import (
    FUZZ,
    brief,
    changed_tables,
    fingerprint,
    hostile_for,
    hostile_lists,
    hostile_values,
    rolled_back,
)

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

MODELS = sorted(m._meta.label for m in apps.get_models() if admin.site.is_registered(m))


@pytest.fixture
def superuser_client(client, roles, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        collection = build_collection()
        # Authorities the collection does not use, so that their change forms are fuzzed.
        factories.place("Almaty", country=collection.kz)
        Subject.objects.create(name_en="Treaties")
        factories.venue("Embassy hall")
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x-pass-123")
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    client.get("/admin/")  # anything a first request sets up is not the fuzz's change
    return client


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_names(response) -> list[str]:
    """Every field name the admin form on ``response`` posts, inlines included."""
    names = []
    if response.context is None or "adminform" not in response.context:
        return names
    form = response.context["adminform"].form
    names += [form.add_prefix(name) for name in form.fields]
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        names += [formset.management_form.add_prefix(n) for n in formset.management_form.fields]
        for inline_form in formset.forms:
            names += [inline_form.add_prefix(name) for name in inline_form.fields]
    return names


def post_and_check(client, url: str, data: dict, before: dict) -> None:
    with rolled_back():
        response = client.post(url, data)
        assert response.status_code < 500, brief(url, data)
        if response.status_code != 302:  # not saved: nothing may have changed
            assert changed_tables(before, fingerprint()) == [], brief(url, data)


def mutate(data, base: dict, names: list[str]) -> dict:
    posted = dict(base)
    for name in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True)):
        posted[name] = data.draw(st.one_of(hostile_values, hostile_lists), label=name)
    return posted


def test_every_registered_model_is_fuzzed():
    assert {"collections_app.DiplomaticGift", "exhibitions.Exhibition", "auth.User"} <= set(MODELS)


def fuzz_form(client, url: str, base: dict, names: list[str], count_case) -> None:
    """Post the form at ``url`` with one to three of its fields hostile, case after case."""
    before = fingerprint()

    @FUZZ
    @given(data=st.data())
    def case(data):
        count_case()
        post_and_check(client, url, mutate(data, base, names), before)

    case()


@pytest.mark.parametrize("label", MODELS)
def test_change_form_fields(superuser_client, label, count_case):
    model = apps.get_model(label)
    obj = model._default_manager.order_by("pk").first()
    if obj is None:
        pytest.skip(f"no {label} in the fuzz's collection")
    url = admin_url(model, "change", obj.pk)
    page = superuser_client.get(url)
    names = form_names(page)
    base = form_data(page) if names else {}
    names = names or ["unknown"]
    fuzz_form(superuser_client, url, base, names, count_case)


@pytest.mark.parametrize("label", MODELS)
def test_add_form_fields(superuser_client, label, count_case):
    """The add form, from the values of an existing object's change form (unique fields
    left blank), so that a case with one hostile field may be saved and the save path is
    reached too."""
    model = apps.get_model(label)
    url = admin_url(model, "add")
    page = superuser_client.get(url)
    names = form_names(page) or ["unknown"]
    base = form_data(page) if page.context and "adminform" in page.context else {}
    obj = model._default_manager.order_by("pk").first()
    if obj is not None and base:
        existing = superuser_client.get(admin_url(model, "change", obj.pk))
        form = existing.context["adminform"].form if "adminform" in existing.context else None
        unique = {f.name for f in model._meta.fields if f.unique}
        for name in form.fields if form else []:
            if name not in unique and name in existing.context["adminform"].form.initial:
                value = form[name].value()
                if value not in (None, "", [], False):
                    base[name] = [str(v) for v in value] if isinstance(value, list) else str(value)
    fuzz_form(superuser_client, url, base, names, count_case)


@pytest.mark.parametrize("label", MODELS)
def test_changelist_lookups_search_actions_and_addresses(superuser_client, label, count_case):
    model = apps.get_model(label)
    model_admin = admin.site.get_model_admin(model)
    changelist = admin_url(model, "changelist")
    page = superuser_client.get(changelist)
    assert page.status_code == 200
    filters = [
        name for spec in page.context["cl"].filter_specs for name in spec.expected_parameters()
    ]
    fields = [f.name for f in model._meta.fields]
    parameters = [
        *filters,
        *(f"{name}__exact" for name in fields),
        *(f"{name}__gte" for name in fields),
        "q",
        "o",
        "p",
        "all",
        "e",
        "_popup",
        "_to_field",
        "pk__in",
    ]
    request = RequestFactory().get(changelist)
    request.user = page.wsgi_request.user
    actions = list(model_admin.get_actions(request))
    autocomplete = [
        (field.remote_field.model, name)
        for name in model_admin.get_autocomplete_fields(request)
        for field in [model._meta.get_field(name)]
    ]
    pks = [str(pk) for pk in model._default_manager.values_list("pk", flat=True)[:5]]
    before = fingerprint()

    @FUZZ
    @given(data=st.data())
    def case(data):
        count_case()
        kind = data.draw(st.sampled_from(["list", "action", "object", "autocomplete"]))
        if kind == "list":
            names = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=4))
            query = {name: data.draw(hostile_lists, label=name) for name in names}
            with rolled_back():
                response = superuser_client.get(changelist, query)
                assert response.status_code < 500, brief(query)
                assert changed_tables(before, fingerprint()) == [], brief(query)
        elif kind == "action":
            posted = {
                "action": data.draw(hostile_for(actions), label="action"),
                "_selected_action": data.draw(
                    st.lists(hostile_for(pks), min_size=1, max_size=3), label="selected"
                ),
                "index": data.draw(hostile_for(["0"]), label="index"),
            }
            if data.draw(st.booleans()):
                posted["select_across"] = data.draw(hostile_values, label="select_across")
            with rolled_back():
                response = superuser_client.post(changelist, posted)
                assert response.status_code < 500, brief(posted)
        elif kind == "object":
            view = data.draw(st.sampled_from(["change", "history", "delete"]))
            key = data.draw(hostile_for(pks), label="key")
            url = admin_url(model, view, "KEY").replace("KEY", quote(key, safe=""))
            with rolled_back():
                response = superuser_client.get(url)
                assert response.status_code < 500, brief(url)
                assert changed_tables(before, fingerprint()) == [], brief(url)
        elif autocomplete:
            remote, field_name = data.draw(st.sampled_from(autocomplete))
            query = {
                "app_label": model._meta.app_label,
                "model_name": model._meta.model_name,
                "field_name": field_name,
                "term": data.draw(hostile_values, label="term"),
                "page": data.draw(hostile_for(["1", "2"]), label="page"),
            }
            response = superuser_client.get(reverse("admin:autocomplete"), query)
            assert response.status_code < 500, brief(query)

    case()


def test_exhibition_assembly_pages(superuser_client, count_case):
    """The staff pages wired into the exhibition admin: adding objects (which reads the
    catalogue's filters from its address) and arranging them."""
    from catalogue.filters import CatalogueFilterSet
    from exhibitions.models import Exhibition

    exhibition = Exhibition.objects.order_by("pk").first()
    entries = [str(pk) for pk in exhibition.exhibition_items.values_list("pk", flat=True)]
    sections = [str(pk) for pk in exhibition.sections.values_list("pk", flat=True)]
    items = [
        str(pk)
        for pk in apps.get_model("collections_app.CollectionItem").objects.values_list(
            "pk", flat=True
        )
    ]
    add_objects = reverse("admin:exhibitions_exhibition_add_objects")
    arrange = reverse("admin:exhibitions_exhibition_arrange", args=[exhibition.pk])
    filters = [*CatalogueFilterSet.base_filters, "page", "candidates", "items", "exhibition"]
    before = fingerprint()

    @FUZZ
    @given(data=st.data())
    def case(data):
        count_case()
        kind = data.draw(st.sampled_from(["filters", "add", "arrange", "output"]))
        if kind == "filters":
            names = data.draw(st.lists(st.sampled_from(filters), min_size=1, max_size=4))
            query = {name: data.draw(hostile_lists, label=name) for name in names}
            response = superuser_client.get(add_objects, query)
            assert response.status_code < 500, brief(query)
            assert changed_tables(before, fingerprint()) == [], brief(query)
            return
        if kind == "output":
            view = data.draw(
                st.sampled_from(["checklist", "checklist_csv", "labels", "summary", "arrange"])
            )
            key = data.draw(hostile_for([str(exhibition.pk)]), label="key")
            url = reverse(f"admin:exhibitions_exhibition_{view}", args=[1]).replace(
                "/1/", f"/{quote(key, safe='')}/"
            )
            response = superuser_client.get(url)
            assert response.status_code < 500, brief(url)
            return
        if kind == "add":
            url = add_objects
            posted = {
                "candidates": data.draw(hostile_for([",".join(items)]), label="candidates"),
                "items": data.draw(st.lists(hostile_for(items), max_size=3), label="items"),
                "exhibition": data.draw(hostile_for([str(exhibition.pk)]), label="exhibition"),
                "section": data.draw(hostile_for(sections), label="section"),
            }
        else:
            url = arrange
            chosen = data.draw(st.lists(hostile_for(entries), max_size=4), label="entry")
            posted = {"entry": chosen}
            for entry in chosen:
                posted[f"section-{entry}"] = data.draw(hostile_for(["", *sections]))
                posted[f"position-{entry}"] = data.draw(hostile_for(["1", "2"]))
        with rolled_back():
            response = superuser_client.post(url, posted)
            assert response.status_code < 500, brief(posted)
            if response.status_code != 302:
                assert changed_tables(before, fingerprint()) == [], brief(posted)

    case()
