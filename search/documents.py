"""What a record's search document says: every name it is linked to, in every script."""

from collections.abc import Iterable, Iterator
from functools import lru_cache

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Manager, Prefetch, QuerySet
from django.utils import translation

from authorities.models import Person, Place
from collections_app.models import CollectionItem, ItemType
from core.i18n import LANGUAGE_CODES
from search.links import FACETS, LINKED, Path
from search.translit import joined_forms, skeleton_words


def _reads() -> tuple[list[str], list[str | Prefetch]]:
    """The select_related and prefetch_related arguments that load every row along the
    paths of search.links.LINKED, with each authority's further names."""
    joined: list[str] = []
    prefetched: list[str | Prefetch] = []
    for linked in LINKED.values():
        for path in linked.paths:
            prefix, _, last = path.lookup.rpartition("__")
            if linked.key_only:
                # Nothing but the key and the status is read: join them to the link rows.
                link_rows = path.fields[-2].related_model.objects.select_related(last)
                prefetched.append(Prefetch(prefix, queryset=link_rows))
            elif linked.names:
                queryset = linked.model._default_manager.prefetch_related(linked.names)
                prefetched.append(Prefetch(path.lookup, queryset=queryset))
                if prefix and not Path(prefix).many:
                    joined.append(prefix)
            elif path.many:
                prefetched.append(path.lookup)
            else:
                joined.append(path.lookup)
    return joined, prefetched


def for_indexing(queryset: QuerySet[CollectionItem]) -> QuerySet[CollectionItem]:
    """Everything ``document_text`` and ``facet_values`` read, in a fixed number of
    queries per batch."""
    joined, prefetched = _reads()
    return queryset.select_related(*joined).prefetch_related(*prefetched)


def _translations(obj, base: str) -> list[str]:
    return [getattr(obj, f"{base}_{code}", "") for code in LANGUAGE_CODES]


def _person_names(person: Person | None) -> list[str]:
    return person.all_names() if person else []


def _place_names(place: Place | None) -> list[str]:
    """A place's names, spaced ones also as one word: places are written both ways (Nur
    Sultan, Nursultan; Ak Orda, Akorda). Only places: a person's or a title's words joined
    ("erzhanabdirahmanov") are never typed, and they made every first name the prefix of
    so many indexed words that its search read them all (search.models.Lexeme)."""
    if not place:
        return []
    names = place.all_names()
    return [*names, *(joined for name in names for joined in joined_forms(name))]


@lru_cache(maxsize=16)
def _type_words(item_type: str) -> list[str]:
    words = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            words.append(str(ItemType(item_type).label))
    return words


def _child(item: CollectionItem, name: str):
    try:
        return getattr(item, name)
    except CollectionItem.DoesNotExist:  # the child row is missing: index what we have
        return None


def document_text(item: CollectionItem) -> tuple[list[str], list[str]]:
    """The raw phrases of a record's search document: (names, body)."""
    names = [item.accession_number, *_translations(item, "title"), *_type_words(item.item_type)]
    body = [*_translations(item, "description"), item.date_display, item.credit_line]

    for country in item.countries.all():
        names += [*_translations(country, "name"), country.iso_code]
    for organization in item.organizations.all():
        names += [*_translations(organization, "name"), organization.abbreviation]
    for subject in item.subjects.all():
        names += _translations(subject, "name")
    names += _place_names(item.place)
    # Only published events: a search must not reveal a draft event's title.
    for event in item.events.all():
        if event.is_public:
            names += _translations(event, "title")
            names += _place_names(event.place)
    for link in item.person_links.all():
        names += _person_names(link.person)

    if item.item_type == ItemType.DOCUMENT and (doc := _child(item, "archivaldocument")):
        names += [doc.reference_code]
        if doc.holding_archive:
            names += _translations(doc.holding_archive, "name")
        body += [doc.transcription]
    elif item.item_type == ItemType.PHOTOGRAPH and (photo := _child(item, "photograph")):
        names += _person_names(photo.photographer)
    elif item.item_type == ItemType.GIFT and (gift := _child(item, "diplomaticgift")):
        names += _person_names(gift.giver) + _person_names(gift.recipient)
        for material in gift.materials.all():
            names += _translations(material, "name")
        if gift.giving_country:
            names += _translations(gift.giving_country, "name")
        if gift.giving_organization:
            names += _translations(gift.giving_organization, "name")
        if gift.occasion and gift.occasion.is_public:
            names += _translations(gift.occasion, "title")
        body += [gift.giver_title, gift.recipient_title, gift.technique]
    return [n for n in names if n], [b for b in body if b]


@lru_cache(maxsize=200_000)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    # Names repeat across thousands of records: transliterate each phrase once.
    return tuple(skeleton_words(phrase))


def _along(obj, lookup: str) -> list:
    """The rows a prefetched record reaches along a lookup (none where a record type's
    own row is missing or a key is empty)."""
    rows = [obj]
    for name in lookup.split("__"):
        reached: list = []
        for row in rows:
            try:
                value = getattr(row, name)
            except ObjectDoesNotExist:
                continue
            if isinstance(value, Manager):
                reached += value.all()
            elif value is not None:
                reached.append(value)
        rows = reached
    return rows


def facet_values(item: CollectionItem) -> set[tuple[str, str]]:
    """(facet, value) pairs of a record: how the catalogue filters and counts it, along
    the direct paths of search.links.LINKED, read from the prefetched record."""
    pairs = {("type", item.item_type)}
    for key in FACETS:
        linked = LINKED[key]
        for path in linked.direct_paths:
            pairs |= {
                (key, str(row.pk))
                for row in _along(item, path.lookup)
                if not linked.public_only or row.is_public
            }
    return pairs


def skeletonise(phrases: Iterable[str]) -> str:
    """Skeleton words of every phrase, each word once."""
    words: dict[str, None] = {}
    for phrase in phrases:
        for word in _phrase_words(phrase):
            words[word] = None
    return " ".join(words)


def build(item: CollectionItem) -> tuple[str, str]:
    names, body = document_text(item)
    return skeletonise(names), skeletonise(body)


def iter_documents(queryset: QuerySet[CollectionItem], batch_size: int = 500) -> Iterator:
    """(item pk, names, body, facet pairs) for every record, in batches with prefetches."""
    pks = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        batch = for_indexing(CollectionItem.objects.filter(pk__in=pks[start : start + batch_size]))
        for item in batch:
            yield (item.pk, *build(item), facet_values(item))
