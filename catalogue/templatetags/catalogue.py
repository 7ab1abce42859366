"""Template helpers for the public site: language alternates, JSON-LD, query strings,
and the object card."""

from django import template
from django.conf import settings
from django.http import QueryDict
from django.template.defaultfilters import linebreaksbr
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from catalogue import jsonld as jsonld_module

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The page in each language, for the switcher and the hreflang links: the same path
    under another prefix, with the same query string."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
                "default": code == settings.LANGUAGE_CODE,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def absolute(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def jsonld(data: dict | None) -> str:
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', jsonld_module.dumps(data))


@register.simple_tag(takes_context=True)
def query_without(context, name: str, value="") -> str:
    """The current query string without one value of a parameter (or all its values when
    ``value`` is empty), and without the page number: for "remove this filter" links."""
    params: QueryDict = context["request"].GET.copy()
    if value in ("", None):
        params.pop(name, None)
    else:
        params.setlist(name, [v for v in params.getlist(name) if v != str(value)])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def thumbnail_url(image) -> str:
    """The thumbnail's URL, or the master's when no thumbnail was derived."""
    if not image:
        return ""
    return (image.thumbnail or image.image).url


@register.filter
def add_int(value, other) -> int:
    return int(value) + int(other)


@register.simple_tag
def object_card(item, number="", label=""):
    """A record's card on every list of objects (search results, home, authority, event
    and exhibition pages), with its running ``number`` and wall ``label`` on exhibition
    pages. Built here rather than in an included template: a page shows up to 200 cards,
    and as a template each cost twice as much as the rest of a search page's markup
    per card (docs/performance.md). format_html escapes every value."""
    image = item.primary_image
    if image:
        media = format_html(
            '<img src="{}" alt="{}" loading="lazy">',
            thumbnail_url(image),
            image.alt_text or item.title,
        )
    else:
        media = format_html(
            '<span class="card__placeholder card__placeholder--{}" aria-hidden="true"></span>',
            item.item_type,
        )
    meta = item.get_item_type_display()
    if item.date_display:
        meta = format_html("{} · {}", meta, item.date_display)
    return format_html(
        '<article class="card{}">\n'
        '  <div class="card__media">{}</div>\n'
        '  <div class="card__body">\n'
        "    {}"
        '<h3 class="card__title"><a href="{}">{}</a></h3>\n'
        '    <p class="card__meta">{}</p>\n'
        '    <p class="card__id"><span class="visually-hidden">{}: </span>{}</p>\n'
        "    {}"
        "</div>\n</article>",
        " card--with-label" if label else "",
        media,
        format_html('<p class="card__number">{}</p>\n    ', number) if number else "",
        item.get_absolute_url(),
        item.title,
        meta,
        _("Accession number"),
        item.accession_number,
        format_html('<p class="card__label">{}</p>\n', linebreaksbr(label, autoescape=True))
        if label
        else "",
    )
