"""The public exhibition page's layout: numbering across sections and pages, the parts of a
page by section, and the sections' table of contents."""

from dataclasses import dataclass, field

from catalogue.pagination import ResultPage
from exhibitions.models import ExhibitionItem, Section


@dataclass
class ExhibitionPart:
    """A run of one page's objects in the same section (``section`` is ``None`` for the
    objects outside any section, which come first). ``continued`` when the section began
    on an earlier page."""

    section: Section | None
    entries: list[ExhibitionItem] = field(default_factory=list)
    continued: bool = False


@dataclass
class SectionLink:
    """A table-of-contents line: a section, its published objects and the page it opens on."""

    section: Section
    count: int
    page: int


def arrange_exhibition(
    order: list[tuple[int, int | None]], page: ResultPage, sections: dict[int, Section]
) -> tuple[list[ExhibitionPart], list[SectionLink]]:
    """Number the page's entries (``entry.number``, counting published objects only, so
    the numbers run on across sections and pages), split them into parts by section, and
    list the sections that have published objects. ``order`` is every published entry of
    the exhibition as ``(pk, section_id)`` in display order."""
    contents: list[SectionLink] = []
    for index, (_pk, section_id) in enumerate(order):
        if section_id not in sections:
            continue
        if contents and contents[-1].section.pk == section_id:
            contents[-1].count += 1
        else:
            contents.append(SectionLink(sections[section_id], 1, index // page.per_page + 1))
    before = page.start_index - 2
    previous_section_id = order[before][1] if before >= 0 else None
    parts: list[ExhibitionPart] = []
    for number, entry in enumerate(page.object_list, start=page.start_index):
        entry.number = number
        if not parts or parts[-1].entries[-1].section_id != entry.section_id:
            continued = (
                not parts
                and entry.section_id is not None
                and entry.section_id == previous_section_id
            )
            parts.append(ExhibitionPart(sections.get(entry.section_id), continued=continued))
        parts[-1].entries.append(entry)
    return parts, contents
