from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Management commands only (load_demo, create_local_users): no models."""

    name = "demo"
