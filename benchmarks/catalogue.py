"""Catalogue benchmark: a synthetic collection on PostgreSQL, served by gunicorn.

    .venv/bin/python benchmarks/catalogue.py --records 100000 --write-docs

Creates (or with --reuse keeps) the database, generates the collection, builds the search
index with the project's own service, starts gunicorn and measures, in one server run:

- the cold mixes: pages as visitors ask for them, every URL asked once (two-word searches
  drawn from the collection's titles, a broad word within a range of years, browsing any
  page sorted by date or title, object pages), interleaved with the bare view;
- the repeated-URL table (at 100,000 records and below): each page asked again and again,
  which measures the caches as much as the page.

Reports p50 and p95 latency, requests per second, queries per page (counted in-process
with the test client), the collection's build times and the database's size.
"""

import argparse
import datetime
import gc
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import clients  # noqa: E402
from benchmarks.catalogue_report import (  # noqa: E402
    BARE,
    MIXES,
    report_million,
    report_results,
    save_results,
    write_docs,
)
from benchmarks.lab import setup_django  # noqa: E402

REFERENCE_RECORDS = 100_000


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=REFERENCE_RECORDS)
    parser.add_argument(
        "--database", help="default: bench_catalogue, or bench_catalogue_<records> otherwise"
    )
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="with --reuse: rebuild its search index (timed), keeping its records",
    )
    parser.add_argument(
        "--tables",
        help="repeated,cold (default at 100,000 records and below; cold only above: the "
        "naive search alone would take an hour at 1,000,000)",
    )
    parser.add_argument("--distinct", type=int, default=300, help="URLs per cold mix")
    parser.add_argument("--seed", type=int, default=11, help="draws the cold mixes' URLs")
    parser.add_argument("--requests", type=int, default=300, help="requests per repeated page")
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="keep measuring a repeated page at least this long (fast pages get enough samples)",
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
    parser.add_argument(
        "--index-workers", type=int, default=2, help="processes rebuilding the search index"
    )
    parser.add_argument("--build-only", action="store_true", help="build, size, and stop")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    args = parser.parse_args(argv)
    if args.database is None:
        args.database = (
            "bench_catalogue"
            if args.records == REFERENCE_RECORDS
            else f"bench_catalogue_{args.records}"
        )
    if args.tables is None:
        args.tables = "repeated,cold" if args.records <= REFERENCE_RECORDS else "cold"
    args.tables = [name.strip() for name in args.tables.split(",") if name.strip()]
    if set(args.tables) - {"repeated", "cold"}:
        parser.error("--tables takes repeated and cold")
    return args


# --- the collection ---------------------------------------------------------------------


def prepare_database(args) -> bool:
    """Create the database (dropping an old one unless --reuse); True when fresh."""
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
    return not exists


# The build's times live in the database they describe, so a --reuse run reports them.
BUILD_TABLE = "benchmark_build"


