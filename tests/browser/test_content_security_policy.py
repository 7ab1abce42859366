"""The Content-Security-Policy and Permissions-Policy in a real browser: the public pages in
three languages and the main admin pages work and break no policy (``new_tab`` fails the
test on any violation, tests/browser/conftest.py), and the watch does see a violation."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from authorities.models import Person
from collections_app.models import CollectionItem, DiplomaticGift
from exhibitions.models import Exhibition
from tests.browser.conftest import choose, policy_violations, watch_policies

PASSWORD = "a-long-administrator-password"
LANGUAGES = ["kk", "ru", "en"]


@pytest.fixture(scope="module")
def administrator(demo, django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(
            "browser-csp-admin", password=PASSWORD, email=""
        )
        yield user
        user.delete()


def public_paths() -> list[str]:
    item = CollectionItem.objects.public().filter(images__isnull=False).first()
    person = Person.objects.get(name_en="Tuleutai Suleimenov")
    return [
        "/",
        "/catalogue/?q=porcelain",
        "/catalogue/?page=2",
        f"/objects/{item.accession_number}/",
        f"/people/{person.pk}/",
        "/countries/KZ/",
        "/events/",
        "/events/osce-summit-astana-2010/",
        "/exhibitions/",
        "/exhibitions/diplomatic-service-30-years/",
        "/objects/NO-SUCH-RECORD/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_keep_within_the_policies(server, page, language):
    for path in public_paths():
        response = page.goto(f"{server.url}/{language}{path}")
        assert response.status in (200, 404), path
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator(".site-header")).to_have_css("border-bottom-width", "4px")
    # The site's own script ran: it shows the "Copy citation" button.
    page.goto(f"{server.url}/en{public_paths()[3]}")
    expect(page.locator(".js-copy")).to_be_visible()
    # Images come from the site itself, thumbnails included.
    page.goto(f"{server.url}/en/catalogue/?q=porcelain")
    first = page.locator(".card__media img").first
    expect(first).to_be_visible()
    assert first.evaluate("img => img.complete && img.naturalWidth > 0")


def test_the_browser_switches_off_what_the_site_never_uses(server, page):
    page.goto(f"{server.url}/en/")
    features = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]
    features.append("clipboard-write")
    allows = page.evaluate(
        "(features) => Object.fromEntries(features.map("
        "(f) => [f, document.featurePolicy.allowsFeature(f)]))",
        features,
    )
    assert allows == {
        "camera": False,
        "microphone": False,
        "geolocation": False,
        "payment": False,
        "usb": False,
        "browsing-topics": False,
        "clipboard-write": True,
    }


def test_admin_pages_work_within_the_policies(server, administrator, reads_without_locks, page):
    admin = server.url + "/admin/"
    page.goto(admin)
    page.fill("#id_username", administrator.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()

    # The shared list: thumbnails, filters, search, the actions bar.
    page.goto(admin + "collections_app/collectionitem/?q=porcelain")
    thumbnail = page.locator("img.admin-thumbnail").first
    expect(thumbnail).to_be_visible()
    assert thumbnail.evaluate("img => getComputedStyle(img).objectFit") == "contain"
    page.locator("#action-toggle").check()
    expect(page.locator("#result_list tbody tr.selected").first).to_be_visible()  # actions.js

    # A record's page: autocomplete, "add another" popup, image previews, fieldsets.
    gift = DiplomaticGift.objects.filter(images__isnull=False).first()
    page.goto(admin + f"collections_app/diplomaticgift/{gift.pk}/change/")
    expect(page.locator(".field-preview img.admin-thumbnail").first).to_be_visible()
    choose(page, "occasion", "OSCE")
    with page.expect_popup() as popup_info:
        page.click("#add_id_giver")
    popup = popup_info.value
    expect(popup.locator("#id_name_en")).to_be_visible()
    popup.close()

    # History, one version, and the revert form.
    page.goto(admin + f"collections_app/diplomaticgift/{gift.pk}/history/")
    version = page.locator("#change-history a[href*='/history/']").first
    expect(version).to_be_visible()
    version.click()
    expect(page.locator("input[type=submit]").first).to_be_visible()

    # An exhibition: change form with inlines, arrange (drag and drop), outputs.
    exhibition = Exhibition.objects.get(slug="diplomatic-service-30-years")
    page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/change/")
    expect(page.locator("#exhibition_items-group")).to_be_visible()
    page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/arrange/")
    expect(page.locator("button.arrange-move").first).to_be_visible()  # added by arrange.js
    rows = page.locator(".arrange-list:has(.arrange-row + .arrange-row)").first.locator(
        ".arrange-row"
    )
    dragged = rows.last.get_attribute("data-title")
    rows.last.locator(".arrange-handle").drag_to(rows.first)
    expect(rows.first).to_have_attribute("data-title", dragged)
    for output in ("checklist", "labels", "summary"):
        page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/{output}/")
        expect(page.locator("[data-print]")).to_be_visible()  # shown by print.js


def test_the_watch_sees_what_the_policy_blocks(server, browser):
    """Without this, a watch that heard nothing would pass every test above."""
    context = browser.new_context()
    found = watch_policies(context)
    page = context.new_page()
    page.goto(f"{server.url}/en/")
    page.evaluate(
        """() => {
          const style = document.createElement("style");
          style.textContent = "body { color: red; }";
          document.head.append(style);
          document.body.setAttribute("style", "color: red");
          const script = document.createElement("script");
          script.textContent = "window.ranInline = true;";
          document.head.append(script);
        }"""
    )
    assert page.evaluate("window.ranInline") is None
    reports = "\n".join(policy_violations(context, found))
    context.close()
    for directive in ("style-src-elem", "style-src-attr", "script-src-elem"):
        assert directive in reports, reports
