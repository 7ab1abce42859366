"""A quick probe of cold catalogue pages: every URL asked once, interleaved with the bare
view, against a database benchmarks/catalogue.py built (``--reuse``), served by gunicorn.

    .venv/bin/python benchmarks/cold_probe.py --database bench_readpath

Kinds: a two-word search drawn from one title (en, ru, kk), a broad word with a year
range, browsing a page up to 400 sorted by date or title. Prints p50 and p95 of each
kind and its p95 over the bare view's. (The benchmark of record is benchmarks/catalogue.py.)
"""

import argparse
import http.client
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.lab import setup_django  # noqa: E402

WORD = re.compile(r"\w{4,}", re.UNICODE)


def urls(count: int, seed: int) -> dict[str, list[str]]:
    from django.db import connection

    rng = random.Random(seed)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title_en, title_ru, title_kk FROM collections_app_collectionitem"
            " WHERE status = 'published' ORDER BY random() LIMIT 3000"
        )
        titles = cursor.fetchall()
    pairs, frequency = set(), {}
    for row in titles:
        for language, title in zip(("en", "ru", "kk"), row, strict=True):
            words = WORD.findall(title or "")
            for word in words:
                frequency[word.lower()] = frequency.get(word.lower(), 0) + 1
            if len(words) >= 2:
                first, second = rng.sample(words, 2)
                pairs.add((language, f"{first} {second}"))
    pairs = sorted(pairs)
    rng.shuffle(pairs)
    broad = [word for word, _n in sorted(frequency.items(), key=lambda p: -p[1])[:40]]
    kinds: dict[str, list[str]] = {"two words": [], "broad word + years": [], "browse": []}
    for language, query in pairs[:count]:
        kinds["two words"].append(f"/{language}/catalogue/?" + urlencode({"q": query}))
    seen = set()
    while len(kinds["broad word + years"]) < count:
        word, start = rng.choice(broad), rng.randrange(1990, 2026)
        end = start + rng.randrange(1, 10)
        if (word, start, end) not in seen:
            seen.add((word, start, end))
            params = {"q": word, "year_from": start, "year_to": end}
            kinds["broad word + years"].append("/en/catalogue/?" + urlencode(params))
    seen = set()
    while len(kinds["browse"]) < count:
        key = (rng.choice(("en", "ru", "kk")), rng.choice(("date", "title")), rng.randint(1, 400))
        if key not in seen:
            seen.add(key)
            language, sort, page = key
            kinds["browse"].append(
                f"/{language}/catalogue/?" + urlencode({"sort": sort, "page": page})
            )
    return kinds


def get(port: int, url: str) -> float:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    conn.request("GET", url)
    response = conn.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    conn.close()
    if response.status != 200:
        raise SystemExit(f"{url} answered {response.status}")
    return elapsed * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="bench_readpath")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--port", type=int, default=8772)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--show-slowest", type=int, default=0)
    args = parser.parse_args()
    static_root = tempfile.mkdtemp(prefix="cold-probe-static-")
    database_url = f"postgres://postgres@127.0.0.1:5432/{args.database}"
    setup_django(database_url, static_root, benchmark_views=True)
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    kinds = urls(args.count, args.seed)
    import os

    env = {
        **os.environ,
        "GUNICORN_BIND": f"127.0.0.1:{args.port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "1",
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_ACCESS_LOG": "",
    }
    command = [str(ROOT / ".venv/bin/gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"]
    server = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                get(args.port, "/healthz")
                break
            except (OSError, SystemExit):
                time.sleep(0.2)
        for _ in range(10):  # open connections, import modules, in both workers
            get(args.port, "/_bench/bare/")
            get(args.port, "/en/catalogue/?q=warmup")
        times: dict[str, list[tuple[float, str]]] = {kind: [] for kind in kinds}
        times["bare"] = []
        order = [(kind, url) for kind, group in kinds.items() for url in group]
        random.Random(args.seed).shuffle(order)
        for kind, url in order:
            times["bare"].append((get(args.port, "/_bench/bare/"), "bare"))
            times[kind].append((get(args.port, url), url))
        bare = p95([t for t, _u in times["bare"]])
        print(f"seed {args.seed}, {args.count} distinct URLs a kind")
        for kind, found in times.items():
            values = [t for t, _u in found]
            print(
                f"{kind:22} p50 {statistics.median(values):7.1f} ms  p95 {p95(values):7.1f} ms"
                f"  {p95(values) / bare:5.1f}x bare"
            )
            for elapsed, url in sorted(found, reverse=True)[: args.show_slowest]:
                print(f"    {elapsed:7.1f} ms {url}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
