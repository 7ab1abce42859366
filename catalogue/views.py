"""The public website: server-rendered pages over published records only.

Every queryset here starts from ``.public()``; authority pages (people, countries,
organizations) exist only for authorities linked to at least one published record.
"""

from functools import partial
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Subquery
from django.db.models.query import EmptyQuerySet
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView

from authorities.models import Country, Organization, Person
from catalogue import jsonld, record_page, records
from catalogue.cards import cached_cards, object_cards, public_cards
from catalogue.exhibition_page import arrange_exhibition
from catalogue.filters import CatalogueFilterSet, Sort
from catalogue.pagination import (
    page_links,
    paginate,
    paginate_keys,
    paginate_search,
    query_without,
)
from catalogue.site import SITE_NAME, SITE_TAGLINE
from collections_app.models import CollectionItem, ItemImage, ItemType
from collections_app.models.items import NOT_LISTED
from core.jinja2 import render_part
from core.urls import reverse_fixed
from events.models import Event
from exhibitions.models import Exhibition, ExhibitionItem
from search import links
from search.facets import AUTHORITY_FACETS, facet_label
from search.query import RecordSearch, SearchCache

FEATURED_COUNT = 8
HOME_EXHIBITIONS = 3
EVENTS_PER_PAGE = 100
# One page holds a large exhibition whole; only very large ones continue on a second.
EXHIBITION_PER_PAGE = 200


def _summary(text: str, words: int = 40) -> str:
    return Truncator(" ".join((text or "").split())).words(words)


def _image_url(image) -> str:
    if image is None:
        return ""
    return (image.thumbnail or image.image).url


if TYPE_CHECKING:
    from django.views.generic.base import ContextMixin, View

    class _PageView(ContextMixin, View): ...
else:
    _PageView = object


class PublicPageMixin(_PageView):
    """Meta tags every public page carries: title, description, Open Graph, JSON-LD."""

    og_type = "website"

    def absolute(self, url: str) -> str:
        return self.request.build_absolute_uri(url)

    def get_meta(self) -> dict:
        return {}

    def get_jsonld(self) -> dict | None:
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meta = {
            "description": _summary(str(SITE_TAGLINE)),
            "type": self.og_type,
            "url": self.absolute(self.request.path),
            **self.get_meta(),
        }
        if meta.get("image"):
            meta["image"] = self.absolute(meta["image"])
        context["meta"] = meta
        context["jsonld"] = self.get_jsonld()
        return context


class ObjectListMixin(_PageView):
    """A detail page that lists published records linked to its object, 20 a page."""

    def records(self):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = paginate(self.records(), self.request.GET.get("page"))
        return context


def date_order(queryset):
    return queryset.order_by(F("date_earliest").asc(nulls_last=True), "accession_number")


def attach_cover_images(exhibitions: list[Exhibition]) -> None:
    """Give each exhibition ``cover``: for one without its own ``cover_image``, the primary
    image of its first published object (in display order) that has one; ``None`` for one
    with its own. Two queries for any number of exhibitions, none when all have their own."""
    # ``cover`` is an attribute for the templates, not a field: mypy does not know it.
    for exhibition in exhibitions:
        exhibition.cover = None  # type: ignore[attr-defined]
    borrowing = [x for x in exhibitions if not x.cover_image]
    if not borrowing:
        return
    first_images = (
        Exhibition.objects.filter(pk__in=[x.pk for x in borrowing])
        .annotate(
            cover_id=Subquery(
                ExhibitionItem.objects.public()
                .filter(exhibition=OuterRef("pk"), item__images__is_primary=True)
                .in_display_order()
                .values("item__images__pk")[:1]
            )
        )
        .values_list("pk", "cover_id")
    )
    cover_ids = dict(first_images)
    images = (
        ItemImage.objects.select_related("item")
        .defer(*(f"item__{name}" for name in NOT_LISTED))
        .in_bulk([pk for pk in cover_ids.values() if pk])
    )
    for exhibition in borrowing:
        exhibition.cover = images.get(cover_ids.get(exhibition.pk))  # type: ignore[attr-defined]


def cover_url(exhibition: Exhibition, borrowed: ItemImage | None) -> str:
    """The exhibition's own cover image, else the object image it borrows (for sharing)."""
    if exhibition.cover_image:
        return exhibition.cover_image.url
    return _image_url(borrowed)


