"""Printed and exported outputs of an exhibition for staff: the checklist (a page to print and
a CSV), wall labels and a one-page summary.

Mounted in the admin by ExhibitionAdmin.get_urls, which loads the exhibition, checks the
view permission and passes the admin's page context. Each page is rendered whole in the
language chosen with ``?lang=`` (the active language by default), so the fixed words and
the record fields agree; what the rows show is built in exhibitions/outputs.py."""

import csv
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import get_language_info, pgettext
from django.utils.translation import gettext as _

from core.i18n import LANGUAGE_CODES
from exhibitions import outputs
from exhibitions.models import Exhibition

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _language(request: HttpRequest) -> tuple[str, str]:
    """The chosen language, and the value asked for when it was not a language we have."""
    asked = request.GET.get("lang", "")
    language, usable = outputs.chosen_language(asked)
    return language, "" if usable else asked[:20]


def _page(
    request: HttpRequest,
    exhibition: Exhibition,
    context: dict,
    template: str,
    name: str,
    extra: dict,
) -> HttpResponse:
    """Render an output page entirely in the chosen language, with the links every output
    page shows: back to the exhibition, the other outputs, the languages."""
    language, unknown = _language(request)

    def url(page: str) -> str:
        path = reverse(f"admin:exhibitions_exhibition_{page}", args=[exhibition.pk])
        return f"{path}?lang={language}"

    with translation.override(language):
        response = render(
            request,
            template,
            {
                **context,
                **extra,
                "exhibition": exhibition,
                "page": name,
                "language": language,
                "unknown_language": unknown,
                "languages": [
                    {
                        "code": code,
                        "name": get_language_info(code)["name_local"],
                        "url": f"?lang={code}",
                        "current": code == language,
                    }
                    for code in LANGUAGE_CODES
                ],
                "change_url": reverse("admin:exhibitions_exhibition_change", args=[exhibition.pk]),
                "urls": {
                    page: url(page) for page in ("checklist", "checklist_csv", "labels", "summary")
                },
                "printed_at": timezone.localtime(),
            },
        )
    response.headers["Content-Language"] = language
    return response


def checklist(request: HttpRequest, exhibition: Exhibition, context: dict) -> HttpResponse:
    """The installers' checklist: every object by section, numbered, with its label."""
    outputs.prefetch_header(exhibition)
    return _page(
        request,
        exhibition,
        context,
        "exhibitions/outputs/checklist.html",
        "checklist",
        {"groups": outputs.checklist_rows(exhibition)},
    )


def labels(request: HttpRequest, exhibition: Exhibition, context: dict) -> HttpResponse:
    """Wall labels, one per object, several to an A4 sheet."""
    groups = outputs.checklist_rows(exhibition, empty_sections=False)
    rows = [row for group in groups for row in group.entries]
    return _page(
        request, exhibition, context, "exhibitions/outputs/labels.html", "labels", {"rows": rows}
    )


def summary(request: HttpRequest, exhibition: Exhibition, context: dict) -> HttpResponse:
    """The exhibition on one page: dates, venues, people and counts."""
    outputs.prefetch_header(exhibition, people=True)
    return _page(
        request,
        exhibition,
        context,
        "exhibitions/outputs/summary.html",
        "summary",
        {"summary": outputs.summary(exhibition), "stage": exhibition.stage()},
    )


def _cell(value: object) -> object:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


def _csv_rows(exhibition: Exhibition) -> Iterable[list]:
    """The header row, then one row per object, in the checklist's order; the same words as
    the printed checklist."""
    yield [
        _("Section"),
        pgettext("running number", "No."),
        _("Accession number"),
        _("Title"),
        _("Record type"),
        _("Date"),
        _("Label"),
        _("Case or wall"),
        _("Display notes"),
        _("Published"),
    ]
    for group in outputs.checklist_rows(exhibition, empty_sections=False):
        for row in group.entries:
            item = row.item
            yield [
                str(group.title),
                row.number,
                item.accession_number,
                item.title,
                item.get_item_type_display(),
                item.date_display,
                row.entry.label,
                row.entry.case_number,
                row.entry.display_notes,
                _("yes") if row.is_published else _("no"),
            ]


def checklist_csv(request: HttpRequest, exhibition: Exhibition, context: dict) -> HttpResponse:
    """The checklist's rows as CSV for a spreadsheet, in the chosen language."""
    language, _unknown = _language(request)
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": content_disposition_header(
                True, f"{exhibition.slug}-checklist.csv"
            ),
            "Content-Language": language,
        },
    )
    # The byte order mark makes Excel read the file as UTF-8 (Cyrillic, Kazakh letters).
    response.write("\ufeff")
    writer = csv.writer(response)
    with translation.override(language):
        for values in _csv_rows(exhibition):
            writer.writerow([_cell(value) for value in values])
    return response
