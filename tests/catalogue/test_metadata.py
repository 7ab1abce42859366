"""What machines read: JSON-LD, Open Graph, the sitemap, robots.txt and the citation."""

import json
import re

import pytest

from tests import factories
from tests.catalogue.conftest import full_sitemap, url


def json_ld(page: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def og(page: str) -> dict[str, str]:
    return dict(re.findall(r'<meta property="og:(\w+)" content="([^"]*)"', page))


@pytest.mark.parametrize(
    "name, schema_type",
    [("note", "ArchiveComponent"), ("photo", "VisualArtwork"), ("dish", "VisualArtwork")],
)
def test_object_pages_describe_the_record(client, collection, name, schema_type):
    item = getattr(collection, name)
    data = json_ld(client.get(url(item)).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == item.title_en
    assert data["identifier"] == item.accession_number
    assert data["url"] == f"http://testserver{url(item)}"


def test_object_json_ld_dates_images_and_links(client, collection):
    data = json_ld(client.get(url(collection.note)).content.decode())
    assert data["dateCreated"] == "1992-03-02"
    assert data["description"] == "Signed by the first foreign minister."
    assert data["image"][0].startswith("http://testserver/media/items/")
    assert data["holdingArchive"]["name"] == "Presidential Archive"
    assert [e["name"] for e in data["about"]] == [collection.un.title_en]
    data = json_ld(client.get(url(collection.vase)).content.decode())
    assert data["temporalCoverage"] == "1990-01-01/1999-12-31"
    assert data["artMedium"] == "porcelain"


def test_json_ld_in_the_visitors_language(client, collection):
    data = json_ld(client.get(url(collection.note, "ru")).content.decode())
    assert data["name"] == "Нота о вступлении в ООН"
    assert data["url"].startswith("http://testserver/ru/")


def test_json_ld_cannot_end_its_script_element(client, db):
    item = factories.document('Evil </script><script>alert("x")</script> & co', status="published")
    page = client.get(url(item)).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in script and ">" not in script
    assert json.loads(script)["name"] == item.title_en
    assert '<script>alert("x")' not in page


def test_event_exhibition_and_authority_pages_describe_themselves(client, collection):
    data = json_ld(client.get(url(collection.summit)).content.decode())
    assert (data["@type"], data["startDate"], data["endDate"]) == (
        "Event",
        "2010-12-01",
        "2010-12-02",
    )
    data = json_ld(client.get(url(collection.show)).content.decode())
    assert data["@type"] == "ExhibitionEvent"
    assert data["name"] == collection.show.title_en
    data = json_ld(client.get(url(collection.suleimenov)).content.decode())
    assert (data["@type"], data["name"], data["jobTitle"]) == (
        "Person",
        "Tuleutai Suleimenov",
        "Foreign Minister",
    )
    assert "Тулеутай Сулейменов" in data["alternateName"]
    data = json_ld(client.get(url(collection.archive)).content.decode())
    assert (data["@type"], data["alternateName"]) == ("Organization", "PA")
    data = json_ld(client.get(url(collection.kz)).content.decode())
    assert (data["@type"], data["identifier"]) == ("Country", "KZ")


def test_open_graph_tags(client, collection):
    tags = og(client.get(url(collection.note)).content.decode())
    assert tags["title"] == collection.note.title_en
    assert tags["description"] == "Signed by the first foreign minister."
    assert tags["type"] == "article"
    assert tags["url"] == f"http://testserver{url(collection.note)}"
    assert tags["image"].startswith("http://testserver/media/thumbnails/")
    tags = og(client.get("/en/").content.decode())
    assert tags["type"] == "website" and tags["url"] == "http://testserver/en/"


def test_canonical_link(client, collection):
    page = client.get(url(collection.note)).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url(collection.note)}">' in page


def test_search_and_filter_pages_are_not_indexed(client, collection):
    assert 'name="robots" content="noindex' in client.get("/en/catalogue/?q=x").content.decode()
    assert 'name="robots"' not in client.get("/en/catalogue/").content.decode()


def test_citation_with_the_permanent_link(client, collection):
    page = client.get(url(collection.note)).content.decode()
    permalink = f"http://testserver/en/objects/{collection.note.accession_number}/"
    citation = page[page.index('id="citation-text"') :]
    citation = citation[: citation.index("</p>")]
    assert "“Note verbale on joining the United Nations”, 2 March 1992." in citation
    assert collection.note.accession_number in citation
    assert permalink in citation
    assert f'<a href="{permalink}">{permalink}</a>' in page


def test_sitemap_index_lists_a_sitemap_per_section(client, collection):
    index = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in index
    for section in ("pages", "objects", "events", "exhibitions", "people", "countries"):
        assert f"<loc>http://testserver/sitemap-{section}.xml</loc>" in index
    assert "<lastmod>" in index


def test_sitemap_has_every_language_with_alternates(client, collection):
    sitemap = full_sitemap(client)
    number = collection.note.accession_number
    for language in ("kk", "ru", "en"):
        assert f"<loc>http://testserver/{language}/objects/{number}/</loc>" in sitemap
        assert (
            f'<xhtml:link rel="alternate" hreflang="{language}" '
            f'href="http://testserver/{language}/objects/{number}/"/>'
        ) in sitemap
    assert 'hreflang="x-default"' in sitemap
    for path in ("/en/", "/en/catalogue/", "/en/events/", "/en/exhibitions/"):
        assert f"<loc>http://testserver{path}</loc>" in sitemap
    assert f"<loc>http://testserver{url(collection.show)}</loc>" in sitemap
    assert f"<loc>http://testserver{url(collection.kz)}</loc>" in sitemap
    assert f"<loc>http://testserver{url(collection.archive)}</loc>" in sitemap
    assert "<lastmod>" in sitemap


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
