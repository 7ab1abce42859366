from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """Management commands only (backup, restore, export_data, import_data): no models."""

    name = "backups"
