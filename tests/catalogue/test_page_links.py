"""The pagination's links (catalogue.pagination.page_links) are what a
``{% querystring page=n %}`` per link gave: the request's parameters in their order,
repeated ones kept, the page replaced, escaped in the page. The pagination is rendered
by Jinja2 (``{% pagination page %}`` in Django pages): the same HTML, but for the
whitespace between tags."""

import re

import pytest
from django.template import engines
from django.test import RequestFactory

from catalogue.pagination import ResultPage, page_links

QUERIES = [
    "",
    "page=3",
    "q=dish&page=3&sort=title",
    "page=x&type=gift&type=photograph",
    "q=%D0%B2%D0%B0%D0%B7%D0%B0+%26+co&year_from=1990",
    "country=JP&page=2&page=5",
]

# The pagination as it was, one {% querystring %} per link.
BEFORE = """{% load i18n %}
{% if page.has_other_pages %}
<nav class="pagination" aria-label="{% translate 'Pages' %}">
  <ul>
    {% if page.has_previous %}
    <li><a href="{% querystring page=page.previous_page_number %}" rel="prev">{% translate "Previous" %}</a></li>
    {% endif %}
    {% for number in page.page_range %}
      {% if number is None %}
      <li class="pagination__gap" aria-hidden="true">…</li>
      {% elif number == page.number %}
      <li><a href="{% querystring page=number %}" aria-current="page">{{ number }}</a></li>
      {% else %}
      <li><a href="{% querystring page=number %}"><span class="visually-hidden">{% translate "Page" %} </span>{{ number }}</a></li>
      {% endif %}
    {% endfor %}
    {% if page.has_next %}
    <li><a href="{% querystring page=page.next_page_number %}" rel="next">{% translate "Next" %}</a></li>
    {% endif %}
  </ul>
</nav>
{% endif %}
"""  # noqa: E501


def pages():
    yield ResultPage(1, 20, [object()], 30, 1000, has_next=True)
    yield ResultPage(7, 20, [object()], 400, 1000, has_next=True)
    yield ResultPage(20, 20, [object()], 400, 1000, has_next=False)
    yield ResultPage(60, 20, [object()], None, 1000, has_next=True)  # count beyond the cap
    yield ResultPage(1, 20, [object()], 5, 1000, has_next=False)  # a single page


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("page", list(pages()))
def test_the_pagination_is_the_one_with_a_querystring_per_link(rf: RequestFactory, query, page):
    request = rf.get(f"/en/catalogue/?{query}")
    context = {"page": page}
    expected = engines["django"].from_string(BEFORE).render(context, request)
    html = engines["django"].from_string("{% load catalogue %}{% pagination page %}")
    assert _tags(html.render(context, request)) == _tags(expected)


def _tags(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


@pytest.mark.parametrize("query", QUERIES)
def test_each_link_is_the_querystring_of_its_page(rf: RequestFactory, query):
    request = rf.get(f"/en/catalogue/?{query}")
    page = ResultPage(7, 20, [object()], 400, 1000, has_next=True)
    before = request.GET.copy()
    links = page_links(request.GET, page)
    querystring = engines["django"].from_string("{% querystring page=number %}")

    def expected(number):
        return querystring.render({"number": number}, request).replace("&amp;", "&")

    assert links.previous == expected(6) and links.next == expected(8)
    assert links.first == expected(None) and links.last == ""
    page.last_page = 20
    assert page_links(request.GET, page).last == expected(20)
    assert links.numbers == [
        (number, "" if number is None else expected(number)) for number in page.page_range
    ]
    assert request.GET == before and not request.GET._mutable  # the request's own, untouched
