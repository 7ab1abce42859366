"""The facet block is a request of its own: the catalogue page shows the results at once,
its script fetches the block from a same-origin address, and without the script the
ticked options stay on the page and a link leads to every option. Hostile parameters on
the block's addresses are a message or a 400, never a server error."""

import re

import pytest

TOO_BIG = "99999999999999999999"


def test_the_catalogue_page_points_its_script_at_the_facet_block(client, collection):
    page = client.get("/en/catalogue/", {"q": "united", "type": "gift", "page": "2"})
    html = page.content.decode()
    match = re.search(r'data-facets-src="([^"]+)"', html)
    assert match
    block = client.get(match.group(1).replace("&amp;", "&"))
    assert block.status_code == 200
    # The state the counts depend on travels; the page number does not.
    assert "q=united" in match.group(1) and "type=gift" in match.group(1)
    assert "page=" not in match.group(1)
    assert 'class="count"' in block.content.decode()
    # No inline script: the page loads only same-origin script files (CSP).
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


def test_without_the_script_ticked_options_stay_and_a_link_leads_to_every_option(
    client, collection
):
    html = client.get("/en/catalogue/", {"country": "JP"}).content.decode()
    assert re.search(r'name="country" value="JP" id="f-country-\d+" checked', html)
    link = re.search(r'<a href="(/en/catalogue/filters/\?[^"]+)"', html)
    assert link and "country=JP" in link.group(1)
    refine = client.get(link.group(1).replace("&amp;", "&"))
    assert refine.status_code == 200
    text = refine.content.decode()
    # A form that returns to the catalogue with every option and its count.
    assert 'action="/en/catalogue/"' in text
    assert 'Kazakhstan <span class="count">' in text
    assert re.search(r'name="country" value="JP" id="f-country-\d+" checked', text)


def test_the_block_counts_without_the_page_having_been_asked(client, collection):
    # Nothing cached: the block alone answers (no order between requests).
    block = client.get("/en/catalogue/facets/", {"q": "united"})
    counts = {
        f["name"]: {o["value"]: o["count"] for o in f["options"]} for f in block.context["facets"]
    }
    assert counts["type"] == {"document": 1, "photograph": 1}


@pytest.mark.parametrize("path", ["/en/catalogue/facets/", "/en/catalogue/filters/"])
@pytest.mark.parametrize(
    "params",
    [
        {"country": TOO_BIG},
        {"material": TOO_BIG},
        {"person": "-" + TOO_BIG},
        {"event": "x" * 5000},
        {"year_from": "1e9", "year_to": "abc"},
        {"type": "unknown", "sort": "bogus", "has_image": "maybe"},
        {"q": "x" * 5000},
        {"page": "9" * 40},
        {"q": "'\"<script>alert(1)</script>", "exhibition": "<b>"},
    ],
)
def test_hostile_parameters_are_messages(client, collection, path, params):
    response = client.get(path, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("path", ["/en/catalogue/facets/", "/en/catalogue/filters/"])
@pytest.mark.parametrize("query", ["q=%00", "country=%00", "sort=%00", "year_from=%00"])
def test_nul_bytes_are_a_bad_request(client, collection, path, query):
    assert client.get(f"{path}?{query}").status_code == 400


def test_an_unusable_parameter_is_named_on_the_filters_page(client, collection):
    response = client.get("/en/catalogue/filters/", {"year_from": "abc"})
    assert response.context["problems"]
    assert "From year" in response.content.decode()