def mixed_by_type(items: list[CollectionItem], count: int) -> list[CollectionItem]:
    """Up to ``count`` items taking each type in turn, so one busy type does not fill
    the home page."""
    by_type: dict[str, list[CollectionItem]] = {}
    for item in items:
        by_type.setdefault(item.item_type, []).append(item)
    queues = list(by_type.values())
    mixed: list[CollectionItem] = []
    while queues and len(mixed) < count:
        for queue in list(queues):
            if len(mixed) < count:
                mixed.append(queue.pop(0))
            if not queue:
                queues.remove(queue)
    return mixed


# Pages ---------------------------------------------------------------------------------


class HomeView(PublicPageMixin, TemplateView):
    template_name = "catalogue/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        public = CollectionItem.objects.public()
        recent = (
            public.filter(Exists(ItemImage.objects.filter(item=OuterRef("pk"), is_primary=True)))
            .for_listing()
            .order_by("-updated_at", "-pk")[: FEATURED_COUNT * 3]
        )
        context["featured"] = mixed_by_type(list(recent), FEATURED_COUNT)
        counts = dict(public.order_by().values_list("item_type").annotate(n=Count("pk")))
        context["types"] = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in ItemType.choices
        ]
        public_exhibitions = Exhibition.objects.public()
        exhibitions = list(
            (public_exhibitions.current(today) | public_exhibitions.upcoming(today))
            .for_listing()
            .order_by("start_date", "title_en")[:HOME_EXHIBITIONS]
        )
        attach_cover_images(exhibitions)
        context["exhibitions"] = exhibitions
        context["today"] = today
        context["on_this_day"] = list(
            Event.objects.public()
            .on_day(today.month, today.day)
            .for_listing()
            .order_by("start_date")
        )
        return context

    def get_jsonld(self):
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": str(SITE_NAME),
            "url": self.absolute(reverse("catalogue:home")),
            "potentialAction": {
                "@type": "SearchAction",
                "target": self.absolute(reverse("catalogue:search")) + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            },
        }


class CatalogueView(PublicPageMixin, TemplateView):
    """Search and browse. The whole state (search, filters, sort, page) is in the URL.

    The page shows the records and their count; the facet block (the options of each
    filter with their counts) is a request of its own (``CatalogueFacetsView``), fetched
    by static/js/site.js, so counting facets over every match never delays the results.
    Without the script, the ticked options are on the page and a link leads to the
    full list of options."""

    template_name = "catalogue/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = CatalogueFilterSet(self.request.GET)
        params = filterset.params()
        search_cache = SearchCache.current()
        # Over every published record; the page's cards read their own columns (load).
        search = RecordSearch(params, cache=search_cache)
        # Every order reads its window's keys first, then only the cards' columns of those
        # records; a search by relevance keeps its cards in the cache as well.
        load = (
            partial(cached_cards, version=search_cache.version) if params.ranked else public_cards
        )
        query = self.request.GET
        page = paginate_search(search, query.get("page"), load=load)
        state = self._state_query()
        context.update(
            chosen=filterset.form.cleaned_data,
            page=page,
            cards=object_cards(page.object_list),
            links=page_links(query, page),
            without=partial(query_without, query),
            checked=chosen_options(filterset),
            catalogue_url=reverse_fixed("catalogue:search"),
            facets_url=f"{reverse_fixed('catalogue:facets')}?{state}",
            refine_url=f"{reverse_fixed('catalogue:refine')}?{state}",
            problems=filterset.problems(),
            query=params.q,
            sort=params.sort_order,
            searching=params.active(),
            sort_choices=sort_choices(params),
            add_to_exhibition_url=self._add_to_exhibition_url(page),
        )
        context["content"] = render_part("catalogue/search_content.html", context, self.request)
        return context

    def _state_query(self) -> str:
        query = self.request.GET.copy()
        query.pop("page", None)
        return query.urlencode()

    def _add_to_exhibition_url(self, page) -> str | None:
        """For exhibition staff: take these results to the admin's add-objects page."""
        if not page.object_list or not self.request.user.has_perm("exhibitions.add_exhibitionitem"):
            return None
        return f"{reverse('admin:exhibitions_exhibition_add_objects')}?{self._state_query()}"

    def get_meta(self):
        return {"noindex": bool(self.request.GET)}


