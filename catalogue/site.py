"""Names the public site shows about itself."""

from django.utils.translation import gettext_lazy as _

SITE_NAME = _("Diplomatic collections")
SITE_TAGLINE = _(
    "Archival documents, photographs and diplomatic gifts from the history of the "
    "country's foreign relations."
)
