"""Hostile input answered at the door, before any view (the admin's and third-party
views included) sees it.

A null character in the path, the query string or a cookie is a 400. PostgreSQL cannot
store or compare text containing NUL (psycopg refuses the query: a server error) while
SQLite accepts it, so the same address would behave differently on the two databases; no
address of this site means anything with a NUL in it. Form fields posted in a request
body are left to the forms, which refuse NUL with a message beside the field and keep
what the user typed (Django's CharField and model choice fields do).

An admin address whose object key its model's primary key cannot hold (``abc``, a number
beyond 64 bits, 5,000 digits) is a 404, as the public converters make it. Django's own
change view copes with such keys, but django-simple-history's history pages pass them
straight to a query, and Python refuses to read an integer of more than 4,300 digits.
"""

from django.contrib.admin.utils import unquote
from django.http import Http404, HttpRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.bounds import fits_column

NUL = "\x00"
# The admin searches every word in every search field: thousands of words made SQLite
# refuse the query ("Expression tree is too large").
MAX_ADMIN_SEARCH_WORDS = 20
# SQLite refuses a LIKE pattern of more than 50,000 bytes ("pattern too complex").
MAX_ADMIN_SEARCH_LENGTH = 500


def carries_nul(request: HttpRequest) -> bool:
    if NUL in request.path:
        return True
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in value for value in values):
            return True
    return any(NUL in key or NUL in value for key, value in request.COOKIES.items())


def model_admin_of(view):
    """The ModelAdmin serving ``view``, if any: Django's admin URLs carry it as
    ``model_admin``; views a ModelAdmin wraps with ``admin_view`` are its bound methods."""
    while view is not None:
        owner = getattr(view, "model_admin", None) or getattr(view, "__self__", None)
        if owner is not None and hasattr(owner, "model") and hasattr(owner, "admin_site"):
            return owner
        view = getattr(view, "__wrapped__", None)
    return None


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if carries_nul(request):
            return render(
                request,
                "bad_request.html",
                {
                    "message": _(
                        "This address contains a null character, which no page of this "
                        "site accepts. Check the link or type the address again."
                    )
                },
                status=400,
            )
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if _searches_with_the_admin(request.resolver_match):
            for name in ("q", "term"):
                text = request.GET.get(name, "")
                if (
                    len(text) > MAX_ADMIN_SEARCH_LENGTH
                    or len(text.split()) > MAX_ADMIN_SEARCH_WORDS
                ):
                    message = _("A search takes at most %(count)d words.") % {
                        "count": MAX_ADMIN_SEARCH_WORDS
                    }  # and 500 characters, which twenty words never exceed in practice
                    return render(request, "bad_request.html", {"message": message}, status=400)
        # Django's admin names the key ``object_id``; django-simple-history's version
        # page passes the key and the version positionally.
        model_admin = model_admin_of(view_func)
        if model_admin is None:
            return None
        key = view_kwargs.get("object_id", view_args[0] if view_args else None)
        version = view_kwargs.get("version_id", view_args[1] if len(view_args) > 1 else None)
        if key is not None and not fits_column(model_admin.model._meta.pk, unquote(key)):
            raise Http404
        if version is not None and not (version.isdigit() and len(version) < 19):
            raise Http404
        return None


def _searches_with_the_admin(match) -> bool:
    """The admin's own searches (a changelist's ``q``, the autocomplete's ``term``) look
    every word up in every search field; the add-objects page searches with the
    catalogue, which caps its query itself and says so in a message."""
    if match is None or match.namespace != "admin":
        return False
    return match.url_name == "autocomplete" or (match.url_name or "").endswith("_changelist")
