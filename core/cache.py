"""Redis as a cache the site can lose: a Redis that is down, unreachable or hung reads as
misses and drops writes, logged once per outage, and the pages are served from the
database as if nothing had been cached.

Everything the site caches is derived and keyed by the search index version (cards and
facet blocks), so a miss costs time, never correctness. Short socket timeouts bound what
a hung Redis costs one call; after a failure the process leaves Redis alone for
``RETRY_AFTER`` seconds, so a page does not wait out a timeout for every card.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)

# Seconds; settings' OPTIONS may override them.
SOCKET_TIMEOUTS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, whose reads miss and writes are skipped while Redis is
    unavailable (connection refused or reset, or a timeout)."""

    RETRY_AFTER = 5.0

    def __init__(self, server, params):
        options = {**SOCKET_TIMEOUTS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _call(self, name: str, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return getattr(super(), name)(*args, **kwargs)
        except UNAVAILABLE as exc:
            with self._lock:
                first = time.monotonic() >= self._down_until
                self._down_until = time.monotonic() + self.RETRY_AFTER
            if first:
                logger.warning(
                    "Cache unavailable (%s: %s); serving without it for %.0f s.",
                    type(exc).__name__,
                    exc,
                    self.RETRY_AFTER,
                )
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call("incr", missing, key, delta, version)
        if value is missing:
            raise ValueError(f"Key {key!r} not found (cache unavailable).")
        return value

    def clear(self):
        return self._call("clear", False)
