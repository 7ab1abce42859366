"""Every response carries a Content-Security-Policy without 'unsafe-inline' and a
Permissions-Policy; the pages themselves hold no inline code the policy would block."""

from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import path, reverse

from config.policies import content_security_policy, source_hash
from tests.catalogue.conftest import build_collection, public_urls


@pytest.fixture
def collection(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_collection()


def broken(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("broken/", broken)]


def directives(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"{response.request['PATH_INFO']}: no Content-Security-Policy"
    parsed = {}
    for directive in header.split(";"):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


class InlineCode(HTMLParser):
    """What a page would ask the browser to run or apply inline: script and style blocks,
    event handler and style attributes, javascript: links."""

    def __init__(self):
        super().__init__()
        self.code: list[str] = []
        self.style_attributes: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.code.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "action", "formaction") and (value or "").startswith("javascript:"):
                self.code.append(f"<{tag} {name}={value!r}>")
        if "style" in attrs:
            self.style_attributes.append(attrs["style"])
        if tag == "style":
            self.code.append("<style> block")
        # A JSON-LD data block is not a script: browsers neither run it nor check it
        # against script-src (HTML's "prepare the script element" stops at its type).
        if tag == "script" and "src" not in attrs and attrs.get("type") != "application/ld+json":
            self.code.append("<script> without src")


def assert_secure_headers(response) -> None:
    where = response.request["PATH_INFO"]
    policy = directives(response)
    for name in ("default-src", "script-src", "style-src", "img-src", "base-uri", "form-action"):
        assert policy[name] == ["'self'"], (where, name, policy)
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    everything = [source for sources in policy.values() for source in sources]
    assert "'unsafe-inline'" not in everything and "'unsafe-eval'" not in everything
    assert "camera=()" in response.headers.get("Permissions-Policy", ""), where

    if "text/html" not in response.get("Content-Type", ""):
        return
    page = InlineCode()
    page.feed(response.content.decode())
    assert not page.code, (where, page.code)
    allowed = policy.get("style-src-attr", [])
    for style in page.style_attributes:
        assert source_hash(style) in allowed, (where, f"style={style!r} is not allowed")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_public_page_carries_the_policies(client, collection, language):
    for path_ in public_urls(collection):
        response = client.get(f"/{language}{path_}")
        assert response.status_code == 200, path_
        assert_secure_headers(response)


def test_the_not_found_page_carries_the_policies(client, collection):
    response = client.get("/en/objects/NO-SUCH-NUMBER/")
    assert response.status_code == 404
    assert_secure_headers(response)


def test_the_server_error_page_carries_the_policies(settings, db):
    settings.ROOT_URLCONF = __name__
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert_secure_headers(response)


def test_the_server_error_page_needs_no_static_manifest(settings, tmp_path, db):
    """A deployment that forgot collectstatic still gets its error page, not a loop."""
    settings.ROOT_URLCONF = __name__
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert '<link rel="stylesheet" href="/static/css/error.css">' in response.content.decode()
    assert_secure_headers(response)


def test_the_login_page_and_services_carry_the_policies(client, db):
    for url in ("/admin/login/", "/healthz", "/robots.txt", "/sitemap.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_secure_headers(response)


def admin_urls(c) -> list[str]:
    """Every admin list and add page, and the change, history and revert pages, the
    exhibition's assembly pages and printed outputs of the collection's objects."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{prefix}_changelist"), reverse(f"{prefix}_add")]
    for obj in (c.note, c.photo, c.dish, c.suleimenov, c.kz, c.archive, c.un, c.show):
        prefix = f"admin:{obj._meta.app_label}_{obj._meta.model_name}"
        urls += [
            reverse(f"{prefix}_change", args=[obj.pk]),
            reverse(f"{prefix}_history", args=[obj.pk]),
        ]
    oldest = c.dish.history.earliest()
    urls.append(
        reverse(
            "admin:collections_app_diplomaticgift_simple_history",
            args=[c.dish.pk, oldest.history_id],
        )
    )
    urls.append(reverse("admin:exhibitions_exhibition_add_objects") + f"?items={c.note.pk}")
    for page in ("arrange", "checklist", "labels", "summary"):
        urls.append(reverse(f"admin:exhibitions_exhibition_{page}", args=[c.show.pk]))
    urls.append(reverse("admin:collections_app_collectionitem_changelist") + "?q=united")
    urls.append(reverse("admin:authorities_person_changelist") + "?_popup=1&_to_field=id")
    return urls


def test_every_admin_page_carries_the_policies(admin_client, collection):
    answered = 0
    for url in admin_urls(collection):
        response = admin_client.get(url)
        assert response.status_code in (200, 403), url
        answered += response.status_code == 200
        assert_secure_headers(response)
    assert answered > 40


def test_images_may_come_from_the_media_origin_when_it_is_elsewhere():
    assert content_security_policy("/media/")["DIRECTIVES"]["img-src"] == ["'self'"]
    policy = content_security_policy("https://media.example.org/collections/")
    assert policy["DIRECTIVES"]["img-src"] == ["'self'", "https://media.example.org"]


def test_the_scan_finds_inline_code():
    """Without this, a scan that found nothing would pass every test above."""
    page = InlineCode()
    page.feed(
        '<style>p {}</style><script>run()</script><script src="/s.js"></script>'
        '<script type="application/ld+json">{}</script><a href="javascript:run()">x</a>'
        '<button onclick="run()">y</button><p style="color: red">z</p>'
    )
    assert page.code == [
        "<style> block",
        "<script> without src",
        "<a href='javascript:run()'>",
        "<button onclick='run()'>",
    ]
    assert page.style_attributes == ["color: red"]
