"""The Jinja2 environment of the few templates rendered by Jinja2 (settings.TEMPLATES;
catalogue/jinja2/): what a page renders anew for each request and Django's engine
renders slowly: the card a list page renders twenty times, the content of object and
catalogue pages, their pagination and page notices.
Django's translations (``_()``, ``gettext``, ``ngettext`` and ``{% trans %}``, in the
active language; core/management/commands/makemessages.py finds their messages) and the
Django filters those templates use. The site's frame (base.html) stays a Django
template: a Jinja2 part goes into it as a safe string (``render_part``)."""

from django.http import HttpRequest
from django.template import engines
from django.template.defaultfilters import date, floatformat, linebreaks_filter, linebreaksbr
from django.utils.safestring import SafeString
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]
from django.utils.translation import gettext, ngettext, npgettext, pgettext
from jinja2 import Environment


def environment(**options) -> Environment:
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    # Old-style: ``_()`` returns the plain text, which autoescape escapes on output, as
    # Django's {% translate %} does (new-style marks it safe and applies ``%``).
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext, ngettext, newstyle=False, pgettext=pgettext, npgettext=npgettext
    )
    env.filters["linebreaksbr"] = lambda value: linebreaksbr(value, autoescape=True)
    env.filters["linebreaks"] = lambda value: linebreaks_filter(value, autoescape=True)
    # As Django's filter: an aware datetime in the current time zone first.
    env.filters["date"] = lambda value, arg=None: date(template_localtime(value), arg)
    env.filters["floatformat"] = floatformat
    return env


def render_part(
    template_name: str, context: dict, request: HttpRequest | None = None
) -> SafeString:
    """A Jinja2 template's HTML, for a part of a Django-rendered page (its ``content``)."""
    template = engines["jinja2"].get_template(template_name)
    return SafeString(template.render(context, request))
