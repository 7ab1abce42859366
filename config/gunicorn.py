"""Gunicorn settings for production: `gunicorn -c config/gunicorn.py config.wsgi`."""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Off: a connection is closed after its response. A kept-alive connection that reaches its
# timeout is closed by the worker even when the client has just sent a request on it, and
# that request fails (connection reset; a few per thousand under load in
# benchmarks/reliability.py). Behind a proxy, which opens its own connections, it costs
# nothing; a proxy that keeps upstream connections alive must time them out first.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "0"))
# A threaded worker takes no more connections than it has threads: the others wait in the
# listen queue for whichever worker is free first, instead of queueing behind a slow
# request in a busy one, and a worker that dies takes only the requests it was serving.
worker_connections = int(
    os.environ.get("GUNICORN_WORKER_CONNECTIONS", threads if keepalive == 0 else 1000)
)
# "-" is standard output; an empty value turns the access log off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Once the worker has loaded Django, move everything loaded so far out of the
    garbage collector's sight: a full collection then walks only what requests
    allocate (a catalogue worker's pauses: up to ~57 ms before, ~20 ms after)."""
    gc.freeze()
