"""Every public address and query parameter, with hostile values: never a server error,
and never a row changed. The addresses come from the URLconf and the parameters from the
catalogue's FilterSet, so a new page or filter is fuzzed without editing this file."""

import re
from urllib.parse import quote

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from hypothesis import given
from hypothesis import strategies as st

from catalogue.filters import CatalogueFilterSet
from catalogue.sitemaps import SITEMAPS
from tests.catalogue.conftest import build_collection
from tests.fuzz.hostile import FUZZ, brief, changed_tables, fingerprint, hostile_for, hostile_lists

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

LANGUAGE = "{language}/"
SKIPPED = ("admin/", "_bench/")  # the admin has its own fuzz (test_admin.py)
ARGUMENT = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
# Every query parameter a public page reads: the catalogue's filters, page numbers (lists
# and detail pages), the sitemap's page, and one no page reads.
PARAMETERS = [*CatalogueFilterSet.base_filters, "page", "p", "unknown"]


def public_routes(patterns=None, prefix: str = "") -> list[str]:
    """Each public URL pattern as a route with ``<converter:name>`` placeholders."""
    routes = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            part = LANGUAGE if isinstance(pattern.pattern, LocalePrefixPattern) else ""
            part = part or str(pattern.pattern)
            if not part.startswith(SKIPPED):
                routes += public_routes(pattern.url_patterns, prefix + part)
        elif not str(pattern.pattern).startswith(SKIPPED):
            routes.append(prefix + str(pattern.pattern).lstrip("^").rstrip("$"))
    return routes


ROUTES = public_routes()


def test_the_routes_cover_the_public_site():
    assert {"{language}/catalogue/", "{language}/countries/<iso:iso_code>/"} <= set(ROUTES)
    assert "robots.txt" in ROUTES and not any(r.startswith("admin") for r in ROUTES)


@pytest.fixture
def valid_values(django_capture_on_commit_callbacks):
    """Values each path argument really takes, to mix with the hostile ones."""
    with django_capture_on_commit_callbacks(execute=True):
        c = build_collection()
    return {
        "accession": [item.accession_number for item in c.public_items + c.hidden_items],
        "iso": ["KZ", "JP", "US", "ZZ"],
        "key": [str(obj.pk) for obj in (c.suleimenov, c.hidden_person, c.archive)],
        "short_slug": [c.un.slug, c.hidden_event.slug, c.show.slug, c.hidden_show.slug],
        "section": list(SITEMAPS),
        "path": ["x.jpg"],
        "language": [code for code, _name in settings.LANGUAGES],
    }


@pytest.mark.parametrize("route", ROUTES)
def test_public_pages_never_fail(client, valid_values, route, count_case):
    client.get("/en/")  # anything a first request sets up is not the fuzz's change
    before = fingerprint()

    @FUZZ
    @given(data=st.data())
    def case(data):
        count_case()

        def argument(match):
            converter = match["converter"] or "str"
            value = data.draw(hostile_for(valid_values.get(converter, [])), label=match["name"])
            return quote(value, safe=data.draw(st.sampled_from(["", "/"])))

        path = "/" + ARGUMENT.sub(argument, route)
        language = data.draw(hostile_for(valid_values["language"]), label="language")
        path = path.replace("{language}", quote(language, safe=""))
        names = data.draw(st.lists(st.sampled_from(PARAMETERS), max_size=4, unique=True))
        query = {name: data.draw(hostile_lists, label=name) for name in names}
        method = data.draw(st.sampled_from(["get", "get", "get", "head", "post"]))
        response = getattr(client, method)(path, query)
        assert response.status_code < 500, brief(method, path, query)
        assert changed_tables(before, fingerprint()) == [], brief(method, path, query)

    case()
