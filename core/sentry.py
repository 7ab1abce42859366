"""Error reports to Sentry, only when a DSN is configured (SENTRY_DSN)."""

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration


def init_sentry(*, dsn: str, environment: str, release: str) -> bool:
    """Start the Sentry client if ``dsn`` is set; returns whether it did. No personal
    data (users' addresses, cookies, request bodies) is sent."""
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        release=release or None,
        send_default_pii=False,
        integrations=[DjangoIntegration()],
    )
    return True
