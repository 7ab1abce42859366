"""Judging the requests of benchmarks/reliability.py: every request the visitors sent
(start, end, kind, status), summarised and set against the moments the script acted."""

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Request:
    start: float
    end: float
    kind: str
    status: int
    retry_after: str
    url: str
    error: str


def read_requests(path: Path) -> list[Request]:
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    return sorted(
        (
            Request(
                start=float(row["start"]),
                end=float(row["start"]) + float(row["ms"]) / 1000,
                kind=row["kind"],
                status=int(row["status"]),
                retry_after=row["retry_after"],
                url=row["url"],
                error=row["error"],
            )
            for row in rows
        ),
        key=lambda r: r.start,
    )


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..100) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


def failed(request: Request) -> bool:
    """No answer (connection refused or reset) or a server error."""
    return request.status == 0 or request.status >= 500


def summarise(requests: list[Request]) -> dict:
    """Counts by status, latency percentiles (ms) and throughput of a set of requests."""
    if not requests:
        return {"n": 0}
    ms = [(r.end - r.start) * 1000 for r in requests]
    span = max(r.end for r in requests) - min(r.start for r in requests)
    statuses: dict[str, int] = {}
    for r in requests:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    return {
        "n": len(requests),
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(1 for r in requests if r.status >= 500),
        "status_500": sum(1 for r in requests if r.status == 500),
        "no_answer": sum(1 for r in requests if r.status == 0),
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms),
        "rps": len(requests) / span if span > 0 else 0.0,
        "distinct_urls": len({r.url for r in requests}),
    }


def by_kind(requests: list[Request]) -> dict[str, dict]:
    kinds: dict[str, list[Request]] = {}
    for r in requests:
        kinds.setdefault(r.kind, []).append(r)
    return {kind: summarise(found) for kind, found in sorted(kinds.items())}


def in_flight(request: Request, moments: list[float], slack: float = 0.05) -> bool:
    """Whether ``request`` was under way at one of ``moments`` (its start before the
    moment and its end after it, within ``slack`` seconds for the clocks' resolution)."""
    return any(request.start - slack <= moment <= request.end + slack for moment in moments)


def judge_kills(requests: list[Request], kills: list[float]) -> dict:
    failures = [r for r in requests if failed(r)]
    explained = [r for r in failures if in_flight(r, kills)]
    per_kill = [sum(1 for r in failures if in_flight(r, [k])) for k in kills]
    return {
        "kills": len(kills),
        "failures": len(failures),
        "in_flight_at_a_kill": len(explained),
        "other_failures": len(failures) - len(explained),
        "max_failures_per_kill": max(per_kill, default=0),
        "kills_without_failure": sum(1 for n in per_kill if n == 0),
        "errors": sorted({r.error or str(r.status) for r in failures}),
    }


def judge_outage(requests: list[Request], down: float, ready: float, grace: float = 5.0) -> dict:
    """Requests while a server was down (from ``down``, when it was stopped, to ``ready``,
    when it answered again) and after: what they got and how soon pages came back."""
    during = [r for r in requests if r.end >= down and r.start <= ready]
    after = [r for r in requests if r.start >= ready]
    back = [r.end for r in requests if r.status == 200 and r.end >= ready and r.start >= down]
    first_ok = min(back, default=None)
    late = [r for r in after if r.start >= ready + grace and r.status != 200]
    return {
        "down_s": ready - down,
        "during": summarise(during),
        "during_503_with_retry_after": sum(1 for r in during if r.status == 503 and r.retry_after),
        "first_200_after_ready_s": None if first_ok is None else first_ok - ready,
        "failed_after_grace": len(late),
        "after": summarise(after),
    }
