"""Staff pages for assembling an exhibition: adding many objects at once, and ordering them.

Mounted in the admin by ExhibitionAdmin.get_urls, which checks permissions and passes the
admin's page context."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collections_app.models import CollectionItem, ItemImage
from core.locking import changes_since, describe_changes
from core.models import StaleVersion
from exhibitions import services
from exhibitions.forms import MAX_CANDIDATES, AddObjectsForm, parse_ids
from exhibitions.models import Exhibition, ExhibitionItem

PRIMARY_IMAGES = Prefetch(
    "images", queryset=ItemImage.objects.filter(is_primary=True), to_attr="primary_images"
)


def _candidates(request) -> tuple[list[int], str | None]:
    """Which objects are offered: ids from the collection list's action, or the results of a
    public catalogue search (its URL parameters), at most MAX_CANDIDATES."""
    source = request.POST if request.method == "POST" else request.GET
    raw = source.get("candidates") or source.get("items")
    if raw is not None:
        try:
            ids = parse_ids(raw)
        except ValueError:
            return [], _("The list of objects in the address is not valid.")
        return ids[:MAX_CANDIDATES], None
    query = request.GET.copy()
    query.pop("exhibition", None)
    if not query:
        return [], None
    # The search is the catalogue's, named in settings as Django names its email backend:
    # search sits above exhibitions (it indexes them), so exhibitions never import it.
    find = import_string(settings.EXHIBITIONS_RECORD_FINDER)
    ids, problems = find(query, limit=MAX_CANDIDATES)
    return ids, " ".join(problems) if problems else None


def add_objects(request, context: dict):
    candidate_ids, problem = _candidates(request)
    initial = {"items": candidate_ids}
    try:
        initial["exhibition"] = int(request.GET.get("exhibition", ""))
    except ValueError:
        pass
    form = AddObjectsForm(
        request.POST if request.method == "POST" else None,
        candidate_ids=candidate_ids,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        exhibition = form.cleaned_data["exhibition"]
        items = form.cleaned_data["items"]
        try:
            added = services.add_items(
                exhibition=exhibition,
                items=items,
                section=form.cleaned_data["section"],
                user=request.user,
            )
        except services.BookingConflict as conflict:
            form.add_error(None, conflict.messages)
        else:
            skipped = len(items) - len(added)
            message = ngettext(
                "%(count)d object added to “%(exhibition)s”.",
                "%(count)d objects added to “%(exhibition)s”.",
                len(added),
            ) % {"count": len(added), "exhibition": exhibition}
            if skipped:
                message += " " + ngettext(
                    "%(count)d was already in it.", "%(count)d were already in it.", skipped
                ) % {"count": skipped}
            messages.success(request, message)
            return redirect("admin:exhibitions_exhibition_arrange", exhibition.pk)
    objects = (
        CollectionItem.objects.filter(pk__in=candidate_ids)
        .prefetch_related(PRIMARY_IMAGES)
        .order_by("accession_number", "pk")
    )
    chosen = {str(v) for v in (form["items"].value() or [])}
    return TemplateResponse(
        request,
        "exhibitions/admin/add_objects.html",
        {
            **context,
            "title": _("Add objects to an exhibition"),
            "form": form,
            "rows": [(obj, str(obj.pk) in chosen) for obj in objects],
            "problem": problem,
            "max_candidates": MAX_CANDIDATES,
        },
    )


def _placement(post, entries: dict[int, ExhibitionItem], section_order: dict) -> list:
    """The order the form asks for: rows sorted by (section, the number typed or set by the
    drag-and-drop script, the row's place on the page)."""
    wanted = []
    for index, raw_id in enumerate(post.getlist("entry")):
        entry_id = int(raw_id)
        raw_section = post.get(f"section-{entry_id}", "")
        section_id = int(raw_section) if raw_section else None
        number = int(post.get(f"position-{entry_id}") or 0)
        if entry_id not in entries or section_id not in section_order:
            raise ValueError(entry_id)
        wanted.append(((section_order[section_id], number, index), entry_id, section_id))
    wanted.sort()
    return [(entry_id, section_id) for _key, entry_id, section_id in wanted]


def _entries(exhibition: Exhibition) -> dict[int, ExhibitionItem]:
    """The exhibition's objects in display order, with what a row of the page shows."""
    return {
        e.pk: e
        for e in exhibition.exhibition_items.select_related("item")
        .prefetch_related(
            Prefetch("item__images", queryset=PRIMARY_IMAGES.queryset, to_attr="primary_images")
        )
        .in_display_order()
    }


def _groups(sections, entries) -> list:
    groups = [(None, [])] + [(section, []) for section in sections]
    by_section = {section.pk if section else None: rows for section, rows in groups}
    for entry in entries:
        by_section[entry.section_id].append(entry)
    return groups


def _as_placed(entries: dict[int, ExhibitionItem], placement, sections) -> list:
    """The entries in the order someone placed them (not saved), then any added since."""
    placed = []
    live = {None, *(section.pk for section in sections)}
    for entry_id, section_id in placement:
        if entry_id in entries:
            if section_id in live:
                entries[entry_id].section_id = section_id
            placed.append(entries[entry_id])
    seen = {entry.pk for entry in placed}
    return placed + [entry for pk, entry in entries.items() if pk not in seen]


def arrange(request, exhibition: Exhibition, context: dict):
    sections = list(exhibition.sections.all())
    section_order = {None: -1, **{s.pk: i for i, s in enumerate(sections)}}
    entries = _entries(exhibition)
    if request.method == "POST":
        try:
            placement = _placement(request.POST, entries, section_order)
            if entries and not placement:
                raise ValueError("no rows posted")
            base = int(request.POST.get("version", ""))
            services.arrange(
                exhibition=exhibition, placement=placement, user=request.user, version=base
            )
        except StaleVersion:
            return _arrange_conflict(request, exhibition, context, placement, base)
        except (ValueError, ValidationError):
            messages.error(
                request,
                _(
                    "The order could not be saved: the page is out of date. Nothing was changed; "
                    "here is the current order."
                ),
            )
        else:
            messages.success(request, _("The new order is saved."))
        return redirect("admin:exhibitions_exhibition_arrange", exhibition.pk)
    return _arrange_page(request, exhibition, context, sections, entries.values())


def _arrange_page(request, exhibition, context, sections, entries, **extra):
    return TemplateResponse(
        request,
        "exhibitions/admin/arrange.html",
        {
            **context,
            "title": _("Arrange the objects of “%(exhibition)s”") % {"exhibition": exhibition},
            "exhibition": exhibition,
            "version": exhibition.version,
            "groups": _groups(sections, entries),
            "sections": sections,
            "change_url": reverse("admin:exhibitions_exhibition_change", args=[exhibition.pk]),
            "add_url": reverse("admin:exhibitions_exhibition_add_objects")
            + f"?exhibition={exhibition.pk}",
            **extra,
        },
    )


def _arrange_conflict(request, exhibition, context, placement, base: int):
    """Someone changed the exhibition since the page was shown: say who and what, show the
    order saved now, and show the page again with this person's order, based on the
    current version, so that saving again replaces the saved order knowingly."""
    try:
        exhibition.refresh_from_db()
    except Exhibition.DoesNotExist:
        messages.error(request, _("This exhibition was deleted after you opened the page."))
        return redirect("admin:exhibitions_exhibition_changelist")
    sections = list(exhibition.sections.all())
    current = _entries(exhibition)
    changes = describe_changes(Exhibition, changes_since(exhibition, version=base))
    messages.error(
        request,
        _(
            "Someone else changed this exhibition after you opened the page: %(changes)s. "
            "Your order, below, has not been saved; the order saved now is listed under it. "
            "Save again to replace it with yours, or reload the page to start from it."
        )
        % {"changes": changes},
    )
    return _arrange_page(
        request,
        exhibition,
        context,
        sections,
        _as_placed(_entries(exhibition), placement, sections),
        current_groups=_groups(sections, current.values()),
    )
