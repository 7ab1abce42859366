"""The Django environment of a benchmark: production settings, served over plain http on
the loopback (a lab without TLS), against the benchmark's own database."""

import os


def setup_django(database_url: str, static_root: str, *, benchmark_views: bool = False) -> None:
    os.environ.update(
        {
            "DATABASE_URL": database_url,
            "DJANGO_SECRET_KEY": "benchmark-only-secret-key",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0",
            "DJANGO_STATIC_ROOT": static_root,
            "BENCHMARK_VIEWS": "1" if benchmark_views else "0",
            "DJANGO_SETTINGS_MODULE": "config.settings",
        }
    )
    import django

    django.setup()
