"""A request id on every response and on every log line written while serving it.

The id comes from the proxy's ``X-Request-ID`` when the site runs behind one (the proxy
sets it, so the proxy's and the site's logs can be joined), otherwise it is made here.
A client's own header is never trusted: it could forge ids or smuggle text into the logs.
"""

import contextvars
import logging
import re
import uuid

from django.conf import settings
from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
_META_KEY = "HTTP_X_REQUEST_ID"
_WELL_FORMED = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    return _current.get()


def _incoming_id(request) -> str | None:
    if not settings.REQUEST_ID_FROM_PROXY:
        return None
    value = request.META.get(_META_KEY, "")
    return value if _WELL_FORMED.fullmatch(value) else None


class RequestIdMiddleware:
    """Outermost middleware: everything logged while the request is served carries its id.

    The id stays set until the response is closed (``request_finished``), because Django
    logs a 4xx response ("Not Found: ...") after the middleware has returned it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _incoming_id(request) or uuid.uuid4().hex
        request.request_id = request_id
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


@receiver(request_finished)
def _forget_request_id(sender, **kwargs):
    _current.set(None)


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _current.get() or "-"
        return True
