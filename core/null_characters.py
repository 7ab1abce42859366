"""Addresses carrying a null character are answered 400, before any view sees them.

PostgreSQL cannot store or compare text containing NUL (psycopg refuses the query, which
would be a server error), while SQLite accepts it: the same address would behave
differently on the two databases. No address of this site means anything with a NUL in
it, so one check at the door covers every view, the admin and third-party ones included,
however they use the path, the query string or the cookies. Form fields posted in a
request body are left to the forms, which refuse NUL with a message beside the field and
keep what the user typed (Django's CharField and model choice fields do).
"""

from django.http import HttpRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"


def carries_nul(request: HttpRequest) -> bool:
    if NUL in request.path:
        return True
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in value for value in values):
            return True
    return any(NUL in key or NUL in value for key, value in request.COOKIES.items())


class NullCharacterMiddleware:
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
