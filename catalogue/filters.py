"""The public catalogue's search, filters, sorting and facet counts.

``CatalogueFilterSet`` receives the view's queryset (``CollectionItem.objects.public()
.for_listing()``), so the records it returns are published and carry their primary image.
Within one filter the chosen options are alternatives (Kazakhstan or Japan); different
filters narrow each other (a gift from Japan). Parameters that cannot be used are
dropped and reported in ``problems``, never an error page.
"""

import datetime
import hashlib
import json
from collections.abc import Callable

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, F, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.db.models.query import EmptyQuerySet
from django.http import HttpRequest
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelMultipleChoiceField

from authorities.models import Country, Material, Person
from catalogue import links
from catalogue.pagination import ResultPage, paginate, paginate_summary
from collections_app.models import CollectionItem, ItemImage, ItemType
from core.bounds import KeyCheckMixin
from core.i18n import language_order
from events.models import Event
from exhibitions.models import Exhibition
from search.backends import (
    MAX_QUERY_LENGTH,
    PreparedQuery,
    Summary,
    order_by_relevance,
    prepare_query,
    search_items,
    summarise,
)
from search.models import ItemFacet

FACET_LIMIT = 12


class Sort:
    RELEVANCE = "relevance"
    DATE = "date"
    DATE_DESC = "-date"
    TITLE = "title"
    ACCESSION = "accession"

    CHOICES = [
        (RELEVANCE, _("Relevance")),
        (DATE, _("Date, oldest first")),
        (DATE_DESC, _("Date, newest first")),
        (TITLE, _("Title")),
        (ACCESSION, _("Accession number")),
    ]


