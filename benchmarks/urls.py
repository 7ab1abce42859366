from django.urls import path

from benchmarks import views

urlpatterns = [
    path("bare/", views.bare, name="bench-bare"),
    path("naive/", views.naive_search, name="bench-naive"),
]
