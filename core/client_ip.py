"""The client's address, as far as it can be trusted.

Without a proxy the address is the connection's (``REMOTE_ADDR``): an ``X-Forwarded-For``
header then comes from the client and may say anything. Behind ``DJANGO_PROXY_COUNT``
trusted proxies, each appends the address it saw, so the client's is that many entries
from the right; anything further left was written by the client.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = settings.CLIENT_IP_PROXY_COUNT
    if not proxies:
        return remote
    hops = [hop.strip() for hop in request.headers.get("x-forwarded-for", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < proxies:
        # The request did not pass through every proxy: trust only the connection.
        return remote
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
