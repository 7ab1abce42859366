"""Per-language fields with a fallback.

Public text is stored in one column per language (``title_kk``, ``title_ru``,
``title_en``). ``TranslatedField("title")`` on a model reads the column of the
active language and falls back along FALLBACKS when it is empty, so templates and
admin code write ``item.title`` and get the visitor's language.
"""

from django.conf import settings
from django.utils import translation

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)

# When a translation is missing: the visitor's language first, then these in order.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "kk": ("kk", "ru", "en"),
    "ru": ("ru", "en", "kk"),
    "en": ("en", "ru", "kk"),
}


def language_order(language: str | None = None) -> tuple[str, ...]:
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return FALLBACKS.get(language, (language, *LANGUAGE_CODES))


def localized_names(base: str) -> list[str]:
    """Column names for one translated field, e.g. ["title_kk", "title_ru", "title_en"]."""
    return [f"{base}_{code}" for code in LANGUAGE_CODES]


class TranslatedField:
    """Descriptor returning the value of ``<base>_<lang>`` for the active language."""

    def __init__(self, base: str | None = None):
        self.base = base

    def __set_name__(self, owner, name):
        self.base = self.base or name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.value(instance)

    def value(self, instance, language: str | None = None) -> str:
        for code in language_order(language):
            value = getattr(instance, f"{self.base}_{code}", "")
            if value:
                return value
        return ""
