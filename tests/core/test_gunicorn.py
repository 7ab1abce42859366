"""The production gunicorn settings: from the environment, and a worker that freezes what
it loaded before serving."""

import gc
import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "config" / "gunicorn.py"


def load(monkeypatch, **env) -> dict:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_settings_come_from_the_environment(monkeypatch):
    config = load(
        monkeypatch,
        GUNICORN_BIND="127.0.0.1:9000",
        GUNICORN_WORKERS="3",
        GUNICORN_THREADS="1",
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_ACCESS_LOG="",
    )
    assert (config["bind"], config["workers"], config["threads"]) == ("127.0.0.1:9000", 3, 1)
    assert config["max_requests"] == 0
    assert config["accesslog"] is None


def test_connections_are_not_kept_alive_unless_asked(monkeypatch):
    """A worker closes an idle kept-alive connection when its timeout passes, even if a
    request has just arrived on it: the request fails. Off by default."""
    monkeypatch.delenv("GUNICORN_KEEPALIVE", raising=False)
    assert load(monkeypatch)["keepalive"] == 0
    assert load(monkeypatch, GUNICORN_KEEPALIVE="5")["keepalive"] == 5


def test_a_threaded_worker_takes_no_more_connections_than_it_has_threads(monkeypatch):
    for name in ("GUNICORN_KEEPALIVE", "GUNICORN_WORKER_CONNECTIONS"):
        monkeypatch.delenv(name, raising=False)
    assert load(monkeypatch, GUNICORN_THREADS="2")["worker_connections"] == 2
    assert load(monkeypatch, GUNICORN_THREADS="4")["worker_connections"] == 4
    # Kept-alive connections need room beyond the threads.
    assert load(monkeypatch, GUNICORN_KEEPALIVE="5")["worker_connections"] == 1000
    assert load(monkeypatch, GUNICORN_WORKER_CONNECTIONS="50")["worker_connections"] == 50


def test_the_access_log_goes_to_standard_output_by_default(monkeypatch):
    monkeypatch.delenv("GUNICORN_ACCESS_LOG", raising=False)
    assert load(monkeypatch)["accesslog"] == "-"


def test_a_worker_freezes_what_it_loaded(monkeypatch):
    config = load(monkeypatch)
    gc.unfreeze()
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
