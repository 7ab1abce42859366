"""Exhibition staff, in a real browser, build an exhibition: a venue, three sections and
fifteen demo objects added from the collection list, reordered by drag and drop and by
keyboard, the checklist and wall labels printed, the virtual exhibition seen on the public
site; then booking one of the objects into an overlapping show elsewhere is refused."""

import datetime

import pytest
from playwright.sync_api import expect

from bookings.models import Venue
from collections_app.models import CollectionItem
from core.roles import EXHIBITION_STAFF
from exhibitions.models import Exhibition
from tests.browser.conftest import choose, log_in, staff_user

TITLE = "Gifts of friendship (browser test)"
SLUG = "gifts-of-friendship-browser-test"
OTHER = "Silver routes (browser test)"
PASSWORD = "a-long-exhibitions-password"
SECTIONS = ["First years", "Summits", "Gifts"]


@pytest.fixture(scope="module")
def staff_account(demo, django_db_blocker):
    """A committed exhibition-staff login; what the test builds is removed afterwards."""
    with django_db_blocker.unblock():
        user = staff_user("browser-exhibitions", PASSWORD, EXHIBITION_STAFF)
        yield user
        Exhibition.objects.filter(title_en__in=[TITLE, OTHER]).delete()
        Venue.objects.filter(name_en__endswith="(browser test)").delete()
        user.delete()


def save(page, button: str = "_continue") -> None:
    with page.expect_navigation(timeout=30_000):
        page.locator(f"input[name={button}]").first.click()


def titles_on_arrange_page(page) -> list[list[str]]:
    return [
        group.locator(".arrange-row").evaluate_all("rows => rows.map(r => r.dataset.title)")
        for group in page.locator(".arrange-list").all()
    ]