class YesNoField(forms.Field):
    TRUE = {"1", "true", "yes", "on"}
    FALSE = {"0", "false", "no", "off"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError(
            _("“%(value)s” is neither yes (1) nor no (0)."), code="invalid", params={"value": value}
        )


class YesNoFilter(django_filters.Filter):
    field_class = YesNoField


class YearFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        kwargs.setdefault(
            "error_messages", {"invalid": _("Enter a year as a number, for example 1992.")}
        )
        super().__init__(*args, **kwargs)


class AuthorityChoiceField(KeyCheckMixin, ModelMultipleChoiceField):
    pass


class AuthorityFilter(django_filters.ModelMultipleChoiceFilter):
    """Records linked to any of the chosen authorities; a key that is not a number the
    database holds (or a code longer than its column) is a message, before any query."""

    field_class = AuthorityChoiceField


class CatalogueForm(forms.Form):
    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and start > end:
            del cleaned["year_from"], cleaned["year_to"]
            raise ValidationError(
                _("The year range %(start)s–%(end)s ends before it begins."),
                params={"start": start, "end": end},
            )
        return cleaned


def public_authorities(key: str, model) -> Callable[[HttpRequest | None], QuerySet]:
    """The choices a filter accepts: published ones, and only those with published records.

    Given to django-filter as a callable, which it calls when it builds the form field
    (once per process, get_form_class): a queryset given as such would be deep-copied
    with the filters for every request, a tenth of the search page's time."""

    def choices(request: HttpRequest | None = None) -> QuerySet:
        queryset = model.objects.public() if hasattr(model.objects, "public") else model.objects
        return queryset.filter(links.has_public_records(key))

    return choices


class CatalogueFilterSet(django_filters.FilterSet):
    # Names are the URL parameters; applied in this order, the search first.
    q = django_filters.CharFilter(method="search", label=_("Search"), max_length=MAX_QUERY_LENGTH)
    type = django_filters.MultipleChoiceFilter(
        choices=ItemType.choices, method="filter_type", label=_("Record type")
    )
    country = AuthorityFilter(
        queryset=public_authorities("country", Country),
        to_field_name="iso_code",
        method="filter_linked",
        label=_("Country"),
    )
    material = AuthorityFilter(
        queryset=public_authorities("material", Material),
        method="filter_linked",
        label=_("Material"),
    )
    event = AuthorityFilter(
        queryset=public_authorities("event", Event),
        to_field_name="slug",
        method="filter_linked",
        label=_("Event"),
    )
    person = AuthorityFilter(
        queryset=public_authorities("person", Person),
        method="filter_linked",
        label=_("Person"),
    )
    exhibition = AuthorityFilter(
        queryset=public_authorities("exhibition", Exhibition),
        to_field_name="slug",
        method="filter_linked",
        label=_("Exhibition"),
    )
    year_from = YearFilter(method="filter_year_from", label=_("From year"))
    year_to = YearFilter(method="filter_year_to", label=_("To year"))
    has_image = YesNoFilter(method="filter_has_image", label=_("With images only"))
    sort = django_filters.ChoiceFilter(
        choices=Sort.CHOICES, method="keep", label=_("Sort by"), empty_label=None
    )

    FACETS = ("type", *links.FACETS)

    class Meta:
        model = CollectionItem
        fields: list[str] = []
        form = CatalogueForm

    def get_form_class(self):
        """The form class, built once per FilterSet class rather than on every request:
        its fields depend only on the filters' declarations (no choices depend on the
        request; each form deep-copies its fields, so a choice field's queryset is read
        afresh every time). Building it cost a third of the FilterSet's time."""
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            type(self)._form_class = form_class
        return form_class

    # Filters -----------------------------------------------------------------------------

    def search(self, queryset, name, value):
        return search_items(queryset, value)

    def filter_type(self, queryset, name, value):
        return queryset.filter(item_type__in=value)

    def filter_linked(self, queryset, name, value):
        if not _given(value):
            return queryset
        keys = [str(obj.pk) for obj in value]
        return queryset.filter(
            Exists(ItemFacet.objects.filter(item=OuterRef("pk"), facet=name, value__in=keys))
        )

    def filter_year_from(self, queryset, name, value):
        latest = Coalesce("date_latest", "date_earliest")
        return queryset.alias(range_end=latest).filter(range_end__gte=datetime.date(value, 1, 1))

    def filter_year_to(self, queryset, name, value):
        earliest = Coalesce("date_earliest", "date_latest")
        return queryset.alias(range_start=earliest).filter(
            range_start__lte=datetime.date(value, 12, 31)
        )

    def filter_has_image(self, queryset, name, value):
        has_image = Exists(ItemImage.objects.filter(item=OuterRef("pk")))
        return queryset.filter(has_image if value else ~has_image)

    def keep(self, queryset, name, value):
        # The order is applied last, in filter_queryset, once the search has ranked.
        return queryset

    # The result --------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self.form.cleaned_data.get("q") or ""

    @property
    def sort_order(self) -> str:
        chosen = self.form.cleaned_data.get("sort")
        if chosen == Sort.RELEVANCE and not self.query:
            chosen = None
        return chosen or (Sort.RELEVANCE if self.query else Sort.DATE)

    @cached_property
    def searched(self) -> QuerySet:
        """The records matching the search words alone: searched once, then narrowed by the
        other filters for the results and for each facet."""
        self.errors  # noqa: B018 - validates the form
        return self.filters["q"].filter(self.queryset.all(), self.query)

    def narrowed(self, *, ignore: str | None = None, search: bool = True) -> QuerySet:
        """The records every given filter but ``ignore`` admits; without the search words
        when ``search`` is false (the search's summary applies them itself)."""
        self.errors  # noqa: B018 - validates the form
        queryset = self.searched if search else self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in ("q", ignore) and _given(value):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def prepared(self) -> PreparedQuery:
        return prepare_query(self.query)

    @property
    def ranked(self) -> bool:
        """Whether the results are a search shown by relevance: then the count, the page
        and the facet counts come from one summary of the matches (search.backends)."""
        self.errors  # noqa: B018 - validates the form
        return bool(self.query) and self.sort_order == Sort.RELEVANCE

    def page(
        self,
        raw_page: str | None,
        *,
        count_facets: bool = True,
        count: int | None = None,
        load: Callable[[list[int], QuerySet], list] | None = None,
    ) -> ResultPage:
        """The page asked for. A ranked search also counts the facets in the same pass
        unless ``count_facets`` is false (the caller has them already); given the
        number of matches (``count``, cached with the facets), it reads the page's
        window alone; ``load`` turns the window's keys into what the page shows
        (catalogue.pagination.paginate_summary)."""
        if not self.ranked:
            return paginate(self.qs, raw_page)

        def summary(offset: int, limit: int) -> Summary:
            records = self.narrowed(search=False)
            if count is not None:
                if offset >= count:
                    return Summary(count, [])  # past the last page: nothing to rank
                # The number of matches bounds the ranking's sort when most of the best
                # matches are shown; with filters most of them may not be, and the
                # bounded window would come back short and be read again.
                window = summarise(
                    records,
                    self.prepared,
                    offset=offset,
                    limit=limit,
                    count=False,
                    matches=None if self._narrowing() else count,
                )
                return Summary(count, window.keys)
            names = self._facet_groups()[0][1] if count_facets else []
            self._summary = summarise(
                records, self.prepared, offset=offset, limit=limit, facets=names
            )
            return self._summary

        return paginate_summary(summary, raw_page, self.queryset, load=load)

    def filter_queryset(self, queryset):
        # ``queryset`` is the view's queryset, which ``searched`` has already searched.
        return self.ordered(self.narrowed())

    def ordered(self, queryset: QuerySet) -> QuerySet:
        sort = self.sort_order
        if sort == Sort.RELEVANCE:
            return order_by_relevance(queryset)
        if sort == Sort.DATE:
            return queryset.order_by(F("date_earliest").asc(nulls_last=True), "accession_number")
        if sort == Sort.DATE_DESC:
            return queryset.order_by(F("date_earliest").desc(nulls_last=True), "accession_number")
        if sort == Sort.TITLE:
            title = Coalesce(
                *(NullIf(f"title_{code}", Value("")) for code in language_order()),
                output_field=CollectionItem._meta.get_field("title_en"),
            )
            return queryset.order_by(Lower(title), "accession_number")
        return queryset.order_by("accession_number")

    # Facets ------------------------------------------------------------------------------

    def facets(self) -> list[dict]:
        """Each facet's options with counts. A facet counts the records matching the search
        and every other filter, so that ticking a second option shows how many it adds.

        One count for all facets without ticked options (they share the filtered set;
        for a ranked search it came with the page's summary), and one for each facet with
        ticked options (its set ignores its own filter); then one query per facet for the
        labels of the options shown."""
        counts: dict[str, dict[str, int]] = {name: {} for name in self.FACETS}
        for ignore, names in self._facet_groups():
            if not names:
                continue
            summary = getattr(self, "_summary", None) if ignore is None else None
            if summary is not None and summary.facets:
                counts.update(summary.facets)
            elif self.ranked:
                counts.update(
                    summarise(
                        self.narrowed(ignore=ignore, search=False), self.prepared, facets=names
                    ).facets
                )
            else:
                rows = (
                    ItemFacet.objects.filter(
                        item__in=self.narrowed(ignore=ignore).order_by().values("pk"),
                        facet__in=names,
                    )
                    .values_list("facet", "value")
                    .annotate(n=Count("pk"))
                    .order_by()
                )
                for facet, value, n in rows:
                    counts[facet][value] = n
        selected = self._selected()
        return [self._type_facet(counts["type"])] + [
            self._authority_facet(name, counts[name], selected.get(name, []))
            for name in self.FACETS[1:]
        ]

    def _selected(self) -> dict[str, list]:
        data = self.form.cleaned_data
        return {name: list(data[name]) for name in self.FACETS if _given(data.get(name))}

    def _facet_groups(self) -> list[tuple[str | None, list[str]]]:
        """(the filter a count ignores, the facets it counts): the facets without ticked
        options together, then each facet with ticked options on its own."""
        selected = self._selected()
        groups = [(None, [name for name in self.FACETS if name not in selected])]
        return groups + [(name, [name]) for name in selected]

    def state_key(self) -> str:
        """A digest of the search and filters (not the sort or page): what the facet
        counts depend on, for caching them."""
        self.errors  # noqa: B018 - validates the form
        state = {}
        for name, value in sorted(self.form.cleaned_data.items()):
            if name == "sort" or not _given(value):
                continue
            if isinstance(value, list | tuple | QuerySet):
                value = sorted(str(getattr(v, "pk", v)) for v in value)
            state[name] = value
        encoded = json.dumps(state, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(encoded.encode()).hexdigest()

    def _type_facet(self, counts: dict[str, int]) -> dict:
        chosen = set(self.form.cleaned_data.get("type") or [])
        return {
            "name": "type",
            "label": str(self.filters["type"].label),
            "options": [
                {
                    "value": value,
                    "label": str(label),
                    "count": counts.get(value, 0),
                    "checked": value in chosen,
                }
                for value, label in ItemType.choices
                # An option that would find nothing is not offered, unless it is ticked.
                if counts.get(value) or value in chosen
            ],
        }

    def _authority_facet(self, name: str, counts: dict[str, int], selected: list) -> dict:
        chosen = {obj.pk for obj in selected}
        ranked = sorted(counts.items(), key=lambda pair: -pair[1])
        shown = {int(value) for value, _n in ranked[:FACET_LIMIT]} | chosen
        objects = self.form.fields[name].queryset.model.objects.filter(pk__in=shown)
        if hasattr(objects, "public"):
            objects = objects.public()
        to_field = self.filters[name].extra.get("to_field_name") or "pk"
        options = [
            {
                "value": getattr(obj, to_field),
                "label": _facet_label(obj),
                "count": counts.get(str(obj.pk), 0),
                "checked": obj.pk in chosen,
            }
            for obj in objects
        ]
        options.sort(key=lambda option: (not option["checked"], -option["count"], option["label"]))
        return {"name": name, "label": str(self.filters[name].label), "options": options}

    # Messages ----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """A sentence for each parameter that could not be used, naming it."""
        messages = []
        for name, errors in self.form.errors.items():
            for error in errors:
                if name == "__all__":
                    messages.append(str(error))
                else:
                    messages.append(f"{self.filters[name].label}: {error}")
        return messages

    def _narrowing(self) -> bool:
        """Whether any filter besides the search words narrows the records."""
        data = self.form.cleaned_data
        return any(_given(data.get(name)) for name in self.filters if name not in ("q", "sort"))

    def active(self) -> bool:
        """Whether the visitor searched or filtered (rather than browsing everything)."""
        return bool(self.query) or self._narrowing()


def _given(value) -> bool:
    if isinstance(value, EmptyQuerySet):
        return False  # an unticked filter: no need to run an empty query to know it
    if isinstance(value, list | tuple | QuerySet):
        return bool(value)  # a QuerySet here was evaluated by the form's validation
    return value not in (None, "")


def _facet_label(obj) -> str:
    if isinstance(obj, Event):
        return f"{obj.title} ({obj.start_date:%Y})"
    if isinstance(obj, Exhibition):
        return obj.title
    return obj.name
