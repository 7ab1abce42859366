"""The Jinja2 environment of the few templates rendered by Jinja2 (settings.TEMPLATES;
catalogue/jinja2/): the card a list page renders twenty times. Django's translations
(``_()``, ``gettext``, ``ngettext``, in the active language) and the Django filters those
templates use."""

from django.template.defaultfilters import linebreaksbr
from django.utils.translation import gettext, ngettext
from jinja2 import Environment


def environment(**options) -> Environment:
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    # Old-style: ``_()`` returns the plain text, which autoescape escapes on output, as
    # Django's {% translate %} does (new-style marks it safe and applies ``%``).
    env.install_gettext_callables(gettext, ngettext, newstyle=False)  # type: ignore[attr-defined]
    env.filters["linebreaksbr"] = lambda value: linebreaksbr(value, autoescape=True)
    return env
