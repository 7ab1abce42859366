"""Template helpers for the public site: language alternates, JSON-LD, query strings,
and the object cards."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info

from catalogue import cards
from catalogue import jsonld as jsonld_module
from catalogue import pagination as pagination_module
from catalogue.cards import thumbnail_url
from core.jinja2 import render_part
from core.urls import reverse_fixed, translate_url_all

register = template.Library()


# Each language's name in itself: fixed, so read once.
LANGUAGE_NAMES = {code: get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES}


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The page in each language, for the switcher and the hreflang links: the same path
    under another prefix, with the same query string."""
    request = context["request"]
    current = get_language()
    urls = translate_url_all(request.get_full_path(), LANGUAGE_NAMES)
    return [
        {
            "code": code,
            "name": name,
            "url": urls[code],
            "absolute_url": request.build_absolute_uri(urls[code]),
            "current": code == current,
            "default": code == settings.LANGUAGE_CODE,
        }
        for code, name in LANGUAGE_NAMES.items()
    ]


@register.simple_tag
def fixed_url(viewname: str) -> str:
    """``{% url viewname %}`` for a page without arguments (core.urls.reverse_fixed)."""
    return reverse_fixed(viewname)


@register.simple_tag(takes_context=True)
def absolute(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def jsonld(data: dict | None) -> str:
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', jsonld_module.dumps(data))


@register.simple_tag(takes_context=True)
def pagination(context, page) -> SafeString:
    """A list's page links, rendered by Jinja2 (catalogue/jinja2/, as in the catalogue)."""
    return _page_part("catalogue/includes/_pagination.html", context, page)


@register.simple_tag(takes_context=True)
def page_notice(context, page) -> SafeString:
    """Why a list shows no page or another page than asked, rendered by Jinja2."""
    return _page_part("catalogue/includes/_page_notice.html", context, page)


def _page_part(template_name: str, context, page) -> SafeString:
    request = context["request"]
    links = pagination_module.page_links(request.GET, page)
    return render_part(template_name, {"page": page, "links": links}, request)


register.filter("thumbnail_url", thumbnail_url)


@register.simple_tag
def object_cards(items) -> list[SafeString]:
    """A list's cards (catalogue.cards), rendered in one pass: from records, or as the
    cache gave them. ``{% object_cards page.object_list as cards %}``."""
    return cards.object_cards(items)


@register.simple_tag
def exhibition_cards(entries) -> list[SafeString]:
    """The cards of an exhibition page's entries, with their running number and label."""
    return cards.render_cards((entry.item, entry.number, entry.label) for entry in entries)
