"""Public pages; config/urls.py mounts them under a language prefix (/kk/, /ru/, /en/)."""

from django.urls import path, register_converter

from catalogue import views
from catalogue.converters import AccessionNumberConverter

register_converter(AccessionNumberConverter, "accession")

app_name = "catalogue"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("catalogue/", views.CatalogueView.as_view(), name="search"),
    path(
        "objects/<accession:accession_number>/",
        views.ObjectDetailView.as_view(),
        name="object",
    ),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person"),
    path("countries/<str:iso_code>/", views.CountryDetailView.as_view(), name="country"),
    path("organizations/<int:pk>/", views.OrganizationDetailView.as_view(), name="organization"),
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event"),
    path("exhibitions/", views.ExhibitionListView.as_view(), name="exhibition_list"),
    path("exhibitions/<slug:slug>/", views.ExhibitionDetailView.as_view(), name="exhibition"),
]
