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
