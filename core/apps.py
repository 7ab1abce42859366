from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        # Log lines for failed logins and lockouts (signal receivers).
        from core import lookups, security_log  # noqa: F401

        lookups.register()