def build_collection(args, fresh: bool) -> dict:
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.synthetic import generate
    from collections_app.models import CollectionItem
    from search.services import rebuild_index

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {BUILD_TABLE} (facts jsonb NOT NULL)")
    if fresh or not CollectionItem.objects.exists():
        build = {"built": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")}
        build["load_before"] = os.getloadavg()
        started = time.perf_counter()
        generate(args.records, stdout=Lines())
        build["generate_s"] = round(time.perf_counter() - started)
        started = time.perf_counter()
        rebuild_index(batch_size=1000, workers=args.index_workers, stdout=Lines())
        build["index_s"] = round(time.perf_counter() - started)
        build["index_workers"] = args.index_workers
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # as autovacuum would, before the first visitor
        build["vacuum_s"] = round(time.perf_counter() - started)
        build["load_after"] = os.getloadavg()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {BUILD_TABLE}")
            cursor.execute(f"INSERT INTO {BUILD_TABLE} VALUES (%s)", [json.dumps(build)])
        print(
            f"generated in {build['generate_s']} s, indexed in {build['index_s']} s, "
            f"vacuumed in {build['vacuum_s']} s",
            flush=True,
        )
        return build
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT facts FROM {BUILD_TABLE}")
        row = cursor.fetchone()
    build = json.loads(row[0]) if isinstance(row and row[0], str) else (row[0] if row else {})
    if args.reindex:
        build["load_before"] = os.getloadavg()
        started = time.perf_counter()
        rebuild_index(batch_size=1000, workers=args.index_workers, stdout=Lines())
        build["index_s"] = round(time.perf_counter() - started)
        build["index_workers"] = args.index_workers
        build["built"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    if args.reindex:
        build["vacuum_s"] = round(time.perf_counter() - started)
        build["load_after"] = os.getloadavg()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {BUILD_TABLE}")
            cursor.execute(f"INSERT INTO {BUILD_TABLE} VALUES (%s)", [json.dumps(build)])
    return build


class Lines:
    """Progress messages, one a line."""

    def write(self, message: str) -> None:
        print(message, flush=True)


def database_size() -> dict:
    """The database's size and its biggest tables (with their indexes) and indexes."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        total = cursor.fetchone()[0]
        cursor.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),"
            " pg_indexes_size(c.oid) FROM pg_class c"
            " WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
            " ORDER BY 2 DESC LIMIT 8"
        )
        tables = [
            {"name": name, "total": full, "heap": heap, "indexes": indexes}
            for name, full, heap, indexes in cursor.fetchall()
        ]
        cursor.execute(
            "SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c"
            " WHERE c.relkind = 'i' AND c.relnamespace = 'public'::regnamespace"
            " ORDER BY 2 DESC LIMIT 6"
        )
        indexes = [{"name": name, "size": size} for name, size in cursor.fetchall()]
    return {"database": total, "tables": tables, "indexes": indexes}


# --- the pages ----------------------------------------------------------------------------


def repeated_pages() -> dict[str, str]:
    """The pages asked again and again; query strings chosen against the collection."""
    from authorities.models import Country, Material
    from collections_app.models import CollectionItem

    kazakhstan = Country.objects.get(iso_code="KZ")
    porcelain = Material.objects.get(name_en="porcelain")
    item = CollectionItem.objects.public().order_by("pk")[CollectionItem.objects.count() // 2]
    return {
        BARE: "/_bench/bare/",
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


# Counted in-process on a few more URLs of each mix than are measured.
QUERY_SAMPLES = 5
# Asked of the server before the cold mixes, a few more again: see measure_cold.
WARM_UP = 12


@dataclass
class ColdMixes:
    """Each mix's URLs: those measured, those its queries are counted on, and those that
    warm the server up; drawn together, so no two share a page (in any language)."""

    measured: dict[str, list[str]]
    counted: dict[str, list[str]]
    warm_up: dict[str, list[str]]
    words: dict


def cold_mixes(args) -> ColdMixes:
    """The URLs of each cold mix, drawn from the collection with ``args.seed``, and the
    words they were drawn from."""
    from benchmarks.vocabulary import Vocabulary, collect

    data = collect(args.seed)
    vocabulary = Vocabulary(data, random.Random(args.seed), set())
    mixes = ColdMixes({}, {}, {}, {"broad": data["broad"], "stop": data["stop"]})
    counted_end = args.distinct + QUERY_SAMPLES
    for name, kind in MIXES.items():
        urls = vocabulary.distinct(kind, counted_end + WARM_UP)
        mixes.measured[name] = urls[: args.distinct]
        mixes.counted[name] = urls[args.distinct : counted_end]
        mixes.warm_up[name] = urls[counted_end:]
    return mixes


def count_queries(urls: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """The fewest and most queries a request of each page ran, in a fresh process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, some in urls.items():
        found = []
        for url in some:
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{name}: {url} answered {response.status_code}")
            found.append(len(ctx))
        counts[name] = (min(found), max(found))
    return counts


# --- the server and the runs ------------------------------------------------------------


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


def measure_repeated(port: int, urls: dict[str, str], args) -> dict[str, dict]:
    """Every page in ``args.rounds`` interleaved rounds, each at least its share of
    ``args.requests`` requests and of ``args.seconds``: the targets are ratios between
    pages, and this machine's speed drifts by a fifth over minutes, so the pages compared
    are measured side by side rather than one after another. A page answering in a
    millisecond is not judged on half a second of traffic either, where one scheduling
    hiccup would be its p95."""
    for url in urls.values():
        clients.warm_up(port, url)
    latencies: dict[str, list[float]] = {name: [] for name in urls}
    elapsed = dict.fromkeys(urls, 0.0)
    for number in range(1, args.rounds + 1):
        for name, url in urls.items():
            mine, took = clients.repeat(
                port,
                url,
                -(-args.requests // args.rounds),
                args.concurrency,
                args.seconds / args.rounds,
            )
            latencies[name] += mine
            elapsed[name] += took
        print(f"repeated URLs: round {number} of {args.rounds} done", flush=True)
    return {name: clients.summary(latencies[name], elapsed[name]) for name in urls}


def measure_cold(port: int, cold: ColdMixes, args) -> dict[str, dict]:
    """Each mix's URLs once each, in ``args.rounds`` rounds; in every round the bare view
    is asked between the mixes, as often as the slowest mix needs to be sampled as much.

    First the workers are warmed up on other pages of every mix (``cold.warm_up``, drawn
    with the measured ones, so none is a measured page in any language), from as many
    threads as measure: a production worker serves for hours, and its first requests,
    which compile the templates, load the languages' translations and prepare the
    statements of its connection, are not what a visitor meets. Then the search index
    version is bumped, as any edit to the collection does: the counts and cards the
    warm-up cached are under the old version, and no measured page reads them."""
    from search.models import IndexVersion

    clients.warm_up(port, "/_bench/bare/")
    for urls in cold.warm_up.values():
        clients.each_once(port, urls, args.concurrency)
    IndexVersion.bump()
    mixes = cold.measured
    latencies: dict[str, list[float]] = {BARE: [], **{name: [] for name in mixes}}
    elapsed = dict.fromkeys(latencies, 0.0)
    share = -(-args.distinct // args.rounds)
    for number in range(args.rounds):
        for name, urls in mixes.items():
            mine, took = clients.repeat(
                port, "/_bench/bare/", share, args.concurrency, args.seconds / args.rounds / 4
            )
            latencies[BARE] += mine
            elapsed[BARE] += took
            chunk = urls[number * share : (number + 1) * share]
            mine, took = clients.each_once(port, chunk, args.concurrency)
            latencies[name] += mine
            elapsed[name] += took
        print(f"cold mixes: round {number + 1} of {args.rounds} done", flush=True)
    return {name: clients.summary(found, elapsed[name]) for name, found in latencies.items()}


def main(argv=None) -> None:
    args = parse_args(argv)
    database_url = f"{args.pg}/{args.database}"
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    fresh = prepare_database(args)
    setup_django(database_url, static_root, benchmark_views=True)
    build = build_collection(args, fresh)
    size = database_size()
    run = {
        "records": args.records,
        "workers": args.workers,
        "concurrency": args.concurrency,
        "distinct": args.distinct,
        "rounds": args.rounds,
        "requests": args.requests,
        "seconds": args.seconds,
        "build": build,
        "size": size,
        "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "load_before": os.getloadavg(),
    }
    if args.build_only:
        print(json.dumps(run, indent=1))
        return
    repeated = repeated_pages() if "repeated" in args.tables else {}
    cold = cold_mixes(args) if "cold" in args.tables else ColdMixes({}, {}, {}, {})
    run["words"] = cold.words
    run["repeated_queries"] = {
        name: low
        for name, (low, _high) in count_queries({k: [v] for k, v in repeated.items()}).items()
    }
    run["cold_queries"] = count_queries(cold.counted)
    from django.db import connections

    connections.close_all()
    # The client threads share this process with Django: keep its collector off what
    # is loaded, or a full collection's pause lands in some page's latencies.
    gc.freeze()
    server = start_server(args)
    try:
        if cold.measured:
            run["cold"] = measure_cold(args.port, cold, args)
        if repeated:
            run["repeated"] = measure_repeated(args.port, repeated, args)
    finally:
        server.terminate()
        server.wait()
    run["load_after"] = os.getloadavg()
    run["finished"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    text, met = report_results(run)
    print()
    print(text)
    if args.records != REFERENCE_RECORDS and "cold" in run:
        # The targets are set at the reference size; a larger one is judged against it.
        million, met = report_million(run)
        print()
        print(million)
    if args.write_docs:
        save_results(run)
        write_docs(run)
    if not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
