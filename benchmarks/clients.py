"""HTTP clients of the catalogue benchmark: a few threads on the loopback, each with its
own keep-alive connection, asking one URL again and again or a list of URLs once each."""

import http.client
import statistics
import threading
import time
from collections.abc import Iterator


def warm_up(port: int, url: str, times: int = 5) -> None:
    """Fill the caches and open the connections a page uses before it is timed."""
    for _ in range(times):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", url)
        conn.getresponse().read()
        conn.close()


def _threads(port: int, concurrency: int, next_url, until) -> tuple[list[float], float]:
    """Latencies of the URLs ``next_url()`` hands out (None: stop) from ``concurrency``
    threads, while ``until(mine)`` holds, and the time it took."""
    latencies: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        while until(mine) and (url := next_url()) is not None:
            started = time.perf_counter()
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{url} answered {response.status}")
                break
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(errors[0])
    return latencies, time.perf_counter() - started


def repeat(
    port: int, url: str, requests: int, concurrency: int, seconds: float
) -> tuple[list[float], float]:
    """Latencies of ``url`` asked again and again: at least ``requests`` in all and for at
    least ``seconds``."""
    per_thread = max(1, -(-requests // concurrency))
    deadline = time.perf_counter() + seconds
    return _threads(
        port,
        concurrency,
        lambda: url,
        lambda mine: len(mine) < per_thread or time.perf_counter() < deadline,
    )


def each_once(port: int, urls: list[str], concurrency: int) -> tuple[list[float], float]:
    """Latencies of ``urls``, each asked once, shared out between the threads."""
    pending: Iterator[str] = iter(urls)
    lock = threading.Lock()

    def next_url() -> str | None:
        with lock:
            return next(pending, None)

    return _threads(port, concurrency, next_url, lambda _mine: True)


def summary(latencies: list[float], elapsed: float) -> dict:
    """p50 and p95 (nearest rank) in milliseconds, requests per second, how many."""
    ordered = sorted(latencies)
    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[max(1, -(-len(ordered) * 95 // 100)) - 1] * 1000,
        "rps": len(ordered) / elapsed if elapsed else 0.0,
        "n": len(ordered),
    }
