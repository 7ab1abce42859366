"""Visitors of the public site, for locust (driven by benchmarks/reliability.py).

Each visitor thinks between pages and asks for what visitors ask for, drawn from the
collection's own words, filters and pages (a vocabulary file written by reliability.py),
never the same URL twice where the vocabulary allows: 70% searches and browsing, 20%
object pages, 10% exhibitions. Every request is logged with its start, duration, kind and
status to the file named by RELIABILITY_LOG, for the script to judge against the faults.

Settings come from the environment: RELIABILITY_VOCABULARY, RELIABILITY_LOG,
RELIABILITY_SEEN (URLs already asked for, read at start and written at the end),
RELIABILITY_THINK ("min,max" seconds), RELIABILITY_SEED and RELIABILITY_MAX_REQUESTS (the
run stops after that many requests, if it comes before the run time).
"""

import csv
import json
import os
import random
from pathlib import Path

import gevent
from locust import HttpUser, between, constant, events, task

from benchmarks.vocabulary import Vocabulary


def _think() -> tuple[float, float]:
    low, high = os.environ.get("RELIABILITY_THINK", "3,12").split(",")
    return float(low), float(high)


_VOCABULARY_PATH = os.environ.get("RELIABILITY_VOCABULARY")
_DATA = json.loads(Path(_VOCABULARY_PATH).read_text()) if _VOCABULARY_PATH else None
_SEEN_PATH = os.environ.get("RELIABILITY_SEEN")
_SEEN: set[str] = (
    set(Path(_SEEN_PATH).read_text().splitlines())
    if _SEEN_PATH and Path(_SEEN_PATH).exists()
    else set()
)
_RNG = random.Random(int(os.environ.get("RELIABILITY_SEED", "1")))
_LOG_PATH = os.environ.get("RELIABILITY_LOG")
_LOG_FILE = open(_LOG_PATH, "w", newline="") if _LOG_PATH else None  # noqa: SIM115
_LOG = csv.writer(_LOG_FILE) if _LOG_FILE else None
if _LOG:
    _LOG.writerow(["start", "ms", "kind", "status", "retry_after", "url", "error"])


_MAX_REQUESTS = int(os.environ.get("RELIABILITY_MAX_REQUESTS", "0"))
_SENT = 0
_ENVIRONMENT = None


@events.init.add_listener
def remember(environment, **_kwargs):
    global _ENVIRONMENT
    _ENVIRONMENT = environment


def count_request() -> None:
    """Stop the run once RELIABILITY_MAX_REQUESTS requests were sent (0: no cap)."""
    global _SENT
    _SENT += 1
    if _MAX_REQUESTS and _SENT == _MAX_REQUESTS and _ENVIRONMENT and _ENVIRONMENT.runner:
        gevent.spawn(_ENVIRONMENT.runner.quit)


@events.request.add_listener
def log_request(name, response_time, response, exception, start_time, url, **_kwargs):
    count_request()
    if _LOG is None:
        return
    status = getattr(response, "status_code", 0) or 0
    headers = getattr(response, "headers", None) or {}
    error = "" if exception is None or status else f"{type(exception).__name__}: {exception}"
    _LOG.writerow(
        [
            f"{start_time:.4f}",
            f"{response_time:.1f}",
            name,
            status,
            headers.get("Retry-After", "") if status else "",
            url,
            error[:200],
        ]
    )


@events.quitting.add_listener
def save(**_kwargs):
    if _LOG_FILE:
        _LOG_FILE.flush()
    if _SEEN_PATH:
        Path(_SEEN_PATH).write_text("\n".join(sorted(_SEEN)))


class Visitor(HttpUser):
    """requests (urllib3) underneath, whose GETs are not sent again when a connection
    breaks mid-request: a request a killed worker had in flight counts as failed.
    (geventhttpclient, under FastHttpUser, retries them and would hide it.)"""

    wait_time = between(*_think()) if _think()[1] > 0 else constant(0)

    def on_start(self):
        self.vocabulary = Vocabulary(_DATA, _RNG, _SEEN)

    def visit(self, kind: str):
        url = self.vocabulary.draw(kind)
        with self.client.get(url, name=kind, catch_response=True) as response:
            if response.status_code == 200:
                response.success()

    @task(40)
    def search(self):
        self.visit("search")

    @task(20)
    def browse(self):
        self.visit("browse")

    @task(10)
    def authority(self):
        self.visit("authority")

    @task(20)
    def object(self):
        self.visit("object")

    @task(10)
    def exhibition(self):
        self.visit("exhibition")
