"""Structure every public page needs for assistive technology (WCAG 2.1 AA): landmarks,
a skip link, one h1 and headings in order, alt text on every image, a label on every
form control. Colour contrast is checked on the stylesheet's palette."""

from html.parser import HTMLParser

import pytest

from tests.catalogue.conftest import public_urls


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.headings: list[int] = []
        self.images: list[dict] = []
        self.controls: list[dict] = []
        self.label_for: set[str] = set()
        self.ids: set[str] = set()
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        elif tag == "img":
            self.images.append(attrs)
        elif tag == "label" and attrs.get("for"):
            self.label_for.add(attrs["for"])
        elif tag in ("input", "select", "textarea") and attrs.get("type") not in (
            "hidden",
            "submit",
        ):
            self.controls.append(attrs)
        elif tag == "a":
            self.links.append(attrs)


def parse(page: str) -> Structure:
    structure = Structure()
    structure.feed(page)
    return structure


@pytest.mark.parametrize("language", ["kk", "en"])
def test_public_pages_are_structured_for_assistive_technology(client, collection, language):
    for path in public_urls(collection) + ["/catalogue/?country=ZZ&page=9"]:
        page = client.get(f"/{language}{path}").content.decode()
        s = parse(page)
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in s.tags, (path, landmark)
        assert s.links[0].get("href") == "#content" and "content" in s.ids, path
        assert s.headings.count(1) == 1, (path, s.headings)
        for before, after in zip(s.headings, s.headings[1:], strict=False):
            assert after <= before + 1, (path, s.headings)
        for image in s.images:
            assert image.get("alt"), (path, image)
        for control in s.controls:
            assert control.get("id") in s.label_for, (path, control)


def test_the_not_found_page_is_structured_too(client, db):
    s = parse(client.get("/ru/objects/NOPE/").content.decode())
    assert s.headings.count(1) == 1
    assert all(c.get("id") in s.label_for for c in s.controls)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(
    "foreground, background",
    [
        ("#1f2933", "#ffffff"),  # body text
        ("#4a5563", "#ffffff"),  # muted text
        ("#4a5563", "#faf8f3"),  # muted text on warm paper
        ("#0b3d66", "#ffffff"),  # links
        ("#0b3d66", "#eef3f8"),  # links on the blue tint (citation, notices)
        ("#7a5d14", "#ffffff"),  # exhibition numbers
        ("#ffffff", "#0b3d66"),  # header text
        ("#e6edf4", "#072a47"),  # footer text
        ("#c9d5e1", "#072a47"),  # footer note
        ("#072a47", "#f2cf73"),  # search button on the home page
        ("#1f2933", "#fff6e0"),  # warning notices
    ],
)
def test_text_colours_have_enough_contrast(foreground, background):
    assert contrast(foreground, background) >= 4.5


def test_the_stylesheet_uses_those_colours_and_no_external_resources(client):
    from django.contrib.staticfiles import finders

    with open(finders.find("css/site.css"), encoding="utf-8") as css:
        text = css.read()
    for colour in ("#1f2933", "#4a5563", "#0b3d66", "#7a5d14"):
        assert colour in text
    assert "@media print" in text
    assert ":focus-visible" in text
    assert "http" not in text and "@import" not in text
