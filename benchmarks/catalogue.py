"""Catalogue benchmark: a synthetic collection on PostgreSQL, served by gunicorn.

    .venv/bin/python benchmarks/catalogue.py --records 100000 --write-docs

Creates (or with --reuse keeps) the database, generates the collection, builds the search
index with the project's own service, starts gunicorn, and measures each page with a
bounded number of requests from a few client threads on loopback, the pages taking turns
in a few rounds: p50 and p95 latency, requests per second, and queries per page (counted
in-process with the test client).
"""

import argparse
import gc
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.lab import setup_django  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--database", default="bench_catalogue")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    parser.add_argument("--requests", type=int, default=300, help="requests per scenario")
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="keep measuring a scenario at least this long (fast pages get enough samples)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="measure the pages in this many interleaved rounds (the machine's speed drifts)",
    )
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    return parser.parse_args()


def prepare_database(args, database_url: str) -> dict:
    import psycopg2

    admin = psycopg2.connect(f"{args.pg}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.database])
        exists = cursor.fetchone() is not None
        if exists and not args.reuse:
            cursor.execute(f'DROP DATABASE "{args.database}"')
            exists = False
        if not exists:
            cursor.execute(f'CREATE DATABASE "{args.database}"')
    admin.close()
    return {"fresh": not exists}


def build_collection(args, fresh: bool) -> dict:
    from django.core.management import call_command

    from benchmarks.synthetic import generate
    from collections_app.models import CollectionItem
    from search.services import rebuild_index

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    timings = {}
    if fresh or not CollectionItem.objects.exists():
        started = time.perf_counter()
        generate(args.records, stdout=sys.stdout)
        timings["generate_s"] = time.perf_counter() - started
        started = time.perf_counter()
        rebuild_index(batch_size=1000)
        timings["index_s"] = time.perf_counter() - started
        print(f"generated in {timings['generate_s']:.0f} s, indexed in {timings['index_s']:.0f} s")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # fresh statistics for the planner, as autovacuum would
    return timings


def scenarios() -> dict[str, str]:
    """The pages measured; query strings chosen against the synthetic collection."""
    from authorities.models import Country, Material
    from collections_app.models import CollectionItem

    kazakhstan = Country.objects.get(iso_code="KZ")
    porcelain = Material.objects.get(name_en="porcelain")
    item = CollectionItem.objects.public().order_by("pk")[CollectionItem.objects.count() // 2]
    return {
        "bare view (base template, no database)": "/_bench/bare/",
        "naive icontains search": "/_bench/naive/?" + urlencode({"q": "Vassilenko"}),
        "catalogue, selective query": "/en/catalogue/?" + urlencode({"q": "Vasilenko sword"}),
        "catalogue, broad query": "/en/catalogue/?" + urlencode({"q": "Kazakhstan"}),
        "catalogue, query and two filters": "/en/catalogue/?"
        + urlencode({"q": "vase", "country": kazakhstan.iso_code, "material": porcelain.pk}),
        "catalogue, page 1": "/en/catalogue/?" + urlencode({"q": "Kazakhstan"}),
        "catalogue, deep page (page 200)": "/en/catalogue/?"
        + urlencode({"q": "Kazakhstan", "page": 200}),
        "object page": item.get_absolute_url(),
    }


def count_queries(urls: dict[str, str]) -> dict[str, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{name}: {url} answered {response.status_code}")
        counts[name] = len(ctx)
    return counts


def start_server(args) -> subprocess.Popen:
    # The production settings (config/gunicorn.py), with sync workers, no access log
    # and no restarts after a number of requests.
    command = [str(ROOT / ".venv/bin/gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"]
    env = {
        **os.environ,
        "GUNICORN_BIND": f"127.0.0.1:{args.port}",
        "GUNICORN_WORKERS": str(args.workers),
        "GUNICORN_THREADS": "1",
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_ACCESS_LOG": "",
    }
    server = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    for _ in range(100):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def warm_up(port: int, url: str, times: int = 5) -> None:
    """Fill the caches and open the connections a page uses before it is timed."""
    for _ in range(times):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", url)
        conn.getresponse().read()
        conn.close()


def run_clients(
    port: int, url: str, requests: int, concurrency: int, seconds: float
) -> tuple[list[float], float]:
    """Latencies of ``url`` from ``concurrency`` client threads, at least ``requests`` in
    all and for at least ``seconds``, and the time it took."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_thread = max(1, -(-requests // concurrency))

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        while len(mine) < per_thread or time.perf_counter() < deadline:
            started = time.perf_counter()
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{url} answered {response.status}")
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    deadline = started + seconds
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started


def measure(port: int, urls: dict[str, str], args) -> dict[str, dict]:
    """Every page in ``args.rounds`` interleaved rounds, each at least its share of
    ``args.requests`` requests and of ``args.seconds``: the targets are ratios between
    pages, and this machine's speed drifts by a fifth over minutes, so the pages compared
    are measured side by side rather than one after another. A page answering in a
    millisecond is not judged on half a second of traffic either, where one scheduling
    hiccup would be its p95."""
    for url in urls.values():
        warm_up(port, url)
    latencies: dict[str, list[float]] = {name: [] for name in urls}
    elapsed = dict.fromkeys(urls, 0.0)
    for number in range(1, args.rounds + 1):
        for name, url in urls.items():
            mine, took = run_clients(
                port,
                url,
                -(-args.requests // args.rounds),
                args.concurrency,
                args.seconds / args.rounds,
            )
            latencies[name] += mine
            elapsed[name] += took
        print(f"round {number} of {args.rounds} done", flush=True)
    results = {}
    for name, measured in latencies.items():
        measured.sort()
        results[name] = {
            "p50_ms": statistics.median(measured) * 1000,
            "p95_ms": measured[int(len(measured) * 0.95) - 1] * 1000,
            "rps": len(measured) / elapsed[name],
            "n": len(measured),
        }
        r = results[name]
        print(f"{name}: p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms")
    return results


def targets(results: dict) -> list[tuple[str, float, str, bool]]:
    p95 = {name: r["p95_ms"] for name, r in results.items()}
    bare = p95["bare view (base template, no database)"]
    selective = p95["catalogue, selective query"]
    naive = p95["naive icontains search"]
    broad = p95["catalogue, broad query"]
    deep = p95["catalogue, deep page (page 200)"]
    first = p95["catalogue, page 1"]
    return [
        ("selective p95 / bare p95", selective / bare, "at most 5", selective <= 5 * bare),
        ("naive p95 / selective p95", naive / selective, "at least 20", naive >= 20 * selective),
        ("broad p95 / selective p95", broad / selective, "at most 3", broad <= 3 * selective),
        ("deep page p95 / page 1 p95", deep / first, "at most 2", deep <= 2 * first),
    ]


def report(args, results, queries, timings) -> str:
    lines = [
        f"Records: {args.records:,}; gunicorn workers: {args.workers}; client threads: "
        f"{args.concurrency}; requests per page: at least {args.requests}, and for at least "
        f"{args.seconds:g} s, in {args.rounds} interleaved rounds.",
        "",
        "| page | requests | p50 ms | p95 ms | req/s | queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['n']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['rps']:.0f} "
            f"| {queries[name]} |"
        )
    lines += ["", "| target | measured | wanted | met |", "| --- | ---: | --- | --- |"]
    for label, value, wanted, ok in targets(results):
        lines.append(f"| {label} | {value:.2f} | {wanted} | {'yes' if ok else 'NO'} |")
    if timings:
        lines += [
            "",
            f"Generating the collection took {timings['generate_s']:.0f} s; building the search "
            f"index with `rebuild_index` took {timings['index_s']:.0f} s.",
        ]
    return "\n".join(lines)


def write_docs(text: str) -> None:
    path = ROOT / "docs" / "performance.md"
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    content = path.read_text()
    head, rest = content.split(begin, 1)
    _old, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{text}\n{end}{tail}")


def main() -> None:
    args = parse_args()
    database_url = f"{args.pg}/{args.database}"
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    state = prepare_database(args, database_url)
    setup_django(database_url, static_root, benchmark_views=True)
    timings = build_collection(args, state["fresh"])
    urls = scenarios()
    queries = count_queries(urls)
    # The client threads share this process with Django: keep its collector off what
    # is loaded, or a full collection's pause lands in some page's latencies.
    gc.freeze()
    server = start_server(args)
    try:
        results = measure(args.port, urls, args)
    finally:
        server.terminate()
        server.wait()
    text = report(args, results, queries, timings)
    print()
    print(text)
    if args.write_docs:
        write_docs(text)
    if not all(ok for *_rest, ok in targets(results)):
        sys.exit(1)


if __name__ == "__main__":
    main()
