"""makemessages finds the messages of the Jinja2 templates (core/management/commands/
makemessages.py), and every one of them is translated."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.commands.makemessages import TranslatableFile

from core.management.commands.makemessages import (
    BuildFile,
    Command,
    is_jinja2_template,
    jinja2_messages,
    jinja2_messages_as_python,
)

TEMPLATE = """<h1>{{ _("Details") }}</h1>
<p>{% trans date=today %}accessed {{ date }}{% endtrans %}</p>
<p>{% trans counter=n %}{{ counter }} record{% pluralize %}{{ counter }} records{% endtrans %}</p>
{{ value }}\f{{ pgettext("month", "May") }}
{{ npgettext("scan", "%(num)d page", "%(num)d pages", n) }}
"""


def test_each_message_becomes_a_python_call_on_its_line():
    lines = jinja2_messages_as_python(TEMPLATE).split("\n")
    assert lines[0] == "gettext('Details')"
    assert lines[1] == "gettext('accessed %(date)s')"
    assert lines[2] == "ngettext('%(counter)s record', '%(counter)s records', n)"
    # A form feed is no line break to Jinja2: the message stays on its line.
    assert lines[3] == "pgettext('month', 'May')"
    assert lines[4] == "npgettext('scan', '%(num)d page', '%(num)d pages', n)"


def test_only_templates_under_a_jinja2_folder_are_read_by_jinja2():
    assert is_jinja2_template("./catalogue/jinja2/catalogue/object_content.html")
    assert not is_jinja2_template("./catalogue/templates/catalogue/search.html")
    assert not is_jinja2_template("./jinja2.html")


def test_the_build_file_hands_xgettext_the_calls(tmp_path):
    folder = tmp_path / "jinja2"
    folder.mkdir()
    (folder / "page.html").write_text(TEMPLATE, encoding="utf-8")
    build = BuildFile(Command(), "django", TranslatableFile(str(folder), "page.html", ""))
    build.preprocess()
    assert Path(build.work_path).read_text(encoding="utf-8").startswith("gettext('Details')")


def _jinja2_messages() -> set[tuple[str | None, tuple[str, ...]]]:
    """(context, the message's strings) of each message of the project's Jinja2 templates."""
    found = set()
    for template in Path(settings.BASE_DIR).glob("*/jinja2/**/*.html"):
        for _line, call, strings in jinja2_messages(template.read_text(encoding="utf-8")):
            context = strings[0] if call.startswith(("pgettext", "npgettext")) else None
            found.add((context, strings[1:] if context else strings))
    return found


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_message_of_the_jinja2_templates_is_translated(language):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po:
        catalogue = read_po(po, locale=language)
    messages = _jinja2_messages()
    assert (None, ("accessed %(date)s",)) in messages
    for context, strings in messages:
        entry = catalogue.get(strings[0], context=context)
        assert entry is not None and entry.string and not entry.fuzzy, strings
        if len(strings) == 2:
            assert entry.id == strings and all(entry.string), strings
