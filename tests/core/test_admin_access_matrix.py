"""Every admin URL, for every role, an outsider and an anonymous visitor, with GET and POST.

The URLs come from the admin site's registry and each ModelAdmin's ``get_urls()``, so a newly
registered admin is covered without editing this file; a URL of a kind the matrix does not
know fails ``test_every_admin_url_is_in_the_matrix``. What each user may do comes from
``core.roles.ROLES``; a refused POST must leave every row of the database as it was."""

from collections.abc import Iterator

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from authorities.models import Organization, Subject
from bookings.models import Booking
from collections_app.models import CollectionItem
from core.roles import CURATOR, EXHIBITION_STAFF, REGISTRAR, ROLES, setup_roles
from exhibitions import services
from exhibitions.models import ExhibitionItem
from tests import factories
from tests.admin_forms import form_data

USERS = ("anonymous", "outsider", CURATOR, REGISTRAR, EXHIBITION_STAFF, "superuser")
METHODS = ("GET", "POST")

# What an admin refuses whatever the user's permissions (its has_*_permission say no).
NEVER = {
    "bookings.booking": {"add", "change", "delete"},
    "collections_app.collectionitem": {"add"},
    # django-axes: attempts and logs are written by logins only.
    "axes.accessattempt": {"add"},
    "axes.accesslog": {"add"},
    "axes.accessfailurelog": {"add"},
}

# The standard admin pages: the permission each needs, for GET and for POST.
STANDARD = {
    "changelist": ("view", "view"),  # POST: the delete_selected action, checked on its own
    "add": ("add", "add"),
    "change": ("view", "change"),
    "delete": ("delete", "delete"),
    "history": ("view", "view"),
    "simple_history": ("view", "change"),  # a version, and reverting to it
}
# Pages added by an admin's get_urls: the permission they need (for GET and POST alike).
CUSTOM = {
    "exhibitions_exhibition_add_objects": "exhibitions.add_exhibitionitem",
    "exhibitions_exhibition_arrange": "exhibitions.change_exhibition",
    "exhibitions_exhibition_checklist": "exhibitions.view_exhibition",
    "exhibitions_exhibition_checklist_csv": "exhibitions.view_exhibition",
    "exhibitions_exhibition_labels": "exhibitions.view_exhibition",
    "exhibitions_exhibition_summary": "exhibitions.view_exhibition",
    "auth_user_password_change": "auth.change_user",
}
CUSTOM_WITHOUT_OBJECT = {"exhibitions_exhibition_add_objects"}
# A device's secret is never shown in the admin (OTP_ADMIN_HIDE_SENSITIVE_DATA): staff
# enrol their own devices at /admin/two-factor/.
CUSTOM_NEVER = {"otp_totp_totpdevice_config", "otp_totp_totpdevice_qrcode"}

LOGIN, DENIED, UNCHANGED, ALLOWED, NO_METHOD = "login", "denied", "unchanged", "allowed", "405"


def _admin_urls() -> Iterator[tuple[str, str, str]]:
    """(model label, kind, URL name) for every named URL of every registered admin."""
    for model, model_admin in admin.site._registry.items():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        for pattern in model_admin.get_urls():
            if pattern.name is None:
                continue  # the old-style "<id>/" address, a redirect to the change page
            kind = pattern.name.removeprefix(prefix)
            if pattern.name in CUSTOM or pattern.name in CUSTOM_NEVER:
                kind = "custom"
            yield model._meta.label_lower, kind, pattern.name


def _autocompletes() -> Iterator[tuple[str, str, str]]:
    """One autocomplete URL per model offered in an autocomplete, on a page or an inline:
    (source model, field, target model)."""
    seen = set()
    for model_admin in admin.site._registry.values():
        for holder in (model_admin, *model_admin.inlines):
            for name in holder.autocomplete_fields:
                field = holder.model._meta.get_field(name)
                target = field.related_model._meta.label_lower
                if target not in seen:
                    seen.add(target)
                    yield holder.model._meta.label_lower, name, target


URLS = list(_admin_urls())
CASES = [
    (user, label, kind, name, method)
    for label, kind, name in URLS
    if kind in STANDARD or kind == "custom"
    for user in USERS
    for method in METHODS
]
AUTOCOMPLETE_CASES = [
    (user, source, field, target, method)
    for source, field, target in _autocompletes()
    for user in USERS
    for method in METHODS
]