class CatalogueFacetsView(PublicPageMixin, TemplateView):
    """The facet block of a catalogue search: each filter's options with their counts.

    ``fragment``: the block alone, fetched by the catalogue page's script; otherwise a
    page of its own (the catalogue's "more filters" link, for visitors without the
    script) whose form returns to the catalogue. Parameters that cannot be used are
    named, as on the catalogue, and never an error."""

    fragment = False

    def get_template_names(self):
        if self.fragment:
            return ["catalogue/includes/_facets_block.html"]
        return ["catalogue/refine.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = CatalogueFilterSet(self.request.GET)
        params = filterset.params()
        search = RecordSearch(params, cache=SearchCache.current())
        facets = search.facets()
        context.update(
            form=filterset.form,
            facets=facets,
            problems=filterset.problems(),
            query=params.q,
            sort=params.sort_order,
            sort_choices=sort_choices(params),
            catalogue_url=reverse("catalogue:search"),
        )
        return context

    def get_meta(self):
        return {"noindex": True}


def chosen_options(filterset: CatalogueFilterSet) -> list[tuple[dict, dict]]:
    """(facet, option) for each ticked option, from the validated form (its authorities
    were read to validate them): the page shows them without counting any facet."""
    data = filterset.form.cleaned_data
    chosen = []
    types = dict(ItemType.choices)
    for value in data.get("type") or ():
        chosen.append(
            (
                {"name": "type", "label": filterset.label("type")},
                {"value": value, "label": str(types[value])},
            )
        )
    for facet in AUTHORITY_FACETS:
        value = data.get(facet.name)
        if value is None or isinstance(value, EmptyQuerySet):
            continue
        for obj in value:
            chosen.append(
                (
                    {"name": facet.name, "label": filterset.label(facet.name)},
                    {"value": getattr(obj, facet.to_field), "label": facet_label(obj)},
                )
            )
    return chosen


def sort_choices(params) -> list:
    return [(value, label) for value, label in Sort.CHOICES if params.q or value != Sort.RELEVANCE]


class ObjectDetailView(PublicPageMixin, DetailView):
    template_name = "catalogue/object_detail.html"
    context_object_name = "item"
    og_type = "article"

    page: record_page.RecordPage

    def get_object(self, queryset=None):
        # The record, its own-type row, images and links in two queries (record_page).
        page = record_page.load(self.kwargs["accession_number"])
        if page is None:
            raise Http404
        self.page = page
        return page.item

    def get_context_data(self, **kwargs):
        item, page = self.object, self.page
        child, images = page.child, page.images
        context = super().get_context_data(**kwargs)
        context.update(
            child=child,
            images=images,
            primary=images[0] if images else None,
            others=images[1:],
            facts=records.facts(item, child, page.links),
            permalink=self.absolute(item.get_absolute_url()),
            site_name=SITE_NAME,
            today=timezone.localdate(),
        )
        context["content"] = render_part("catalogue/object_content.html", context, self.request)
        return context

    def get_meta(self):
        item = self.object
        return {
            "title": item.title,
            "description": _summary(item.description) or item.get_item_type_display(),
            "image": _image_url(self.page.images[0] if self.page.images else None),
        }

    def get_jsonld(self):
        page = self.page
        return jsonld.record(page.item, page.child, page.links, page.images, self.absolute)


class AuthorityDetailView(ObjectListMixin, PublicPageMixin, DetailView):
    """A person, country or organization, with its published records. Only authorities
    linked to at least one published record have a page (others are a 404)."""

    key: str
    template_name = "catalogue/authority_detail.html"
    context_object_name = "authority"
    og_type = "profile"

    def get_queryset(self):
        return self.model.objects.filter(links.has_public_records(self.key))

    def records(self):
        return date_order(
            CollectionItem.objects.public()
            .filter(links.linked_to(self.key, [self.object.pk]))
            .for_listing()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        to_field = {"country": "iso_code"}.get(self.key, "pk")
        context["key"] = self.key
        context["catalogue_query"] = f"?{self.key}={getattr(self.object, to_field)}"
        return context

    def get_meta(self):
        return {"title": self.object.name, "description": _summary(self.description())}

    def description(self) -> str:
        return ""


class PersonDetailView(AuthorityDetailView):
    model = Person
    key = "person"

    def get_queryset(self):
        return super().get_queryset().select_related("country").prefetch_related("variants")

    def description(self):
        return self.object.title

    def get_jsonld(self):
        return jsonld.person(self.object, self.absolute)


class CountryDetailView(AuthorityDetailView):
    model = Country
    key = "country"
    slug_field = "iso_code"
    slug_url_kwarg = "iso_code"

    def get_jsonld(self):
        return jsonld.country(self.object, self.absolute)


class OrganizationDetailView(AuthorityDetailView):
    model = Organization
    key = "organization"

    def get_queryset(self):
        return super().get_queryset().select_related("country")

    def description(self):
        return self.object.get_kind_display()

    def get_jsonld(self):
        return jsonld.organization(self.object, self.absolute)


class EventListView(PublicPageMixin, TemplateView):
    """The timeline: published events in date order, grouped by year in the template."""

    template_name = "catalogue/event_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = Event.objects.public().for_listing().order_by("start_date", "title_en")
        context["page"] = paginate(events, self.request.GET.get("page"), per_page=EVENTS_PER_PAGE)
        return context

    def get_meta(self):
        return {"title": _("Events")}


class EventDetailView(ObjectListMixin, PublicPageMixin, DetailView):
    template_name = "catalogue/event_detail.html"
    context_object_name = "event"
    og_type = "article"

    def get_queryset(self):
        return (
            Event.objects.public()
            .for_detail()
            .prefetch_related(
                Prefetch(
                    "exhibitions",
                    queryset=Exhibition.objects.public(),
                    to_attr="public_exhibitions",
                ),
                Prefetch(
                    "participants",
                    queryset=links.with_public_records(Person.objects.all(), "person"),
                ),
                Prefetch(
                    "countries",
                    queryset=links.with_public_records(Country.objects.all(), "country"),
                ),
                Prefetch(
                    "organizations",
                    queryset=links.with_public_records(Organization.objects.all(), "organization"),
                ),
            )
        )

    def records(self):
        return date_order(
            CollectionItem.objects.public()
            .filter(links.linked_to("event", [self.object.pk]))
            .for_listing()
        )

    def get_meta(self):
        return {"title": self.object.title, "description": _summary(self.object.description)}

    def get_jsonld(self):
        return jsonld.event(self.object, self.absolute)


class ExhibitionListView(PublicPageMixin, TemplateView):
    """Current, upcoming and past exhibitions, by their dates (one query for all three)."""

    template_name = "catalogue/exhibition_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        exhibitions = list(
            Exhibition.objects.public().for_listing().order_by("start_date", "title_en")
        )
        attach_cover_images(exhibitions)
        context["current"] = [
            x
            for x in exhibitions
            if x.start_date <= today and (not x.end_date or x.end_date >= today)
        ]
        context["upcoming"] = [x for x in exhibitions if x.start_date > today]
        context["past"] = [x for x in reversed(exhibitions) if x.end_date and x.end_date < today]
        return context

    def get_meta(self):
        return {"title": _("Exhibitions")}


class ExhibitionDetailView(PublicPageMixin, DetailView):
    """An exhibition as a virtual visit: its introduction, then its published objects in
    display order, numbered 1, 2, 3 ... and grouped by section. Up to ``per_page`` (200)
    objects make one page, so a large exhibition reads in one go; a larger one continues on
    further pages with its numbers and sections running on."""

    template_name = "catalogue/exhibition_detail.html"
    context_object_name = "exhibition"
    og_type = "article"
    per_page = EXHIBITION_PER_PAGE

    def get_queryset(self):
        return (
            Exhibition.objects.public()
            .for_detail()
            .prefetch_related(
                Prefetch(
                    "organizers",
                    queryset=links.with_public_records(Organization.objects.all(), "organization"),
                ),
                Prefetch(
                    "partners",
                    queryset=links.with_public_records(Organization.objects.all(), "organization"),
                ),
                "sections",
            )
        )

    def get_context_data(self, **kwargs):
        exhibition = self.object
        shown = ExhibitionItem.objects.filter(exhibition=exhibition).public()
        order = list(shown.in_display_order().values_list("pk", "section_id"))
        entries = (
            shown.select_related("item")
            .defer(*(f"item__{name}" for name in NOT_LISTED))
            .prefetch_related(
                Prefetch(
                    "item__images",
                    queryset=ItemImage.objects.filter(is_primary=True),
                    to_attr="primary_images",
                )
            )
        )
        self.page = paginate_keys(
            [pk for pk, _section in order],
            self.request.GET.get("page"),
            entries,
            per_page=self.per_page,
        )
        sections = {section.pk: section for section in exhibition.sections.all()}
        parts, contents = arrange_exhibition(order, self.page, sections)
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            parts=parts,
            contents=contents if len(contents) > 1 else [],
            stage=exhibition.stage(),
        )
        return context

    def _borrowed_cover(self) -> ItemImage | None:
        """The first object image on the page, for sharing when there is no cover image."""
        for entry in self.page:
            if entry.item.primary_image:
                return entry.item.primary_image
        return None

    def get_meta(self):
        exhibition = self.object
        return {
            "title": exhibition.title,
            "description": _summary(exhibition.summary or exhibition.description),
            "image": cover_url(exhibition, self._borrowed_cover()),
        }

    def get_jsonld(self):
        return jsonld.exhibition(
            self.object,
            self.absolute,
            self._borrowed_cover(),
            works=[entry.item for entry in self.page],
        )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        # Search and filter combinations are endless; every record is in the sitemap.
        *(f"Disallow: /{code}/catalogue/?" for code, _name in settings.LANGUAGES),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
