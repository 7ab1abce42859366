"""Cards: a record's summary on every list of objects (search results, home, authority,
event and exhibition pages), as HTML.

A card shows a record's title, type, date, accession number and primary image, in the
visitor's language, and nothing else. A search shown by relevance reads only the primary
keys of its page from the index, so its cards can come from the cache: ``cached_cards``
keeps each card per record and language under the index version (search.IndexVersion),
which grows whenever a record, a name it shows or one of its images changes (search.
receivers), so no process ever serves a stale card, and unpublished records never reach
a page (the ranked window admits published records only).
"""

import hashlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.template.defaultfilters import linebreaksbr
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# Cards of older index versions are never read again: let them go within the hour.
CARD_CACHE_SECONDS = 3600
# What a card's HTML depends on besides the record: this module's code and where media
# is served from. In the key, so an upgrade sharing a cache (Redis) with the release
# before it never serves the other's cards.
CARD_FORMAT = hashlib.sha256(Path(__file__).read_bytes() + settings.MEDIA_URL.encode()).hexdigest()[
    :12
]


@dataclass(frozen=True)
class Card:
    """A rendered card and the record it shows."""

    pk: int
    html: SafeString


def thumbnail_url(image) -> str:
    """The thumbnail's URL, or the master's when no thumbnail was derived."""
    if not image:
        return ""
    return (image.thumbnail or image.image).url


def render_card(item, number="", label="") -> SafeString:
    """The card of a record read with ``for_listing()``, with its running ``number`` and
    wall ``label`` on exhibition pages. Built in Python rather than an included template:
    a page shows up to 200 cards, and as a template each cost twice as much as the rest
    of a search page's markup per card (docs/performance.md). Every value is escaped
    (``escape`` is the standard library's, as Django's own escape() is; format_html
    cost half as much again)."""
    image = item.primary_image
    if image:
        alt = image.alt_text or item.title
        media = f'<img src="{escape(thumbnail_url(image))}" alt="{escape(alt)}" loading="lazy">'
    else:
        media = (
            f'<span class="card__placeholder card__placeholder--{escape(item.item_type)}"'
            ' aria-hidden="true"></span>'
        )
    meta = escape(item.get_item_type_display())
    if item.date_display:
        meta = f"{meta} · {escape(item.date_display)}"
    number_html = f'<p class="card__number">{escape(str(number))}</p>\n    ' if number else ""
    label_html = (
        f'<p class="card__label">{linebreaksbr(label, autoescape=True)}</p>\n' if label else ""
    )
    return mark_safe(  # noqa: S308 - every value above is escaped
        f'<article class="card{" card--with-label" if label else ""}">\n'
        f'  <div class="card__media">{media}</div>\n'
        '  <div class="card__body">\n'
        f"    {number_html}"
        f'<h3 class="card__title"><a href="{escape(item.get_absolute_url())}">'
        f"{escape(item.title)}</a></h3>\n"
        f'    <p class="card__meta">{meta}</p>\n'
        f'    <p class="card__id"><span class="visually-hidden">{escape(_("Accession number"))}:'
        f" </span>{escape(item.accession_number)}</p>\n"
        f"    {label_html}"
        "</div>\n</article>"
    )


def cached_cards(keys: list[int], queryset: QuerySet, *, version: int) -> list[Card]:
    """The cards of these records, in this order: from the cache, and the others read
    from ``queryset`` (a ``for_listing()`` one) in one query, rendered and kept; a key
    it does not admit is left out. A cached card is not checked against ``queryset``
    again: the keys must come from a window over the same published records (the
    cache holds public cards only, for every page that shows them)."""
    prefix = f"card:{CARD_FORMAT}:{version}:{get_language()}:{get_script_prefix()}:"
    found = cache.get_many([f"{prefix}{pk}" for pk in keys])
    missing = [pk for pk in keys if f"{prefix}{pk}" not in found]
    if missing:
        rows = queryset.order_by().in_bulk(missing)
        fresh = {f"{prefix}{pk}": render_card(item) for pk, item in rows.items()}
        cache.set_many(fresh, CARD_CACHE_SECONDS)
        found.update(fresh)
    return [Card(pk, found[f"{prefix}{pk}"]) for pk in keys if f"{prefix}{pk}" in found]
