"""Real headless Chromium (Debian's package) driven by Playwright against a live server.

The demo collection is loaded, indexed and committed once for this folder's tests (they
only read it), so the server's threads see it; its tables are flushed when they are done
(what Django's TransactionTestCase does after each test), so the rest of the suite starts
from an empty database.

pytest-django's ``live_server`` fixture would flush the database after every test (any
test using it gets ``transactional_db``), so ``server`` below starts the same server
(pytest-django's ``LiveServer``: static files served, an in-memory SQLite connection
shared with the server's threads) for this folder only.

Playwright's sync API keeps an asyncio loop running in the main thread, and while it runs
Django keeps database connections per context rather than per thread and refuses ORM
calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set. So the browser starts after the demo is
loaded, stops before it is flushed, closes the connections it saw opened, and the
setting lasts only as long as the browser.
"""

import io
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# Browser contexts: a desktop window and a 375 px wide touch phone.
DEVICES = {
    "desktop": {"viewport": {"width": 1280, "height": 900}, "locale": "en-GB"},
    "phone": {
        "viewport": {"width": 375, "height": 740},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "en-GB",
    },
}


@pytest.fixture(scope="session")
def chromium() -> str:
    """Chromium's path; the tests skip without it, except on CI where they fail."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="package")
def media_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def _isolated_media_and_static(settings, media_root):
    """Overrides tests/conftest.py: the demo's media folder, plain static storage, and a
    URLconf that serves media."""
    settings.MEDIA_ROOT = media_root
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.ROOT_URLCONF = "tests.browser.urls"


@pytest.fixture(autouse=True)
def _test_database(db):
    """Every browser test asks for ``db``: pytest-django creates the test database only
    for sessions with tests that do, and the package-scoped ``demo`` must never write to
    (and flush) the real one."""


def _is_test_database(connection) -> bool:
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return Path(str(connection.settings_dict["NAME"])).name.startswith("test_")


@pytest.fixture(scope="package")
def demo(chromium, django_db_setup, django_db_blocker, media_root):
    """The demo collection, indexed and committed, for the pages a visitor browses."""
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        assert _is_test_database(connection), connection.settings_dict["NAME"]
        try:
            call_command("load_demo", stdout=io.StringIO())
            call_command("rebuild_search_index", stdout=io.StringIO())
            yield
        finally:
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="package")
def server(demo):
    """pytest-django's live server over the committed demo; ``.url`` is its address."""
    from django.db import connection
    from django.test.utils import modify_settings, override_settings
    from pytest_django.live_server_helper import LiveServer

    from tests.conftest import PLAIN_HTTP

    host = "localhost"
    # Chromium keeps its connections to the server open, and each of the server's request
    # threads keeps its database connection while its socket lives. Closing them after
    # every request lets PostgreSQL drop the test database at the end. (An in-memory
    # SQLite database is shared with the server and ignores requests to close it.)
    database = connection.settings_dict
    conn_max_age, database["CONN_MAX_AGE"] = database["CONN_MAX_AGE"], 0
    # The server reads the https settings once, as it starts (SecurityMiddleware).
    plain_http = override_settings(**PLAIN_HTTP)
    plain_http.enable()
    live = LiveServer(host)
    try:
        with modify_settings(ALLOWED_HOSTS={"append": host}):
            yield live
    finally:
        live.stop()
        plain_http.disable()
        database["CONN_MAX_AGE"] = conn_max_age


@pytest.fixture(scope="package")
def browser(chromium, server):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
            connections.close_all()  # those of the loop's context, opened by the tests
    finally:
        if unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = unsafe


# Every page a context opens, popups included, reports what the Content-Security-Policy
# blocked (the browser fires securitypolicyviolation at the document for each).
REPORT_POLICY_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportPolicyViolation(`${event.effectiveDirective} blocked `
    + `${event.blockedURI || "inline code"} (${event.sample || "no sample"}) `
    + `at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


def watch_policies(context) -> list[str]:
    """What breaks the page's policies in ``context``, as it happens: CSP violations, and
    the browser's console errors about the CSP or the Permissions-Policy header."""
    found: list[str] = []

    def report(violation: str) -> None:
        found.append(violation)

    def console(message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            found.append(f"console {message.type}: {text}")

    context.expose_function("reportPolicyViolation", report)
    context.add_init_script(REPORT_POLICY_VIOLATIONS)
    context.on("console", console)
    return found


def policy_violations(context, found: list[str]) -> list[str]:
    """``found`` once the context's open pages have delivered their pending reports."""
    from playwright.sync_api import Error

    for page in context.pages:
        try:
            page.evaluate("() => new Promise((settle) => setTimeout(settle, 100))")
        except Error:  # closed or navigating: its reports have been sent
            pass
    return found


@pytest.fixture
def new_tab(browser):
    """Opens fresh tabs: ``new_tab("desktop")``, ``new_tab("phone")``. The test fails if
    any page the tabs opened broke the Content-Security-Policy or Permissions-Policy."""
    contexts = []

    def open_tab(device: str = "desktop"):
        context = browser.new_context(**DEVICES[device])
        contexts.append((context, watch_policies(context)))
        return context.new_page()

    yield open_tab
    violations = [v for context, found in contexts for v in policy_violations(context, found)]
    for context, _ in contexts:
        context.close()
    assert not violations, "\n".join(violations)


@pytest.fixture
def page(new_tab):
    """A fresh desktop browser tab."""
    return new_tab("desktop")


@pytest.fixture
def phone(new_tab):
    """A fresh tab on a 375 px wide touch screen."""
    return new_tab("phone")


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def reads_without_locks():
    """In-memory SQLite is shared with the server's thread in shared-cache mode, where a
    read in this test's open transaction would lock the table against the server's next
    write; read uncommitted takes no such lock. (Nothing to do on PostgreSQL.)"""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")
    yield
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 0")


def choose(page, field: str, text: str) -> None:
    """Pick ``text`` in an admin autocomplete (select2) field."""
    page.click(f"#id_{field} + .select2 .select2-selection")
    page.fill(".select2-dropdown input.select2-search__field", text)
    page.locator(".select2-results__option", has_text=text).first.click()


def staff_user(username: str, password: str, role: str):
    """A committed staff login with one role (the live server reads only committed data)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.roles import setup_roles

    setup_roles()
    user = get_user_model().objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(page, server, user, password: str) -> None:
    page.goto(server.url + "/admin/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