def test_exhibition_staff_build_print_and_publish_an_exhibition(
    server, staff_account, reads_without_locks, page, screenshot
):
    admin = server.url + "/admin/"
    log_in(page, server, staff_account, PASSWORD)

    # The exhibition: dates, a venue, three sections.
    page.goto(admin + "exhibitions/exhibition/add/")
    page.fill("#id_title_en", TITLE)
    page.fill("#id_title_ru", "Дары дружбы")
    page.fill("#id_title_kk", "Достық сыйлары")
    page.select_option("#id_status", "published")
    page.fill("#id_summary_en", "Objects from thirty years of diplomacy.")
    page.fill("#id_start_date", "2031-03-01")
    page.fill("#id_end_date", "2031-06-30")
    page.locator("#stops-group .add-row a").click()
    choose(page, "stops-0-venue", "Library")
    page.fill("#id_stops-0-start_date", "2031-03-01")
    page.fill("#id_stops-0-end_date", "2031-06-30")
    for index, title in enumerate(SECTIONS):
        page.locator("#sections-group .add-row a").click()
        page.fill(f"#id_sections-{index}-title_en", title)
        page.fill(f"#id_sections-{index}-position", str(index + 1))
    page.fill("#id_sections-0-introduction_en", "The first steps of a new state.")
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    exhibition = Exhibition.objects.get(slug=SLUG)
    assert [s.title_en for s in exhibition.sections.all()] == SECTIONS

    # Fifteen objects from the collection list, in one action, into the first section.
    page.goto(admin + "collections_app/collectionitem/?o=2")  # by accession number
    boxes = page.locator("input.action-select")
    for index in range(15):
        boxes.nth(index).check()
    page.select_option("select[name=action]", "add_to_exhibition")
    with page.expect_navigation(timeout=30_000):
        page.locator("button[name=index]").first.click()
    expect(page.locator(".assembly-table tbody tr")).to_have_count(15)
    page.select_option("#id_exhibition", label=TITLE)
    page.select_option("#id_section", label=SECTIONS[0])
    screenshot(page, "exhibitions-01-add-objects")
    with page.expect_navigation(timeout=30_000):
        page.locator("input[type=submit]").last.click()
    expect(page.locator(".messagelist")).to_contain_text("15 objects added")
    assert exhibition.exhibition_items.count() == 15

    # Arrange: the section menu and the keyboard buttons, then drag and drop.
    rows = page.locator(".arrange-list").nth(1).locator(".arrange-row")
    for _ in range(5):
        rows.last.locator(".js-section").select_option(label=SECTIONS[2])
    for _ in range(5):
        rows.last.locator(".js-section").select_option(label=SECTIONS[1])
    summit_rows = page.locator(".arrange-list").nth(2).locator(".arrange-row")
    last_summit = summit_rows.last.get_attribute("data-title")
    summit_rows.last.locator("button.arrange-move").first.focus()
    page.keyboard.press("Enter")  # "Move up", by keyboard
    expect(summit_rows.nth(3)).to_have_attribute("data-title", last_summit)
    expect(page.locator(".js-arrange-status")).to_contain_text(last_summit)
    gift_rows = page.locator(".arrange-list").nth(3).locator(".arrange-row")
    dragged = gift_rows.last.get_attribute("data-title")
    gift_rows.last.locator(".arrange-handle").drag_to(gift_rows.first)
    expect(gift_rows.first).to_have_attribute("data-title", dragged)
    on_screen = titles_on_arrange_page(page)
    assert [len(group) for group in on_screen] == [0, 5, 5, 5]
    screenshot(page, "exhibitions-02-arranged")
    with page.expect_navigation(timeout=30_000):
        page.locator("input[type=submit]").last.click()
    expect(page.locator(".messagelist")).to_contain_text("new order is saved")
    assert titles_on_arrange_page(page) == on_screen
    saved = [
        [
            e.item.title
            for e in exhibition.exhibition_items.filter(section__title_en=title)
            .select_related("item")
            .in_display_order()
        ]
        for title in SECTIONS
    ]
    assert saved == on_screen[1:]

    # A label for one object, on the change page.
    page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/change/")
    page.fill("#id_exhibition_items-0-label_en", "Shown for the first time.")
    page.fill("#id_exhibition_items-0-case_number", "Case 1")
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    # Print the checklist and the wall labels.
    page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/checklist/")
    for title in SECTIONS:
        expect(page.locator("body")).to_contain_text(title)
    expect(page.locator("body")).to_contain_text("Shown for the first time.")
    screenshot(page, "exhibitions-03-checklist")
    page.goto(admin + f"exhibitions/exhibition/{exhibition.pk}/labels/?lang=ru")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    screenshot(page, "exhibitions-04-labels")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")

    # The public, virtual exhibition: sections in order with their objects.
    visitor = page.context.browser.new_context().new_page()
    visitor.goto(server.url + f"/en/exhibitions/{SLUG}/")
    expect(visitor.locator("h1")).to_contain_text(TITLE)
    headings = visitor.locator("main h2").all_inner_texts()
    positions = [next(i for i, h in enumerate(headings) if t in h) for t in SECTIONS]
    assert positions == sorted(positions)
    expect(visitor.locator("main")).to_contain_text("The first steps of a new state.")
    screenshot(visitor, "exhibitions-05-public")
    visitor.context.close()

    # Booking one of the objects into an overlapping exhibition at another venue: refused.
    item = CollectionItem.objects.get(pk=exhibition.exhibition_items.first().item_id)
    page.goto(admin + "exhibitions/exhibition/add/")
    page.fill("#id_title_en", OTHER)
    page.fill("#id_start_date", "2031-06-01")
    page.fill("#id_end_date", "2031-08-31")
    page.locator("#stops-group .add-row a").click()
    choose(page, "stops-0-venue", "Baiterek")
    page.fill("#id_stops-0-start_date", "2031-06-01")
    page.fill("#id_stops-0-end_date", "2031-08-31")
    page.locator("#exhibition_items-group .add-row a").click()
    choose(page, "exhibition_items-0-item", item.accession_number)
    save(page)
    errors = page.locator(".errorlist")
    expect(errors.first).to_contain_text(TITLE)
    expect(errors.first).to_contain_text("Library")
    expect(errors.first).to_contain_text(item.accession_number)
    screenshot(page, "exhibitions-06-conflict")
    assert not Exhibition.objects.filter(title_en=OTHER).exists()
    assert exhibition.stops.get().start_date == datetime.date(2031, 3, 1)
