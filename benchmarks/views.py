"""Reference views for the benchmark only (mounted when BENCHMARK_VIEWS is on):
the framework's ceiling, and the naive search the catalogue is measured against."""

from django.db.models import Q
from django.shortcuts import render

from collections_app.models import CollectionItem


def bare(request):
    """The base template, no database: what a page costs before any work."""
    return render(request, "base.html", {})


def naive_search(request):
    """What a plain LIKE search costs: icontains over titles and people's names."""
    q = request.GET.get("q", "")
    condition = Q()
    for field in (
        "title_en",
        "title_ru",
        "title_kk",
        "description_en",
        "people__name_en",
        "people__name_ru",
        "people__variants__name",
        "place__name_en",
        "countries__name_en",
    ):
        condition |= Q(**{f"{field}__icontains": q})
    matches = CollectionItem.objects.public().filter(condition).distinct()
    results = list(matches.order_by("-date_earliest", "accession_number")[:20])
    return render(
        request,
        "benchmarks/naive.html",
        {"results": results, "count": matches.count(), "q": q},
    )
