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
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.template import Context, Engine
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

CARD_TEMPLATE = "catalogue/includes/_card.html"
# Cards of older index versions are never read again: let them go within the hour.
CARD_CACHE_SECONDS = 3600


def card_format(files: Iterable[Path], *, release: str, media_url: str) -> str:
    """A digest of what a card's HTML depends on besides the record: the release, the
    card template, the compiled translations and where media is served from. In the
    cache key, so a new release, an edited template or a changed translation never
    serves an old card, even from a cache (Redis) shared with another release."""
    digest = hashlib.sha256(f"{release}\n{media_url}\n".encode())
    for path in sorted(files):
        digest.update(str(path).encode() + b"\n" + path.read_bytes())
    return digest.hexdigest()[:16]


def card_files() -> list[Path]:
    """The card template and every compiled translation catalogue (.mo) of the site."""
    template = Path(__file__).resolve().parent / "templates" / CARD_TEMPLATE
    catalogues = [
        mo for locale in settings.LOCALE_PATHS for mo in Path(locale).glob("*/LC_MESSAGES/*.mo")
    ]
    return [template, *catalogues]


def _release() -> str:
    try:
        return metadata.version("diplomatic-collections")
    except metadata.PackageNotFoundError:
        return "unreleased"


# Computed once, at start-up: templates and translations change with a deploy, which
# restarts the processes.
CARD_FORMAT = card_format(card_files(), release=_release(), media_url=settings.MEDIA_URL)


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


def card_context(item, number="", label="") -> dict[str, Any]:
    """What the card template shows of a record, read once in Python: resolving a
    model's attributes and methods in the template (each lookup tries the record as a
    dict first) cost a fifth of a card's time."""
    image = item.primary_image
    title = item.title
    return {
        "url": item.get_absolute_url(),
        "title": title,
        "type_label": item.get_item_type_display(),
        "item_type": item.item_type,
        "date_display": item.date_display,
        "accession_number": item.accession_number,
        "image": image,
        "image_url": thumbnail_url(image),
        "alt_text": (image.alt_text or title) if image else "",
        "number": number,
        "label": label,
    }


def render_cards(entries: Iterable[tuple[Any, Any, Any]]) -> list[SafeString]:
    """The cards of ``(record, number, label)`` entries, in order, rendered in one pass:
    one Context for the whole list, each card's values pushed on it and popped, rather
    than a template lookup and a new Context per card (a tenth of a card's time)."""
    # The site's one Django template engine, its cached loader keeping the compiled card.
    template = Engine.get_default().get_template(CARD_TEMPLATE)
    context = Context(autoescape=template.engine.autoescape)
    cards = []
    for item, number, label in entries:
        with context.push(card_context(item, number, label)):
            # Rendered by the template engine, which escapes.
            cards.append(mark_safe(template.render(context)))  # noqa: S308
    return cards


def object_cards(items: Iterable) -> list[SafeString]:
    """The cards of a list's records (read with ``for_listing()``), or of the ``Card``s
    the cache gave for them, in order."""
    items = list(items)
    fresh = iter(render_cards((item, "", "") for item in items if not isinstance(item, Card)))
    return [item.html if isinstance(item, Card) else next(fresh) for item in items]


def cache_prefix(*, version: int) -> str:
    """Where the cards of this index version, language and script prefix are kept."""
    return f"card:{CARD_FORMAT}:{version}:{get_language()}:{get_script_prefix()}:"


def cached_cards(keys: list[int], queryset: QuerySet, *, version: int) -> list[Card]:
    """The cards of these records, in this order: from the cache, and the others read
    from ``queryset`` (a ``for_listing()`` one) in one query, rendered and kept; a key
    it does not admit is left out. A cached card is not checked against ``queryset``
    again: the keys must come from a window over the same published records (the
    cache holds public cards only, for every page that shows them)."""
    prefix = cache_prefix(version=version)
    found = cache.get_many([f"{prefix}{pk}" for pk in keys])
    missing = [pk for pk in keys if f"{prefix}{pk}" not in found]
    if missing:
        rows = queryset.order_by().in_bulk(missing)
        cards = render_cards((item, "", "") for item in rows.values())
        fresh = {f"{prefix}{pk}": card for pk, card in zip(rows, cards, strict=True)}
        cache.set_many(fresh, CARD_CACHE_SECONDS)
        found.update(fresh)
    return [Card(pk, found[f"{prefix}{pk}"]) for pk in keys if f"{prefix}{pk}" in found]
