"""WCAG 2.1 A and AA, checked in a real browser over the demo collection: axe-core's rules
on every kind of public page, in Kazakh and English on a desktop and a 375 px phone and in
Russian on the desktop; the keyboard: the skip link first, a visible focus ring on
everything that takes focus, nothing covering the focused element; and what axe does not
look at: a title for each page, decorative marks kept from screen readers, the "Copied"
status announced.

axe-core is the copy inside the axe-playwright-python package; nothing is fetched."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db.models import Count
from playwright.sync_api import expect

from authorities.models import Person
from collections_app.models import CollectionItem
from tests.browser.conftest import DEVICES, policy_violations, watch_policies

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_21_AA},
    "resultTypes": ["violations", "incomplete"],
}
# axe cannot measure text on a gradient and reports it as "incomplete". The hero's
# gradient runs from the site blue to a darker blue under light text, so its lighter end
# is the worst case: measured against that, the check means something. (Set through the
# CSSOM: the Content-Security-Policy refuses an injected <style> element.)
HERO_WORST_CASE = """document.querySelectorAll(".hero").forEach(
  (hero) => hero.style.setProperty("background", "var(--blue)", "important"))"""
FOCUS_STATE = (Path(__file__).parent / "focus_state.js").read_text()

PAGES = [
    "home",
    "catalogue",
    "catalogue-browse",
    "object",
    "exhibition",
    "event",
    "person",
    "events",
    "exhibitions",
    "not-found",
]
VERSIONS = [
    ("kk", "desktop"),
    ("kk", "phone"),
    ("en", "desktop"),
    ("en", "phone"),
    ("ru", "desktop"),
]


@pytest.fixture(scope="package")
def paths(demo) -> dict[str, str]:
    """Each page's address without its language prefix."""
    most_images = (
        CollectionItem.objects.public()
        .annotate(images_count=Count("images"))
        .order_by("-images_count", "accession_number")
        .first()
    )
    suleimenov = Person.objects.get(name_en="Tuleutai Suleimenov")
    return {
        "home": "/",
        "catalogue": "/catalogue/?q=porcelain&type=gift",
        "catalogue-browse": "/catalogue/?page=2",
        "object": f"/objects/{most_images.accession_number}/",
        "exhibition": "/exhibitions/diplomatic-service-30-years/",
        "event": "/events/osce-summit-astana-2010/",
        "person": f"/people/{suleimenov.pk}/",
        "events": "/events/",
        "exhibitions": "/exhibitions/",
        "not-found": "/objects/NO-SUCH-RECORD/",
    }


@pytest.fixture(scope="module")
def shared_tabs(browser):
    """One tab per device for all the axe runs: a new tab costs as much as a check."""
    contexts = {device: browser.new_context(**options) for device, options in DEVICES.items()}
    watched = {device: (context, watch_policies(context)) for device, context in contexts.items()}
    yield {device: context.new_page() for device, context in contexts.items()}, watched
    for context in contexts.values():
        context.close()


@pytest.fixture
def tabs(shared_tabs):
    """The shared tabs; the test fails if a page broke the CSP or Permissions-Policy."""
    pages, watched = shared_tabs
    yield pages
    violations = []
    for context, found in watched.values():
        violations += policy_violations(context, found)
        found.clear()
    assert not violations, "\n".join(violations)


def open_page(page, server, paths, name: str, language: str) -> str:
    url = f"{server.url}/{language}{paths[name]}"
    response = page.goto(url)
    assert response.status == (404 if name == "not-found" else 200), url
    assert page.locator("html").get_attribute("lang") == language
    return url


def axe_report(url: str, width: int, problems: list[dict]) -> str:
    lines = [f"{len(problems)} WCAG 2.1 A/AA problem(s) at {url}, {width} px wide:"]
    for problem in problems:
        lines.append(
            f"- {problem['id']} ({problem['impact']}, {problem['kind']}): {problem['help']}"
            f"\n  {problem['helpUrl']}"
        )
        for node in problem["nodes"]:
            selector = " >>> ".join(
                " ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {selector}\n      {node['html'][:160]}\n      {summary}")
    return "\n".join(lines)


