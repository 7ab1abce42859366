"""What the printed and exported outputs of an exhibition show: the checklist (shared by the
HTML page, the CSV and the wall labels) and the counts of the one-page summary.

Each builder reads a fixed number of queries however many objects the exhibition holds.
Staff outputs show every object of the exhibition, drafts included, and mark the ones whose
record is not published."""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from authorities.models import Material
from collections_app.models import CollectionItem, ItemImage, ItemType
from core.i18n import LANGUAGE_CODES, language_order
from core.models import PublicationStatus
from exhibitions.models import Exhibition, ExhibitionItem, ExhibitionVenue, Section

__all__ = [
    "ChecklistEntry",
    "ChecklistSection",
    "Summary",
    "active_language",
    "checklist_rows",
    "chosen_language",
    "prefetch_header",
    "summary",
]

NOT_IN_A_SECTION = _("Not in a section")


def active_language() -> str:
    """The request's language as one of the site's codes ("ru" for "ru-ru")."""
    code = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return code if code in LANGUAGE_CODES else settings.LANGUAGE_CODE[:2]


def chosen_language(value: str | None) -> tuple[str, bool]:
    """The language asked for (``?lang=kk``) and whether the request was usable. No value or an
    unknown one gives the active language; the flag is False only for an unknown value."""
    if not value:
        return active_language(), True
    if value in LANGUAGE_CODES:
        return value, True
    return active_language(), False


def prefetch_header(exhibition: Exhibition, *, people: bool = False) -> Exhibition:
    """Load what a page header shows: the stops with their venues (one query), and with
    ``people`` the organizers, partners and curators (three more)."""
    lookups: list = [
        Prefetch("stops", queryset=ExhibitionVenue.objects.select_related("venue__place"))
    ]
    if people:
        lookups += ["organizers", "partners", "curators"]
    prefetch_related_objects([exhibition], *lookups)
    return exhibition


@dataclass
class ChecklistEntry:
    """One object as the checklist and the labels show it, with its running number."""

    number: int
    entry: ExhibitionItem

    @property
    def item(self) -> CollectionItem:
        return self.entry.item

    @property
    def image(self) -> ItemImage | None:
        return self.item.primary_image

    @property
    def is_published(self) -> bool:
        return self.item.status == PublicationStatus.PUBLISHED

    @property
    def materials(self) -> list[Material]:
        """A gift's materials (prefetched); other records have none."""
        if self.item.item_type != ItemType.GIFT:
            return []
        return list(self.item.diplomaticgift.materials.all())

    @property
    def label_language(self) -> str | None:
        """The language the label is actually in for the active language (after the model's
        fallbacks), or None when the object has no label in any language."""
        for code in language_order():
            if getattr(self.entry, f"label_{code}", ""):
                return code
        return None

    @property
    def label_is_fallback(self) -> bool:
        """Whether the label shown is borrowed from another language."""
        language = self.label_language
        return language is not None and language != active_language()


@dataclass
class ChecklistSection:
    """A section (or the objects in none) with its entries in display order."""

    section: Section | None
    entries: list[ChecklistEntry] = field(default_factory=list)

    @property
    def title(self) -> str | Promise:
        return self.section.title if self.section else NOT_IN_A_SECTION

    @property
    def anchor(self) -> str:
        return f"section-{self.section.pk}" if self.section else "no-section"


def checklist_rows(
    exhibition: Exhibition, *, empty_sections: bool = True
) -> list[ChecklistSection]:
    """The exhibition's objects grouped by section: objects in no section first, then each
    section in its order; entries numbered 1, 2, 3 ... across the whole exhibition.

    Empty sections are kept (``empty_sections``) so the checklist shows what is still to
    fill; the group of objects in no section appears only when it has any."""
    groups = [ChecklistSection(None)] + [
        ChecklistSection(section) for section in Section.objects.filter(exhibition=exhibition)
    ]
    by_section = {group.section.pk if group.section else None: group for group in groups}
    for entry in exhibition.exhibition_items.for_checklist():
        by_section[entry.section_id].entries.append(ChecklistEntry(0, entry))
    groups = [g for g in groups if g.entries or (g.section is not None and empty_sections)]
    number = 0
    for group in groups:
        for row in group.entries:
            number += 1
            row.number = number
    return groups


@dataclass
class Summary:
    """The counts of the one-page summary."""

    total: int
    published: int
    by_type: list[tuple[str | Promise, int]]
    sections: list[Section]  # each with ``object_count``
    not_in_a_section: int

    @property
    def not_published(self) -> int:
        return self.total - self.published


def summary(exhibition: Exhibition) -> Summary:
    """Counts by record type and publication, and per section: two queries."""
    counts: Counter = Counter()
    for item_type, status, count in (
        ExhibitionItem.objects.filter(exhibition=exhibition)
        .order_by()
        .values_list("item__item_type", "item__status")
        .annotate(count=Count("pk"))
    ):
        counts[item_type, status] += count
    sections = list(
        Section.objects.filter(exhibition=exhibition)
        .annotate(object_count=Count("entries"))
        # Meta.ordering does not apply to a grouped query.
        .order_by("position", "id")
    )
    total = sum(counts.values())
    by_type = [
        (label, sum(n for (kind, _status), n in counts.items() if kind == value))
        for value, label in ItemType.choices
    ]
    return Summary(
        total=total,
        published=sum(n for (_kind, s), n in counts.items() if s == PublicationStatus.PUBLISHED),
        by_type=by_type,
        sections=sections,
        not_in_a_section=total - sum(s.object_count for s in sections),
    )
