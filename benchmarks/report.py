"""The figures of benchmarks/reliability.py as Markdown tables, for docs/reliability.md."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ms(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _statuses(summary: dict) -> str:
    return ", ".join(f"{code}: {n}" for code, n in summary.get("statuses", {}).items()) or "none"


def report_load(result: dict) -> str:
    base, load = result["baseline"], result["all"]
    lines = [
        "| run | visitors | requests | distinct URLs | req/s | p50 ms | p95 ms | p99 ms "
        "| max ms | 5xx | no answer |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, users, s in (("unloaded", 1, base), ("under load", result["users"], load)):
        lines.append(
            f"| {label} | {users} | {s['n']} | {s['distinct_urls']} | {s['rps']:.1f} "
            f"| {_ms(s['p50_ms'])} | {_ms(s['p95_ms'])} | {_ms(s['p99_ms'])} "
            f"| {_ms(s['max_ms'])} | {s['server_errors']} | {s['no_answer']} |"
        )
    lines += [
        "",
        "| page kind | requests | unloaded p50 ms | p50 ms | p95 ms | p99 ms | 5xx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind, s in result["kinds"].items():
        unloaded = result["baseline_kinds"].get(kind, {}).get("p50_ms", 0)
        lines.append(
            f"| {kind} | {s['n']} | {_ms(unloaded)} | {_ms(s['p50_ms'])} | {_ms(s['p95_ms'])} "
            f"| {_ms(s['p99_ms'])} | {s['server_errors']} |"
        )
    lines += [
        "",
        f"Target: 0 server errors and p99 at most 10 × the unloaded p50 "
        f"({_ms(base['p50_ms'])} ms → {_ms(result['p99_limit_ms'])} ms): measured "
        f"{load['server_errors']} server errors and p99 {_ms(load['p99_ms'])} ms "
        f"({load['p99_ms'] / base['p50_ms']:.1f} ×): **{'met' if result['met'] else 'NOT met'}**.",
    ]
    return "\n".join(lines)


def report_kill(result: dict) -> str:
    j, s = result["judged"], result["all"]
    return "\n".join(
        [
            "| requests | workers killed | failed requests | in flight at a kill | other "
            "failures | most failures at one kill | kills that failed nothing | 500s "
            "| workers at start / end |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            f"| {s['n']} | {j['kills']} | {j['failures']} | {j['in_flight_at_a_kill']} "
            f"| {j['other_failures']} | {j['max_failures_per_kill']} "
            f"| {j['kills_without_failure']} | {s['status_500']} "
            f"| {result['workers_at_start']} / {result['workers_at_end']} |",
            "",
            f"Failures seen: {', '.join(j['errors']) or 'none'}. Latency over the run: "
            f"p50 {_ms(s['p50_ms'])} ms, p99 {_ms(s['p99_ms'])} ms. "
            f"Target (only the killed worker's requests in flight fail, workers respawned): "
            f"**{'met' if result['met'] else 'NOT met'}**.",
        ]
    )


def report_pg(result: dict) -> str:
    j, s, t = result["judged"], result["all"], result["fault"]
    first = j["first_200_after_ready_s"]
    during = j["during"]
    return "\n".join(
        [
            "| requests | PostgreSQL down s | answers while down | 503 with Retry-After "
            "| 500s | PostgreSQL ready → first 200 s | failures 5 s after ready |",
            "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
            f"| {s['n']} | {t['ready'] - t['stop']:.1f} | {_statuses(during)} "
            f"| {j['during_503_with_retry_after']} | {s['status_500']} "
            f"| {'never' if first is None else f'{first:.2f}'} | {j['failed_after_grace']} |",
            "",
            f"Stopping took {t['stopped'] - t['stop']:.1f} s (`pg_ctl stop -m fast`), starting "
            f"until it accepted connections {t['ready'] - t['start']:.1f} s. All answers over "
            f"the run: {_statuses(s)}. Target (503 not 500 while down, pages again within 5 s "
            f"of its return): **{'met' if result['met'] else 'NOT met'}**.",
        ]
    )


def report_redis(result: dict) -> str:
    j, s, before = result["judged"], result["all"], result["before"]
    during, after = j["during"], j["after"]
    rows = [
        "| period | requests | answers | p50 ms | p99 ms |",
        "| --- | ---: | --- | ---: | ---: |",
    ]
    for label, part in (("Redis up", before), ("Redis stopped", during), ("Redis back", after)):
        rows.append(
            f"| {label} | {part.get('n', 0)} | {_statuses(part)} "
            f"| {_ms(part.get('p50_ms', 0))} | {_ms(part.get('p99_ms', 0))} |"
        )
    rows += [
        "",
        f"Redis was stopped for {j['down_s']:.0f} s. Server errors over the run: "
        f"{s['server_errors']}. Target (pages still served, no 500s): "
        f"**{'met' if result['met'] else 'NOT met'}**.",
    ]
    return "\n".join(rows)


REPORTS = {"load": report_load, "kill": report_kill, "pg": report_pg, "redis": report_redis}


def preamble(saved: dict) -> str:
    args, build = saved["args"], saved["build"]
    runs = list(saved["results"].values())
    return (
        f"Measured {saved['finished'][:16].replace('T', ' ')} UTC: {args['records']:,} records, "
        f"{args['users']} visitors thinking {args['think'].replace(',', '–')} s between pages; "
        f"load run {args['duration']:.0f} s after {args['baseline']:.0f} s of one visitor "
        f"alone, fault runs {args['fault_duration']:.0f} s each. Collection built "
        f"{build.get('built', '?')[:16].replace('T', ' ')} UTC (generated in "
        f"{build.get('generate_s', '?')} s, indexed in {build.get('index_s', '?')} s). "
        f"`uptime` before the first run: `{runs[0]['uptime_before']}`; after the last: "
        f"`{runs[-1]['uptime_after']}`."
    )


def sections(saved: dict) -> dict[str, str]:
    """The figures for docs/reliability.md, from a run's saved results."""
    found = {
        name: f"{REPORTS[name](result)}\n\n`uptime` before: `{result['uptime_before']}`; "
        f"after: `{result['uptime_after']}`."
        for name, result in saved["results"].items()
    }
    found["run"] = preamble(saved)
    return found


def write_docs(sections: dict[str, str]) -> None:
    path = ROOT / "docs" / "reliability.md"
    content = path.read_text()
    for name, text in sections.items():
        begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
        if begin not in content:
            continue
        head, rest = content.split(begin, 1)
        _old, tail = rest.split(end, 1)
        content = f"{head}{begin}\n{text}\n{end}{tail}"
    path.write_text(content)
