"""reverse() for the links a page builds by the dozen.

A list page links each of its twenty (or two hundred) cards to an object page, and
Django's reverse() matches the URL patterns afresh for each: a twentieth of a search
page's time. The links differ only in their one argument, so ``reverse_one`` reverses
each URL once per language (and URLconf and script prefix) with a placeholder, and
fills in the argument, when it is made only of characters a URL carries as they are.
Use it only where the argument's converter accepts every such value, as the accession
number's does (catalogue.converters).
"""

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# Characters reverse() leaves unquoted in a path and that no URL pattern treats
# specially: a value made of these alone reads the same in the URL.
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9._-]+)*")
_PLACEHOLDER = "Z0placeholder0Z"


@functools.lru_cache(maxsize=256)
def _around(viewname: str, kwarg: str, urlconf, root_urlconf, script_prefix, language):
    url = reverse(viewname, urlconf=urlconf, kwargs={kwarg: _PLACEHOLDER})
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
