"""Django's makemessages, which also finds the messages of the Jinja2 templates (any
template under a ``jinja2/`` folder; core/jinja2.py).

Django reads every ``.html`` file as a Django template, and a Jinja2 template's
``{% trans %}`` blocks and ``ngettext()`` calls mean nothing to it: their messages would
be left out of the catalogues, and a translation in use marked obsolete. Here a Jinja2
template is read by Jinja2's own parser instead (the site's environment, with its i18n
extension), and each message is handed to xgettext as the Python call it stands for, on
its template line, so the catalogue's references point at the template.
"""

import re
from collections.abc import Iterator
from pathlib import Path

from django.core.management.commands import makemessages
from django.template import engines
from jinja2.ext import extract_from_ast

# Jinja2's gettext functions, as the Python calls xgettext knows (Django's keywords):
# the name, and how many string arguments it takes (a context first, for the p- forms).
_CALLS = {
    "_": ("gettext", 1),
    "gettext": ("gettext", 1),
    "ngettext": ("ngettext", 2),
    "pgettext": ("pgettext", 2),
    "npgettext": ("npgettext", 3),
}
_PLURAL = {"ngettext", "npgettext"}
# The line breaks Jinja2 counts (str.splitlines also breaks at \f, \v, \u2028...).
_LINES = re.compile(r"\r\n|\r|\n")


def is_jinja2_template(path: str) -> bool:
    return "jinja2" in Path(path).parts[:-1]


def jinja2_messages(source: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(line, the gettext function, the message's strings) for each message."""
    env = engines["jinja2"].env  # type: ignore[attr-defined]
    for lineno, function, message in extract_from_ast(env.parse(source), babel_style=False):
        if function not in _CALLS:
            continue
        call, count = _CALLS[function]
        # Without babel_style, only the string arguments are given.
        found = message if isinstance(message, tuple) else (message,)
        strings = tuple(text for text in found if text is not None)
        if len(strings) >= count:
            yield lineno, call, strings[:count]


def jinja2_messages_as_python(source: str) -> str:
    """The template's messages as Python gettext calls, each on its template line."""
    lines: list[list[str]] = [[] for _ in _LINES.split(source)]
    for lineno, call, strings in jinja2_messages(source):
        arguments = ", ".join([*map(repr, strings), *(["n"] if call in _PLURAL else [])])
        lines[lineno - 1].append(f"{call}({arguments})")
    return "\n".join("; ".join(calls) for calls in lines) + "\n"


class BuildFile(makemessages.BuildFile):
    def preprocess(self):
        if not (self.is_templatized and is_jinja2_template(self.path)):
            return super().preprocess()
        source = Path(self.path).read_text(encoding="utf-8")
        Path(self.work_path).write_text(jinja2_messages_as_python(source), encoding="utf-8")


class Command(makemessages.Command):
    build_file_class = BuildFile
