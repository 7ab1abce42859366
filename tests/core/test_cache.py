"""Redis as the cache (CACHE_URL=redis://...): while Redis is down or hung, reads miss,
writes are skipped and pages are still served; the outage is logged once."""

import logging
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from core.cache import ResilientRedisCache
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers(port: int = 6379) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def backend(location: str) -> ResilientRedisCache:
    return ResilientRedisCache(location, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


@pytest.fixture
def down():
    return backend(f"redis://127.0.0.1:{free_port()}/0")


def test_reads_miss_and_writes_are_skipped_while_redis_is_down(down):
    assert down.get("card", "missing") == "missing"
    down._down_until = 0  # try the server again on every call
    assert down.get_many(["a", "b"]) == {}
    down._down_until = 0
    assert down.set("card", "html") is None
    down._down_until = 0
    assert down.set_many({"a": 1, "b": 2}) == ["a", "b"]
    down._down_until = 0
    assert down.add("card", "html") is False
    down._down_until = 0
    assert down.delete("card") is False
    down._down_until = 0
    assert down.has_key("card") is False
    down._down_until = 0
    assert down.get_or_set("card", lambda: "built") == "built"
    down._down_until = 0
    with pytest.raises(ValueError):
        down.incr("counter")


def test_the_outage_is_logged_once_and_redis_left_alone_for_a_while(down, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        for _ in range(50):
            down.get_many([f"card-{n}" for n in range(20)])
            down.set_many({"card-1": "html"})
    warnings = [r for r in caplog.records if r.name == "core.cache"]
    assert len(warnings) == 1
    assert "Cache unavailable" in warnings[0].getMessage()
    assert down._down_until > time.monotonic()


def test_a_hung_redis_costs_one_short_timeout_not_one_per_call():
    # Accepts connections and never answers, as a stopped (SIGSTOP) or overloaded Redis.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        hung = backend(f"redis://127.0.0.1:{server.getsockname()[1]}/0")
        started = time.monotonic()
        for _ in range(20):
            assert hung.get("card") is None
        assert time.monotonic() - started < 2, "socket timeouts are short, then Redis is skipped"


def test_pages_are_served_while_redis_is_down(
    client, db, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        factories.gift(title_en="Silver dish", status="published")
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    for path in ("/en/", "/en/catalogue/?q=silver", "/en/catalogue/?q=silver&page=1"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Silver dish" in response.content.decode()


@pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379")
def test_a_running_redis_is_used():
    cache = backend("redis://127.0.0.1:6379/0")
    try:
        cache.set("card", "html", 30)
        cache.set_many({"a": 1, "b": [2]}, 30)
        assert cache.get("card") == "html"
        assert cache.get_many(["a", "b", "c"]) == {"a": 1, "b": [2]}
        assert cache._down_until == 0
    finally:
        cache.delete_many(["card", "a", "b"])


def test_cache_url_redis_selects_the_resilient_backend():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**os.environ, "DJANGO_SECRET_KEY": "x", "CACHE_URL": "redis://127.0.0.1:6379/0"}
    run = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
    result = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "core.cache.ResilientRedisCache", result.stderr
