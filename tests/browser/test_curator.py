"""A curator, in a real browser, enters a diplomatic gift with two images, a new giver and
an occasion, publishes it, edits it, reads the change in its history and reverts it."""

import pytest
from playwright.sync_api import expect

from authorities.models import Person
from collections_app.models import DiplomaticGift
from core.roles import CURATOR
from tests import factories
from tests.browser.conftest import choose, log_in, staff_user

TITLE = "Porcelain vase with a view of Geneva (browser test)"
EDITED = "Porcelain vase with a view of Lake Geneva (browser test)"
GIVER = "Ignazio Cassis (browser test)"
PASSWORD = "a-long-curator-password"


@pytest.fixture(scope="module")
def curator_account(demo, django_db_blocker):
    """A committed curator login (the live server's thread reads only committed data);
    whatever the test writes is removed afterwards, so the shared demo stays as it was."""
    with django_db_blocker.unblock():
        user = staff_user("browser-curator", PASSWORD, CURATOR)
        yield user
        DiplomaticGift.objects.filter(title_en__in=[TITLE, EDITED]).delete()
        Person.objects.filter(name_en=GIVER).delete()
        user.delete()


def image_file(name: str, colour: str) -> dict:
    return {"name": name, "mimeType": "image/jpeg", "buffer": factories.jpeg_bytes(colour)}


def test_curator_enters_publishes_edits_and_reverts_a_gift(
    server, curator_account, reads_without_locks, page, screenshot
):
    admin = server.url + "/admin/"
    log_in(page, server, curator_account, PASSWORD)
    expect(page.locator("#site-name")).to_be_visible()

    page.goto(admin + "collections_app/diplomaticgift/add/")
    page.fill("#id_title_en", TITLE)
    page.fill("#id_title_ru", "Фарфоровая ваза с видом Женевы")
    page.fill("#id_title_kk", "Женева көрінісі бар фарфор ваза")
    page.select_option("#id_category", "decorative")

    # The giver is not in the authorities yet: "+" opens the person form in a popup.
    with page.expect_popup() as popup_info:
        page.click("#add_id_giver")
    popup = popup_info.value
    popup.fill("#id_name_en", GIVER)
    popup.fill("#id_name_ru", "Иньяцио Кассис")
    popup.fill("#id_title", "President of the Swiss Confederation")
    popup.click("input[name=_save]")
    popup.wait_for_event("close")
    expect(page.locator("#select2-id_giver-container")).to_contain_text(GIVER)

    choose(page, "occasion", "OSCE")
    page.set_input_files("#id_images-0-image", image_file("front.jpg", "white"))
    page.fill("#id_images-0-alt_text_en", "A white porcelain vase")
    # No primary ticked: the first image by order becomes the primary one on save.
    screenshot(page, "curator-01-gift-form")
    with page.expect_navigation(timeout=30_000):
        page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    # A second image, on the record's own page, which offers an empty image form.
    page.set_input_files("#id_images-1-image", image_file("base.jpg", "grey"))
    page.fill("#id_images-1-position", "1")
    page.fill("#id_images-1-alt_text_en", "The maker's mark on the base")
    with page.expect_navigation(timeout=30_000):
        page.locator("input[name=_save]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    gift = DiplomaticGift.objects.get(title_en=TITLE)
    assert gift.giver.name_en == GIVER
    assert gift.occasion.slug and "osce" in gift.occasion.title_en.lower()
    assert gift.images.count() == 2 and gift.images.filter(is_primary=True).count() == 1
    assert gift.status == "draft"

    # Publish it from the list.
    page.goto(admin + f"collections_app/diplomaticgift/?q={gift.accession_number}")
    page.check(f"input[name=_selected_action][value='{gift.pk}']")
    page.select_option("select[name=action]", "publish")
    with page.expect_navigation(timeout=30_000):
        page.locator("button[name=index]").first.click()
    screenshot(page, "curator-02-published")
    expect(page.locator(".messagelist")).to_contain_text("1 record published")
    gift.refresh_from_db()
    assert gift.status == "published"
    visitor_page = page.context.new_page()
    visitor_page.goto(server.url + gift.get_absolute_url())
    expect(visitor_page.locator("h1")).to_contain_text(TITLE)
    visitor_page.close()

    # Edit it, and read the change in its history.
    page.goto(admin + f"collections_app/diplomaticgift/{gift.pk}/change/")
    page.fill("#id_title_en", EDITED)
    with page.expect_navigation(timeout=30_000):
        page.locator("input[name=_save]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.goto(admin + f"collections_app/diplomaticgift/{gift.pk}/history/")
    expect(page.locator("#content")).to_contain_text(curator_account.username)
    expect(page.locator("#content")).to_contain_text(EDITED)
    screenshot(page, "curator-03-history")

    # Revert to the version before the edit (the published one).
    before_edit = gift.history.filter(title_en=TITLE).order_by("-history_date").first()
    page.goto(admin + f"collections_app/diplomaticgift/{gift.pk}/history/{before_edit.history_id}/")
    with page.expect_navigation(timeout=30_000):
        page.locator("#content input[type=submit]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    gift.refresh_from_db()
    assert gift.title_en == TITLE
    assert gift.status == "published"
    assert gift.history.first().history_user == curator_account
    screenshot(page, "curator-04-reverted")
