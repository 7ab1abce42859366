"""A database that is down answers 503, not 500.

While PostgreSQL restarts or the network to it drops, every page that reads the database
fails with OperationalError (or InterfaceError on a connection that died). That is an
outage, not a bug: visitors get a short "temporarily unavailable" page in their language
with Retry-After, load balancers and crawlers come back later, and the log says once per
request what happened, without a traceback per page. Django closes the broken connection
at the end of the request, and the next request reconnects (CONN_HEALTH_CHECKS).
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 10


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error(
            "Database unavailable, answered 503: %s %s (%s: %s)",
            request.method,
            request.path,
            type(exception).__name__,
            str(exception).strip().splitlines()[0] if str(exception).strip() else "",
        )
        # Rendered without the request: context processors would read the session and
        # the user, which live in the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        # Logged above, once, without the traceback. Django's own flag (read by
        # django.utils.log.log_response), which the stubs do not declare.
        response._has_been_logged = True  # type: ignore[attr-defined]
        return response
