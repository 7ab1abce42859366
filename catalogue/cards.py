"""Cards: a record's summary on every list of objects (search results, home, authority,
event and exhibition pages), as HTML.

A card shows a record's title, type, date, accession number and primary image, in the
visitor's language, and nothing else. A search shown by relevance reads only the primary
keys of its page from the index, so its cards can come from the cache: ``cached_cards``
keeps each card per record and language under the index version (search.IndexVersion),
which grows whenever a record, a name it shows or one of its images changes (search.
receivers), so no process ever serves a stale card, and unpublished records never reach
a page (the ranked window admits published records only).

A list of keys (every catalogue page reads its window's keys first) becomes cards without
model instances: ``read_cards`` reads the columns a card shows, for up to a page of keys,
with one statement compiled once per number of keys and prepared once per connection
(core.prepared), into ``CardRecord``s. Compiling the listing query and building the
records and their images as model instances took longer than the database's part.
"""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache as memoize
from importlib import metadata
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.template import engines
from django.urls import get_script_prefix
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from collections_app.models import CollectionItem, ItemImage, ItemType
from core import prepared
from core.i18n import LANGUAGE_CODES, language_order

CARD_TEMPLATE = "catalogue/includes/_card.html"
# Cards of older index versions are never read again: let them go within the hour.
CARD_CACHE_SECONDS = 3600


def card_format(files: Iterable[Path], *, release: str, media_url: str) -> str:
    """A digest of what a card's HTML depends on besides the record: the release, the
    card template and the words given to it, the compiled translations and where media
    is served from. In the cache key, so a new release, an edited template or a changed
    translation never serves an old card, even from a cache (Redis) shared with another
    release."""
    digest = hashlib.sha256(f"{release}\n{media_url}\n".encode())
    for path in sorted(files):
        digest.update(str(path).encode() + b"\n" + path.read_bytes())
    return digest.hexdigest()[:16]


def card_files() -> list[Path]:
    """The card template, this module (which gives the card its words, ``CardWords``) and
    every compiled translation catalogue (.mo) of the site."""
    here = Path(__file__).resolve()
    template = here.parent / "jinja2" / CARD_TEMPLATE
    catalogues = [
        mo for locale in settings.LOCALE_PATHS for mo in Path(locale).glob("*/LC_MESSAGES/*.mo")
    ]
    return [template, here, *catalogues]


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


def _in_language(texts: dict[str, str]) -> str:
    """The visitor's language's text, else the first in the fallback order."""
    for code in language_order():
        if texts.get(code):
            return texts[code]
    return ""


@dataclass(frozen=True, slots=True)
class CardRecord:
    """What a card shows of a record and its primary image, in every language."""

    pk: int
    item_type: str
    accession_number: str
    titles: dict[str, str]
    date_display: str
    image_url: str  # the thumbnail's, else the master's; "" without a primary image
    alt_texts: dict[str, str]

    @classmethod
    def of(cls, item: CollectionItem) -> "CardRecord":
        """From a record read with ``for_listing()`` (its primary image joined)."""
        image = item.primary_image
        return cls(
            pk=item.pk,
            item_type=item.item_type,
            accession_number=item.accession_number,
            titles={code: getattr(item, f"title_{code}") for code in LANGUAGE_CODES},
            date_display=item.date_display,
            image_url=thumbnail_url(image),
            alt_texts={code: getattr(image, f"alt_text_{code}") for code in LANGUAGE_CODES}
            if image
            else {},
        )


# The columns of a CardRecord, in the order ``_card_record`` reads them.
CARD_COLUMNS = (
    "pk",
    "item_type",
    "accession_number",
    *(f"title_{code}" for code in LANGUAGE_CODES),
    "date_display",
    "listed_image__pk",
    "listed_image__image",
    "listed_image__thumbnail",
    *(f"listed_image__alt_text_{code}" for code in LANGUAGE_CODES),
)
_IMAGE_FIELD = ItemImage._meta.get_field("image")
_THUMBNAIL_FIELD = ItemImage._meta.get_field("thumbnail")


def _card_record(row: tuple) -> CardRecord:
    count = len(LANGUAGE_CODES)
    pk, item_type, number, *rest = row
    titles, (date_display, image_pk, image, thumbnail), alts = (
        rest[:count],
        rest[count : count + 4],
        rest[count + 4 :],
    )
    if image_pk is None:
        url = ""
    elif thumbnail:
        url = _THUMBNAIL_FIELD.storage.url(thumbnail)
    else:
        url = _IMAGE_FIELD.storage.url(image)
    return CardRecord(
        pk=pk,
        item_type=item_type,
        accession_number=number,
        titles=dict(zip(LANGUAGE_CODES, titles, strict=True)),
        date_display=date_display,
        image_url=url,
        alt_texts=dict(zip(LANGUAGE_CODES, alts, strict=True)) if image_pk is not None else {},
    )


