"""reverse() for the links a page builds by the dozen, and for those every page builds.

A list page links each of its twenty (or two hundred) cards to an object page, and
Django's reverse() matches the URL patterns afresh for each: a twentieth of a search
page's time. The links differ only in their one argument, so ``reverse_one`` reverses
each URL once per language (and URLconf and script prefix) with a placeholder, and
fills in the argument, when it is made only of characters a URL carries as they are.
Use it only where the argument's converter accepts every such value, as the accession
number's does (catalogue.converters). ``reverse_fixed`` does the same for a URL without
arguments (the header's and footer's links): reversed once per language;
``translate_url_all`` gives the language switcher's links with one match of the path
(and, for a page with one argument, ``reverse_one``'s URL reversed once per language).
"""

import functools
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.urls import (
    NoReverseMatch,
    Resolver404,
    get_script_prefix,
    get_urlconf,
    resolve,
    reverse,
)
from django.utils.translation import get_language, override

# Characters reverse() leaves unquoted in a path and that no URL pattern treats
# specially: a value made of these alone reads the same in the URL.
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9._-]+)*")
_PLACEHOLDER = "Z0placeholder0Z"


@functools.lru_cache(maxsize=256)
def _around(viewname: str, kwarg: str, urlconf, root_urlconf, script_prefix, language):
    try:
        url = reverse(viewname, urlconf=urlconf, kwargs={kwarg: _PLACEHOLDER})
    except NoReverseMatch:  # a converter refusing the placeholder: reverse() each value
        return None
    head, found, tail = url.partition(_PLACEHOLDER)
    return (head, tail) if found and _PLACEHOLDER not in tail else None


def reverse_one(viewname: str, kwarg: str, value: str) -> str:
    """``reverse(viewname, kwargs={kwarg: value})``, the same string, without matching
    the patterns again for each value. Falls back to reverse() for any other value, so
    what reverse() refuses is still refused."""
    if _PLAIN.fullmatch(value):
        around = _around(
            viewname,
            kwarg,
            get_urlconf(),
            settings.ROOT_URLCONF,
            get_script_prefix(),
            get_language(),
        )
        if around is not None:
            return f"{around[0]}{value}{around[1]}"
    return reverse(viewname, kwargs={kwarg: value})


@functools.lru_cache(maxsize=256)
def _fixed(viewname: str, urlconf, root_urlconf, script_prefix, language) -> str:
    return reverse(viewname, urlconf=urlconf)


def reverse_fixed(viewname: str) -> str:
    """``reverse(viewname)`` for a URL without arguments, the same string, matched once
    per language (and URLconf and script prefix) rather than on every page."""
    return _fixed(
        viewname, get_urlconf(), settings.ROOT_URLCONF, get_script_prefix(), get_language()
    )


def translate_url_all(url: str, languages: Iterable[str]) -> dict[str, str]:
    """``translate_url(url, code)`` for each language, the same strings (Django's steps:
    the URL unchanged where it does not resolve or reverse), matching the path once
    rather than once per language: the language switcher on every page. Unlike
    translate_url, a path under the script prefix (a site served below ``/museum/``,
    the proxy's SCRIPT_NAME) is resolved below it, as the request was."""
    parsed = urlsplit(url)
    path = unquote(parsed.path)
    prefix = get_script_prefix()
    if prefix != "/" and path.startswith(prefix):
        path = path[len(prefix) - 1 :]
    try:
        match = resolve(path)
    except Resolver404:
        return {code: url for code in languages}
    if match.url_name is None:  # nothing reverses to an unnamed pattern
        return {code: url for code in languages}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    translated = {}
    for code in languages:
        with override(code):
            try:
                if not match.args and len(match.kwargs) == 1:
                    # An object, event or exhibition page: reversed once per language.
                    [(kwarg, value)] = match.kwargs.items()
                    path = (
                        reverse_one(name, kwarg, value)
                        if isinstance(value, str)
                        else reverse(name, kwargs=match.kwargs)
                    )
                elif match.args or match.kwargs:
                    path = reverse(name, args=match.args, kwargs=match.kwargs)
                else:
                    path = reverse_fixed(name)
            except NoReverseMatch:
                translated[code] = url
            else:
                parts = (parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment)
                translated[code] = urlunsplit(parts)
    return translated
