"""Beyond the cap, the count is not counted: the page says "more than 1,000" and, where
the database can estimate cheaply (PostgreSQL's planner), about how many."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import formats, translation

from catalogue import pagination
from catalogue.pagination import ResultPage
from core.jinja2 import render_part
from tests import factories


@pytest.fixture
def many(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(45):
            factories.document(f"Letter {i:02}", status="published")


def page_with(estimate, cap=1000) -> ResultPage:
    return ResultPage(1, 20, [], None, cap, has_next=True, estimate=estimate)


def test_the_estimate_is_rounded_and_shown_only_above_the_cap():
    assert page_with(45_678).estimate_shown == 46_000
    assert page_with(1_234).estimate_shown == 1_200
    assert page_with(900).estimate_shown is None  # the planner guessed low: not shown
    assert page_with(None).estimate_shown is None


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", "More than {cap} records (about {estimate})"),
        ("ru", "Более {cap} записей (около {estimate})"),
        ("kk", "{cap} жазбадан астам (шамамен {estimate})"),
    ],
)
def test_the_estimate_reads_in_each_language(rf, db, language, expected):
    with translation.override(language):
        request = rf.get(f"/{language}/catalogue/")
        request.user = AnonymousUser()
        # The page's content (rendered by Jinja2 into catalogue/search.html).
        html = render_part(
            "catalogue/search_content.html",
            {"page": page_with(45_678), "sort_choices": [], "chosen": {}, "checked": []},
            request,
        )
        expected = expected.format(
            cap=formats.number_format(1000, force_grouping=True),
            estimate=formats.number_format(46000, force_grouping=True),
        )
    assert expected in re.sub(r"[ \n]+", " ", html)  # not split(): it splits at NBSP


def test_the_catalogue_says_more_than_the_cap(client, many, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 30)
    response = client.get("/en/catalogue/")
    page = response.context["page"]
    assert page.count is None
    assert "More than 30 records" in response.content.decode()
    if page.estimate_shown:
        assert f"(about {page.estimate_shown})" in response.content.decode()


@pytest.mark.postgres
def test_postgresql_estimates_the_count(client, many, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the estimate is PostgreSQL's planner's")
    monkeypatch.setattr(pagination, "COUNT_CAP", 30)
    page = client.get("/en/catalogue/").context["page"]
    assert page.estimate is not None and page.estimate > 0


@pytest.mark.postgres
def test_postgresql_estimates_a_search_from_the_entries_alone(client, many, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the estimate is PostgreSQL's planner's")
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(pagination, "COUNT_CAP", 30)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/catalogue/?q=letter").context["page"]
    assert page.count is None and page.estimate is not None and page.estimate > 0
    [explain] = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("EXPLAIN")]
    assert "search_searchentry" in explain and "collections_app_collectionitem" not in explain
    # Narrowed by a filter the entries do not carry, the records are planned as well.
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/catalogue/?q=letter&type=document")
    [explain] = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("EXPLAIN")]
    assert "collections_app_collectionitem" in explain
