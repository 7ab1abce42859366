"""The sitemap: every published record, event and exhibition, and the people, countries
and organizations with published records, each in the three languages with alternates.

/sitemap.xml is an index of one sitemap per section (/sitemap-objects.xml, ...), so a
section that outgrows one file (50,000 addresses, about 16,000 records in three
languages) continues on ?p=2 and the index lists every page."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from authorities.models import Country, Organization, Person
from collections_app.models import CollectionItem
from events.models import Event
from exhibitions.models import Exhibition
from search import links


class PublicSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PageSitemap(PublicSitemap):
    priority = 0.8
    changefreq = "daily"

    def items(self):
        return [
            "catalogue:home",
            "catalogue:search",
            "catalogue:event_list",
            "catalogue:exhibition_list",
        ]

    def location(self, item):
        return reverse(item)


class DatedSitemap(PublicSitemap):
    """Published things with ``updated_at``; the index's date comes from one aggregate
    rather than from reading every item."""

    model: type[CollectionItem] | type[Event] | type[Exhibition]
    fields: tuple[str, ...] = ()

    def queryset(self):
        return self.model.objects.public()

    def items(self):
        return self.queryset().only(*self.fields, "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.queryset().aggregate(latest=Max("updated_at"))["latest"]


class RecordSitemap(DatedSitemap):
    priority = 0.6
    model, fields = CollectionItem, ("accession_number",)


class EventSitemap(DatedSitemap):
    model, fields = Event, ("slug",)


class ExhibitionSitemap(DatedSitemap):
    model, fields = Exhibition, ("slug",)


class AuthoritySitemap(PublicSitemap):
    model: type[Person] | type[Country] | type[Organization]
    key = ""

    def items(self):
        return self.model.objects.filter(links.has_public_records(self.key)).order_by("pk")


class PersonSitemap(AuthoritySitemap):
    model, key = Person, "person"


class CountrySitemap(AuthoritySitemap):
    model, key = Country, "country"


class OrganizationSitemap(AuthoritySitemap):
    model, key = Organization, "organization"


SITEMAPS = {
    "pages": PageSitemap,
    "objects": RecordSitemap,
    "events": EventSitemap,
    "exhibitions": ExhibitionSitemap,
    "people": PersonSitemap,
    "countries": CountrySitemap,
    "organizations": OrganizationSitemap,
}