@pytest.mark.parametrize("language, device", VERSIONS, ids=[f"{lang}-{d}" for lang, d in VERSIONS])
@pytest.mark.parametrize("name", PAGES)
def test_pages_pass_axe_wcag_21_aa(server, paths, tabs, name, language, device):
    page = tabs[device]
    url = open_page(page, server, paths, name, language)
    page.evaluate(HERO_WORST_CASE)
    results = Axe().run(page, options=AXE_OPTIONS).response
    problems = [{**found, "kind": "violation"} for found in results["violations"]]
    # Contrast axe could not measure is contrast nobody has checked.
    problems += [
        {**found, "kind": "not measurable"}
        for found in results["incomplete"]
        if found["id"] == "color-contrast"
    ]
    width = page.viewport_size["width"]
    assert not problems, axe_report(url, width, problems)
    # WCAG 1.4.10 Reflow: nothing scrolls sideways.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{url} scrolls {overflow} px sideways at {width} px"


def tab(page) -> dict | None:
    page.keyboard.press("Tab")
    return page.evaluate(FOCUS_STATE)


@pytest.mark.parametrize("language", ["kk", "en"])
@pytest.mark.parametrize("name", ["home", "catalogue", "object"])
def test_the_skip_link_comes_first_and_moves_focus_to_the_main_content(
    server, page, paths, name, language
):
    url = open_page(page, server, paths, name, language)
    first = tab(page)
    assert first is not None and 'class="skip-link"' in first["element"], first
    box = page.locator(".skip-link").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "the focused skip link is on screen"
    assert first["focusVisible"] and first["ringContrast"] >= 3, first

    page.keyboard.press("Enter")
    # Playwright learns of a same-document navigation by an event: wait for it.
    expect(page).to_have_url(url + "#content")
    assert page.evaluate("document.activeElement.id") == "content"
    # The next Tab goes on from the main content, past the header's links.
    tab(page)
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(
    "name, language, device",
    [
        ("home", "kk", "desktop"),
        ("catalogue", "en", "desktop"),
        ("catalogue", "ru", "desktop"),
        ("catalogue", "kk", "phone"),
        ("object", "ru", "desktop"),
        ("exhibition", "en", "desktop"),
        ("event", "kk", "phone"),
    ],
)
def test_everything_that_takes_focus_shows_it(server, new_tab, paths, name, language, device):
    page = new_tab(device)
    url = open_page(page, server, paths, name, language)
    problems, seen = [], 0
    state = tab(page)
    while state is not None and seen < 300:
        seen += 1
        if not state["focusVisible"] or not state["indicator"]:
            problems.append(f"no visible focus: {state}")
        elif state["ringContrast"] is not None and state["ringContrast"] < 3:
            problems.append(f"focus ring below 3:1 ({state['ringContrast']:.2f}): {state}")
        if not state["onScreen"] or state["coveredBy"]:
            problems.append(f"focused element hidden: {state}")
        state = tab(page)
    assert seen > 5, f"only {seen} elements take focus at {url}"
    assert not problems, f"{url}:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", ["catalogue", "object"])
def test_decorative_marks_are_not_read_out(server, page, paths, name):
    """Breadcrumb separators, the filters' fold arrow and the "remove filter" crosses are
    drawn for the eye only."""
    open_page(page, server, paths, name, "en")
    tree = page.locator("body").aria_snapshot()
    for mark in "›▾▸×":
        assert mark not in tree, f"{mark!r} is announced:\n{tree}"


@pytest.mark.parametrize("language", ["kk", "en"])
def test_every_page_has_a_title_of_its_own(server, tabs, paths, language):
    """WCAG 2.4.2: the title names the page, so tabs and history can be told apart."""
    titles = {}
    for name in PAGES:
        open_page(tabs["desktop"], server, paths, name, language)
        titles[name] = tabs["desktop"].title()
    assert all(titles.values()), titles
    assert len(set(titles.values())) == len(PAGES), titles


def test_copying_the_citation_is_announced(server, page, paths):
    """WCAG 4.1.3: "Copied" reaches screen readers through a status region."""
    url = open_page(page, server, paths, "object", "en")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    status = page.get_by_role("status")
    expect(status).to_have_text("")
    page.get_by_role("button", name="Copy citation").click()
    expect(status).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("“") and url in copied and "\n" not in copied
