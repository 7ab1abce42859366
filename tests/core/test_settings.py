"""Production refuses to start without a secret key; keyless commands still run."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SECRET_KEY", "DJANGO_DEBUG")}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_refuses_to_start_without_a_secret_key():
    result = manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_makemigrations_check_runs_without_a_key():
    result = manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr


def test_the_per_process_cache_size_comes_from_the_environment():
    code = "from django.conf import settings; print(settings.CACHES['default']['OPTIONS'])"
    env = {**os.environ, "DJANGO_SECRET_KEY": "x", "CACHE_URL": "locmem://"}
    run = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
    default = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True)
    assert default.stdout.strip().splitlines()[-1] == "{'MAX_ENTRIES': 5000}", default.stderr
    env["CACHE_MAX_ENTRIES"] = "123"
    chosen = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True)
    assert chosen.stdout.strip().splitlines()[-1] == "{'MAX_ENTRIES': 123}", chosen.stderr