@memoize
def _cards_statement(count: int, using: str) -> prepared.Compiled:
    markers = prepared.markers(count)
    queryset = (
        CollectionItem.objects.using(using)
        .public()
        .for_listing()
        .filter(pk__in=markers)
        .order_by()
        .values_list(*CARD_COLUMNS)
    )
    return prepared.compile(queryset, using, markers=markers)


def read_cards(keys: list[int], using: str = "default") -> list[CardRecord]:
    """The ``CardRecord``s of the published records of these keys, in this order (one
    query); a key of no published record is left out."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    rows = prepared.fetch_all(_cards_statement(len(keys), using), *keys, using=using)
    found = {row[0]: _card_record(row) for row in rows}
    return [found[key] for key in keys if key in found]


def card_context(item, number="", label="", *, words: "CardWords | None" = None) -> dict[str, Any]:
    """What the card shows of a record (a ``CardRecord``, or a record read with
    ``for_listing()``), read once in Python: resolving a model's attributes and methods
    in the template (each lookup tries the record as a dict first) cost a fifth of a
    card's time. ``words``: the card's words in the active language, once per list."""
    record = item if isinstance(item, CardRecord) else CardRecord.of(item)
    words = words or CardWords.active()
    title = _in_language(record.titles)
    return {
        "url": CollectionItem.url_of(record.accession_number),
        "title": title,
        "type_label": words.types.get(record.item_type, record.item_type),
        "item_type": record.item_type,
        "date_display": record.date_display,
        "accession_number": record.accession_number,
        "image_url": record.image_url,
        "alt_text": (_in_language(record.alt_texts) or title) if record.image_url else "",
        "number": number,
        "label": label,
        "number_label": words.number,
    }


@dataclass(frozen=True, slots=True)
class CardWords:
    """A card's words in the active language: translated once for a list's cards, not once
    a card (each translation looks up the request's language)."""

    number: str
    types: dict[str, str]

    @classmethod
    def active(cls) -> "CardWords":
        return cls(
            number=gettext("Accession number"),
            types={value: str(label) for value, label in ItemType.choices},
        )


def card_macro():
    """The card's macro (``_card.html``), from the Jinja2 environment's template cache."""
    env = engines["jinja2"].env  # type: ignore[attr-defined]
    return env.get_template(CARD_TEMPLATE).module.card


def render_cards(entries: Iterable[tuple[Any, Any, Any]]) -> list[SafeString]:
    """The cards of ``(record, number, label)`` entries, in order, each a call of the
    card's Jinja2 macro (core/jinja2.py), which escapes."""
    card = card_macro()
    words = CardWords.active()
    return [
        SafeString(card(**card_context(item, number, label, words=words)))
        for item, number, label in entries
    ]


def object_cards(items: Iterable) -> list[SafeString]:
    """The cards of a list's records (``CardRecord``s, or records read with
    ``for_listing()``), or of the ``Card``s the cache gave for them, in order."""
    items = list(items)
    fresh = iter(render_cards((item, "", "") for item in items if not isinstance(item, Card)))
    return [item.html if isinstance(item, Card) else next(fresh) for item in items]


def cache_prefix(*, version: int) -> str:
    """Where the cards of this index version, language and script prefix are kept."""
    return f"card:{CARD_FORMAT}:{version}:{get_language()}:{get_script_prefix()}:"


def public_cards(keys: list[int], queryset: QuerySet | None = None) -> list[CardRecord]:
    """A catalogue page's ``load`` (catalogue.pagination): the ``CardRecord``s of these
    keys of published records (``read_cards``). The keys must come from a window over
    the published records; ``queryset`` (the search's, published records) is not read."""
    return read_cards(keys)


def cached_cards(keys: list[int], queryset: QuerySet | None = None, *, version: int) -> list[Card]:
    """The cards of these published records, in this order: from the cache, and the
    others read (``read_cards``) in one query, rendered and kept; a key of no published
    record is left out. The keys must come from a window over the published records
    (the cache holds public cards only, for every page that shows them); ``queryset``
    (the search's, published records) is not read."""
    prefix = cache_prefix(version=version)
    found = cache.get_many([f"{prefix}{pk}" for pk in keys])
    missing = [pk for pk in keys if f"{prefix}{pk}" not in found]
    if missing:
        records = read_cards(missing)
        cards = render_cards((record, "", "") for record in records)
        fresh = {f"{prefix}{record.pk}": card for record, card in zip(records, cards, strict=True)}
        cache.set_many(fresh, CARD_CACHE_SECONDS)
        found.update(fresh)
    return [Card(pk, found[f"{prefix}{pk}"]) for pk in keys if f"{prefix}{pk}" in found]
