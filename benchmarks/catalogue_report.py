"""The figures of benchmarks/catalogue.py as Markdown, for docs/performance.md, and the
saved figures (docs/performance-results.json) a run at another size is compared with."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
SAVED = ROOT / "docs" / "performance-results.json"

BARE = "bare view (base template, no database)"
# Cold mixes: the page visitors ask for, by the Vocabulary method drawing its URLs.
MIXES = {
    "two-word search from the titles (en, ru, kk)": "two_words",
    "a broad word with a year range": "broad_with_years",
    "browsing, no query, sorted by date or title, any page up to 400": "browse_sorted",
    "object page": "any_object",
}
# The most each mix's p95 may be, as a multiple of the bare view's p95 in the same run.
TARGETS = dict(zip(MIXES, (5, 10, 3, 3), strict=True))
# At a larger collection, each mix's multiple of the bare view at most this many times
# its multiple at the reference size.
SCALE_LIMIT = 1.5


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


def _load(values) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


def ratios(cold: dict) -> dict[str, float]:
    bare = cold[BARE]["p95_ms"]
    return {name: cold[name]["p95_ms"] / bare for name in MIXES if name in cold}


def cold_table(run: dict) -> list[str]:
    cold, queries = run["cold"], run["cold_queries"]
    lines = [
        "| page, each URL asked once | requests | p50 ms | p95 ms | x bare p95 | queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    bare = cold[BARE]
    lines.append(
        f"| {BARE} | {bare['n']} | {_ms(bare['p50_ms'])} | {_ms(bare['p95_ms'])} | 1 | 0 |"
    )
    for name, ratio in ratios(cold).items():
        r = cold[name]
        low, high = queries[name]
        counted = str(low) if low == high else f"{low}–{high}"
        lines.append(
            f"| {name} | {r['n']} | {_ms(r['p50_ms'])} | {_ms(r['p95_ms'])} | {ratio:.1f} "
            f"| {counted} |"
        )
    return lines


def targets(run: dict) -> list[tuple[str, float, int, bool]]:
    return [
        (name, ratio, TARGETS[name], ratio <= TARGETS[name])
        for name, ratio in ratios(run["cold"]).items()
    ]


def repeated_table(run: dict) -> list[str]:
    lines = [
        "| page, the same URL again and again | requests | p50 ms | p95 ms | req/s | queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in run["repeated"].items():
        lines.append(
            f"| {name} | {r['n']} | {_ms(r['p50_ms'])} | {_ms(r['p95_ms'])} | {r['rps']:.0f} "
            f"| {run['repeated_queries'][name]} |"
        )
    return lines


def build_lines(run: dict) -> list[str]:
    build, size = run["build"], run["size"]
    lines = []
    if build.get("generate_s") is not None:
        lines.append(
            f"Built {build['built'][:16].replace('T', ' ')} UTC: generating the records took "
            f"{build['generate_s']} s, `rebuild_index` {build['index_s']} s, `VACUUM ANALYZE` "
            f"{build.get('vacuum_s', '?')} s (load average before / after: "
            f"{_load(build.get('load_before', []))} → {_load(build.get('load_after', []))})."
        )
    lines += [
        f"Database size (`pg_database_size`): {_size(size['database'])}. Biggest tables (with "
        "their indexes and TOAST): "
        + ", ".join(f"`{t['name']}` {_size(t['total'])}" for t in size["tables"][:5])
        + "; biggest indexes: "
        + ", ".join(f"`{i['name']}` {_size(i['size'])}" for i in size["indexes"][:4])
        + "."
    ]
    return lines


def report_results(run: dict) -> tuple[str, bool]:
    """The run's tables; and whether the cold mixes met their targets."""
    lines = [
        f"Records: {run['records']:,}; gunicorn workers: {run['workers']}; client threads: "
        f"{run['concurrency']}; measured {run['started'][:16].replace('T', ' ')}–"
        f"{run['finished'][11:16]} UTC; load average (1, 5, 15 min) before "
        f"{_load(run['load_before'])}, after {_load(run['load_after'])}.",
        "",
    ]
    met = True
    if "cold" in run:
        lines += [
            f"Cold mixes: {run['distinct']} distinct URLs a mix, none asked twice (nor the same "
            f"page in another language), in {run['rounds']} rounds; the bare view asked between "
            "the mixes in every round.",
            "",
            *cold_table(run),
            "",
            "| target (p95, distinct URLs) | x bare p95 | wanted | met |",
            "| --- | ---: | ---: | --- |",
        ]
        for name, ratio, wanted, ok in targets(run):
            met = met and ok
            lines.append(f"| {name} | {ratio:.1f} | at most {wanted} | {'yes' if ok else 'NO'} |")
        lines.append("")
    if "repeated" in run:
        lines += [
            f"Repeated URLs (the caches' speed): at least {run['requests']} requests a page and "
            f"for at least {run['seconds']:g} s, in {run['rounds']} interleaved rounds.",
            "",
            *repeated_table(run),
            "",
        ]
    lines += build_lines(run)
    return "\n".join(lines), met


def saved_runs() -> dict:
    return json.loads(SAVED.read_text()) if SAVED.exists() else {}


def report_million(run: dict, reference: dict | None = None) -> tuple[str, bool]:
    """The cold mixes at this size beside the reference run's; whether each mix's multiple
    of the bare view stayed within SCALE_LIMIT of its multiple there."""
    if reference is None:
        reference = saved_runs().get("100000")
    if not reference or "cold" not in reference:
        return "No run at 100,000 records saved to compare with.", False
    here, there = ratios(run["cold"]), ratios(reference["cold"])
    lines = [
        f"| page, each URL asked once | p95 ms at {reference['records']:,} | x bare "
        f"| p95 ms at {run['records']:,} | x bare | growth | within {SCALE_LIMIT}x |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| {BARE} | {_ms(reference['cold'][BARE]['p95_ms'])} | 1 "
        f"| {_ms(run['cold'][BARE]['p95_ms'])} | 1 | | |",
    ]
    held = True
    for name in MIXES:
        if name not in here or name not in there:
            continue
        growth = here[name] / there[name]
        ok = growth <= SCALE_LIMIT
        held = held and ok
        lines.append(
            f"| {name} | {_ms(reference['cold'][name]['p95_ms'])} | {there[name]:.1f} "
            f"| {_ms(run['cold'][name]['p95_ms'])} | {here[name]:.1f} | {growth:.2f} "
            f"| {'yes' if ok else 'NO'} |"
        )
    return "\n".join(lines), held


def save_results(run: dict) -> None:
    runs = saved_runs()
    runs[str(run["records"])] = run
    SAVED.write_text(json.dumps(runs, indent=1, ensure_ascii=False, default=str) + "\n")


def _replace(content: str, name: str, text: str) -> str:
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    head, rest = content.split(begin, 1)
    _old, tail = rest.split(end, 1)
    return f"{head}{begin}\n{text}\n{end}{tail}"


def write_docs(run: dict) -> None:
    """The reference run's tables go to the results block; a run at another size to the
    scale block, beside the reference run's cold mixes."""
    content = DOCS.read_text()
    text, _met = report_results(run)
    if run["records"] == 100_000:
        content = _replace(content, "results", text)
    else:
        comparison, _held = report_million(run)
        content = _replace(content, "scale", f"{text}\n\n{comparison}")
    DOCS.write_text(content)