def test_every_admin_url_is_in_the_matrix():
    unknown = [name for _label, kind, name in URLS if kind not in STANDARD and kind != "custom"]
    assert unknown == [], "add these admin URLs to the matrix (STANDARD or CUSTOM)"
    assert {label for label, *_rest in URLS} == {m._meta.label_lower for m in admin.site._registry}
    assert len(AUTOCOMPLETE_CASES) > 0


# The data: built once for the module, inside a transaction rolled back at its end; each
# test runs in a savepoint of it. -----------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield _build_world()
            transaction.set_rollback(True)


def _two_versions(obj, **changes):
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    return obj


def _build_world() -> dict:
    setup_roles()
    users = {"superuser": get_user_model().objects.create_superuser("root", password="x")}
    users["outsider"] = get_user_model().objects.create_user("outsider", password="x")
    for role in ROLES:
        user = get_user_model().objects.create_user(role, password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        users[role] = user

    kz = _two_versions(factories.country(), name_ru="Казахстан")
    astana = _two_versions(factories.place(country=kz), name_ru="Астана")
    person = _two_versions(factories.person(country=kz), title="Diplomat")
    silver = _two_versions(factories.material(), name_ru="серебро")
    summit = _two_versions(factories.event(status="published"), status="withdrawn")
    document = _two_versions(factories.document(status="published"), status="withdrawn")
    other_document = factories.document(title_en="Treaty", status="published")
    photo = _two_versions(factories.photograph(status="published"), status="draft")
    gift = factories.gift(status="published", estimated_value=1000, value_currency="USD")
    gift = _two_versions(gift, status="withdrawn", estimated_value=2000)
    gift.materials.add(silver)
    bare = CollectionItem(item_type="document", title_en="Untyped record")
    bare.save()
    _two_versions(bare, title_en="Untyped record, renamed")
    museum = _two_versions(factories.venue(place=astana), address="Main street 1")
    show = factories.exhibition(status="published")
    factories.stop(show, museum, "2027-03-01", "2027-06-30")
    section = factories.section(show)
    services.add_items(exhibition=show, items=[document, photo], section=section)
    _two_versions(show, status="withdrawn")
    objects = {
        "authorities.country": kz,
        "authorities.place": astana,
        "authorities.person": person,
        "authorities.material": silver,
        "authorities.organization": _two_versions(
            Organization.objects.create(name_en="United Nations", kind="international"),
            abbreviation="UN",
        ),
        "authorities.subject": _two_versions(
            Subject.objects.create(name_en="Treaties"), name_ru="Договоры"
        ),
        "collections_app.archivaldocument": document,
        "collections_app.photograph": photo,
        "collections_app.diplomaticgift": gift,
        "collections_app.collectionitem": bare,
        "events.event": summit,
        "exhibitions.exhibition": show,
        "bookings.venue": museum,
        "bookings.booking": Booking.objects.first(),
        "auth.user": get_user_model().objects.create_user("someone", password="x"),
        "auth.group": Group.objects.create(name="Volunteers"),
        "otp_totp.totpdevice": TOTPDevice.objects.create(
            user=users["superuser"], name="phone", confirmed=True
        ),
        **{
            model._meta.label_lower: model.objects.create(
                username="someone", ip_address="192.0.2.1", user_agent="test", **extra
            )
            for model, extra in (
                (AccessAttempt, {"get_data": "", "post_data": "", "failures_since_start": 1}),
                (AccessLog, {}),
                (AccessFailureLog, {}),
            )
        },
    }
    clients = {"anonymous": Client()}
    for name, user in users.items():
        clients[name] = Client()
        clients[name].force_login(user)
    return {
        "users": users,
        "clients": clients,
        "objects": objects,
        "spare": other_document,
        "forms": {},
    }


# Expectations, from ROLES ---------------------------------------------------------------


def may(user: str, label: str, action: str) -> bool:
    """Whether ``user`` may ``action`` (view, add, change, delete) objects of ``label``."""
    if action in NEVER.get(label, ()):
        return False
    if user == "superuser":
        return True
    app_label, model_name = label.split(".")
    granted = ROLES[user]
    if action == "view":
        either = {f"{app_label}.view_{model_name}", f"{app_label}.change_{model_name}"}
        return bool(either & granted)
    return f"{app_label}.{action}_{model_name}" in granted


def holds(user: str, perm: str) -> bool:
    if user == "superuser":
        return True
    app_label, codename = perm.split(".")
    action, model_name = codename.split("_", 1)
    return may(user, f"{app_label}.{model_name}", action)


def expected(user: str, label: str, kind: str, name: str, method: str) -> str:
    if user in ("anonymous", "outsider"):
        return LOGIN
    if kind == "custom":
        return ALLOWED if name in CUSTOM and holds(user, CUSTOM[name]) else DENIED
    action = STANDARD[kind][METHODS.index(method)]
    if not may(user, label, action):
        return DENIED
    if kind == "changelist" and method == "POST" and not may(user, label, "delete"):
        return UNCHANGED  # the list is shown; the delete action is not offered
    return ALLOWED


# The requests ------------------------------------------------------------------------


def url_for(world, label: str, kind: str, name: str) -> str:
    if label not in world["objects"]:
        pytest.fail(f"{label} has an admin: add one of its objects to _build_world()")
    obj = world["objects"][label]
    if kind == "custom":
        args = [] if name in CUSTOM_WITHOUT_OBJECT else [obj.pk]
    elif kind in ("changelist", "add"):
        args = []
    elif kind == "simple_history":
        args = [obj.pk, obj.history.earliest().history_id]
    else:
        args = [obj.pk]
    return reverse(f"admin:{name}", args=args)


def payload(world, label: str, kind: str, name: str, url: str) -> dict:
    """What a browser would post there: a real form, so a refusal is not an accident of
    bad data."""
    obj = world["objects"][label]
    if kind == "changelist":
        return {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"}
    if kind == "delete":
        return {"post": "yes"}
    if kind in ("change", "simple_history", "add"):
        source = url_for(world, label, "change", label.replace(".", "_") + "_change")
        data = dict(superusers_form(world, url if kind == "simple_history" else source))
        for field in ("title_en", "name_en", "abbreviation", "name"):
            if isinstance(data.get(field), str):
                data[field] += " (posted)"
        return data
    if name == "exhibitions_exhibition_add_objects":
        spare = world["spare"].pk
        return {"candidates": str(spare), "items": [spare], "exhibition": obj.pk}
    if name == "exhibitions_exhibition_arrange":
        entries = list(obj.exhibition_items.order_by("-position").values_list("pk", "section"))
        data = {"entry": [pk for pk, _section in entries]}
        for position, (pk, section) in enumerate(entries, 1):
            data[f"section-{pk}"] = section or ""
            data[f"position-{pk}"] = position
        return data
    return {}


def superusers_form(world, url: str) -> dict:
    if url not in world["forms"]:
        response = world["clients"]["superuser"].get(url)
        world["forms"][url] = form_data(response) if response.status_code == 200 else {}
    return world["forms"][url]


def snapshot() -> dict:
    """Every row of every table (sessions aside): a refused request must change none."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label == "sessions":
            continue
        rows[model._meta.db_table] = list(model._default_manager.order_by("pk").values_list())
    return rows


def check(response, outcome: str, method: str, before: dict | None) -> None:
    status = response.status_code
    if outcome == LOGIN:
        assert status == 302 and response["Location"].startswith(reverse("admin:login")), status
    elif outcome == DENIED:
        assert status == 403, status
    elif outcome == NO_METHOD:
        assert status == 405, status
    else:
        assert status in (200, 302), status
        if status == 302:
            assert not response["Location"].startswith(reverse("admin:login"))
    if before is not None:
        assert snapshot() == before, "a refused request changed the database"


@pytest.mark.parametrize(("user", "label", "kind", "name", "method"), CASES)
def test_admin_page(world, db, user, label, kind, name, method):
    url = url_for(world, label, kind, name)
    outcome = expected(user, label, kind, name, method)
    client = world["clients"][user]
    if method == "GET":
        check(client.get(url), outcome, method, None)
        return
    data = payload(world, label, kind, name, url)
    refused = outcome != ALLOWED
    before = snapshot() if refused else None
    check(client.post(url, data), outcome, method, before)


@pytest.mark.parametrize(("user", "source", "field", "target", "method"), AUTOCOMPLETE_CASES)
def test_autocomplete(world, db, user, source, field, target, method):
    app_label, model_name = source.split(".")
    url = reverse("admin:autocomplete") + (
        f"?app_label={app_label}&model_name={model_name}&field_name={field}&term=a"
    )
    if user in ("anonymous", "outsider"):
        outcome = LOGIN
    elif method == "POST":
        outcome = NO_METHOD
    else:
        outcome = ALLOWED if may(user, target, "view") else DENIED
    client = world["clients"][user]
    if method == "GET":
        check(client.get(url), outcome, method, None)
    else:
        check(client.post(url, {}), outcome, method, snapshot())


def test_the_world_has_an_object_for_every_admin(world):
    assert set(world["objects"]) == {m._meta.label_lower for m in admin.site._registry}
    assert ExhibitionItem.objects.exists() and Booking.objects.exists()
    assert connection.in_atomic_block
