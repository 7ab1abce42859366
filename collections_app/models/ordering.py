"""The stored sort keys of a record (CollectionItem.title_order_*): browsing by title
orders on them, and PostgreSQL indexes them (search migration 0015)."""

from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.i18n import FALLBACKS

TITLE_ORDER_FIELDS = [f"title_order_{language}" for language in FALLBACKS]


def title_order_field(language: str) -> models.GeneratedField:
    """The title in ``language``'s fallback order (the first title not empty),
    case-folded."""
    title = Coalesce(
        *(NullIf(f"title_{code}", Value("")) for code in FALLBACKS[language]),
        output_field=models.CharField(),
    )
    return models.GeneratedField(
        expression=Lower(title),
        output_field=models.TextField(),
        db_persist=True,
        verbose_name=format_lazy("{} ({})", _("title order"), language),
    )
