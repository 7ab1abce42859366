"""Public pages; config/urls.py mounts them under a language prefix (/kk/, /ru/, /en/).
Every argument goes through a strict converter (catalogue.converters)."""

from django.urls import path, register_converter

from catalogue import views
from catalogue.converters import (
    AccessionNumberConverter,
    CountryCodeConverter,
    KeyConverter,
    SlugConverter,
)

register_converter(AccessionNumberConverter, "accession")
register_converter(CountryCodeConverter, "iso")
register_converter(KeyConverter, "key")
register_converter(SlugConverter, "short_slug")

app_name = "catalogue"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("catalogue/", views.CatalogueView.as_view(), name="search"),
    path(
        "catalogue/facets/",
        views.CatalogueFacetsView.as_view(fragment=True),
        name="facets",
    ),
    path("catalogue/filters/", views.CatalogueFacetsView.as_view(), name="refine"),
    path(
        "objects/<accession:accession_number>/",
        views.ObjectDetailView.as_view(),
        name="object",
    ),
    path("people/<key:pk>/", views.PersonDetailView.as_view(), name="person"),
    path("countries/<iso:iso_code>/", views.CountryDetailView.as_view(), name="country"),
    path("organizations/<key:pk>/", views.OrganizationDetailView.as_view(), name="organization"),
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/<short_slug:slug>/", views.EventDetailView.as_view(), name="event"),
    path("exhibitions/", views.ExhibitionListView.as_view(), name="exhibition_list"),
    path("exhibitions/<short_slug:slug>/", views.ExhibitionDetailView.as_view(), name="exhibition"),
]
