"""Load and faults, measured: visitors with locust against gunicorn on PostgreSQL.

    .venv/bin/python benchmarks/reliability.py --records 100000 --write-docs

Starts a PostgreSQL cluster and a redis-server of its own in the work folder (other ports
than the machine's shared servers, which it never touches), builds the synthetic
collection once (kept between runs; --rebuild starts again), serves it with the
production gunicorn settings (config/gunicorn.py) on 127.0.0.1, and runs locust headless
against it, bounded in time, in four scenarios:

load   one visitor first (the unloaded p50), then --users visitors for --duration;
kill   the same load for --fault-duration, a gunicorn worker killed with SIGKILL every
       --kill-every seconds;
pg     the same load, PostgreSQL stopped for --pg-down seconds and started again;
redis  the same load with CACHE_URL=redis://..., Redis stopped for --redis-down seconds.

Every request is logged (start, end, kind, status) by the visitors (benchmarks/visitors.py)
and judged here against the faults' times; see docs/reliability.md.
"""

import argparse
import datetime
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.judge import (  # noqa: E402
    by_kind,
    judge_kills,
    judge_outage,
    read_requests,
    summarise,
)
from benchmarks.lab import setup_django  # noqa: E402
from benchmarks.report import REPORTS, sections, write_docs  # noqa: E402
from benchmarks.servers import PostgresCluster, RedisServer, port_open  # noqa: E402

SCENARIOS = ("load", "kill", "pg", "redis")


def parse_duration(text: str) -> float:
    """Seconds from "90", "90s", "10m" or "1h"."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    if text and text[-1] in units:
        return float(text[:-1]) * units[text[-1]]
    return float(text)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--exhibitions", type=int, default=40)
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path("/var/tmp/catalogue-reliability"),
        help="the cluster, logs and request logs (kept between runs)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the collection again")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--pg-port", type=int, default=5544)
    parser.add_argument("--redis-port", type=int, default=6380)
    parser.add_argument("--port", type=int, default=8766, help="gunicorn's port")
    parser.add_argument(
        "--scenarios", default=",".join(SCENARIOS), help=f"some of {','.join(SCENARIOS)}"
    )
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument(
        "--think", default="3,12", help="think time between pages, seconds (min,max)"
    )
    parser.add_argument("--baseline", type=parse_duration, default=60.0, help="one visitor")
    parser.add_argument("--duration", type=parse_duration, default=600.0, help="load scenario")
    parser.add_argument(
        "--fault-duration", type=parse_duration, default=150.0, help="each fault scenario"
    )
    parser.add_argument("--kill-every", type=float, default=10.0)
    parser.add_argument("--pg-down", type=float, default=15.0)
    parser.add_argument("--redis-down", type=float, default=30.0)
    parser.add_argument(
        "--max-requests",
        type=int,
        default=100_000,
        help="stop a scenario after this many requests, if before its time",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--write-docs", action="store_true", help="update docs/reliability.md")
    parser.add_argument(
        "--report", type=Path, help="only report a saved run (its results.json), run nothing"
    )
    args = parser.parse_args(argv)
    args.scenarios = [name.strip() for name in args.scenarios.split(",") if name.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    return args


# --- the collection -----------------------------------------------------------------


def database_name(records: int) -> str:
    return f"reliability_{records}"


def prepare_database(cluster: PostgresCluster, name: str, marker: Path, rebuild: bool) -> bool:
    """Create the database unless a complete build of it is kept; True when fresh."""
    import psycopg2

    admin = psycopg2.connect(f"{cluster.url}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = cursor.fetchone() is not None
        keep = exists and marker.exists() and not rebuild
        if exists and not keep:
            marker.unlink(missing_ok=True)
            cursor.execute(f'DROP DATABASE "{name}"')
        if not keep:
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return not keep


class Lines:
    """Progress messages, one a line."""

    def write(self, message: str) -> None:
        print(message, flush=True)


def build_collection(args, marker: Path, fresh: bool) -> dict:
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.synthetic import generate, generate_exhibitions
    from search.services import rebuild_index

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if not fresh:
        return json.loads(marker.read_text())
    timings = {"records": args.records, "built": datetime.datetime.now(datetime.UTC).isoformat()}
    started = time.perf_counter()
    generate(args.records, stdout=Lines())
    generate_exhibitions(args.exhibitions, stdout=Lines())
    timings["generate_s"] = round(time.perf_counter() - started)
    started = time.perf_counter()
    rebuild_index(batch_size=1000)
    timings["index_s"] = round(time.perf_counter() - started)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    marker.write_text(json.dumps(timings))
    print(f"generated in {timings['generate_s']} s, indexed in {timings['index_s']} s")
    return timings


def write_vocabulary(path: Path, seed: int, sample: int = 20_000) -> dict:
    """What visitors ask for (benchmarks.vocabulary.collect), for the locust visitors."""
    from benchmarks.vocabulary import collect

    data = collect(seed, sample)
    path.write_text(json.dumps(data, ensure_ascii=False))
    return data


# --- servers and visitors -------------------------------------------------------------


class Gunicorn:
    """The site, served as in production: config/gunicorn.py with its own defaults
    (workers, threads, timeouts, max_requests); only the address is the benchmark's."""

    def __init__(self, args, env: dict[str, str], log: Path):
        self.args = args
        self.env = env
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        if port_open(self.args.port):
            raise SystemExit(f"port {self.args.port} is taken: choose another --port")
        env = {**os.environ, **self.env, "GUNICORN_BIND": f"127.0.0.1:{self.args.port}"}
        output = open(self.log, "ab")  # noqa: SIM115 - the server's output, for its life
        self.process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited; see {self.log}")
            if http_status(self.args.port, "/healthz") == 200:
                return
            time.sleep(0.2)
        raise SystemExit(f"gunicorn did not answer; see {self.log}")

    def workers(self) -> list[int]:
        """The worker processes' ids (children of the master)."""
        if self.process is None:
            return []
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    found.append(int(entry.name))
        return sorted(found)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def http_status(port: int, path: str, timeout: float = 5) -> int:
    import http.client

    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status
    except OSError:
        return 0


def run_visitors(args, name: str, users: int, seconds: float, think: str, seed: int) -> Path:
    """locust, headless, for ``seconds``: returns the log of every request."""
    log = args.workdir / f"{name}.requests.csv"
    env = {
        **os.environ,
        "RELIABILITY_VOCABULARY": str(args.workdir / "vocabulary.json"),
        "RELIABILITY_LOG": str(log),
        "RELIABILITY_SEEN": str(args.workdir / "seen.txt"),
        "RELIABILITY_THINK": think,
        "RELIABILITY_SEED": str(seed),
        "RELIABILITY_MAX_REQUESTS": str(args.max_requests),
        "PYTHONPATH": str(ROOT),
    }
    command = [
        str(ROOT / ".venv/bin/locust"),
        "-f", str(ROOT / "benchmarks/visitors.py"),
        "--headless",
        "--host", f"http://127.0.0.1:{args.port}",
        "--users", str(users),
        "--spawn-rate", str(args.spawn_rate),
        "--run-time", f"{int(seconds)}s",
        "--stop-timeout", "10",
        "--only-summary",
        "--loglevel", "WARNING",
        "--exit-code-on-error", "0",
    ]  # fmt: skip
    with open(args.workdir / f"{name}.locust.log", "wb") as output:
        subprocess.run(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, check=True,
            timeout=seconds + 120,
        )  # fmt: skip
    return log


# --- the scenarios --------------------------------------------------------------------


def uptime() -> str:
    env = {**os.environ, "TZ": "UTC"}  # Django set the site's time zone in this process
    return subprocess.run(["uptime"], capture_output=True, text=True, env=env).stdout.strip()


class Timer(threading.Thread):
    """Runs ``action`` beside the visitors, from the scenario's start."""

    def __init__(self, action):
        super().__init__(daemon=True)
        self.action = action
        self.result: dict = {}
        self.error: BaseException | None = None

    def run(self):
        try:
            self.result = self.action()
        except BaseException as exc:  # noqa: BLE001 - reported by the scenario
            self.error = exc


def scenario(args, name: str, env: dict, seconds: float, seed: int, fault=None) -> dict:
    """Serve, send the visitors for ``seconds`` (with ``fault`` beside them), judge."""
    server = Gunicorn(args, env, args.workdir / f"{name}.gunicorn.log")
    server.start()
    record = {"uptime_before": uptime(), "workers_at_start": len(server.workers())}
    timer = Timer(lambda: fault(server, time.time())) if fault else None
    try:
        if timer:
            timer.start()
        log = run_visitors(args, name, args.users, seconds, args.think, seed)
        if timer:
            timer.join(timeout=60)
            if timer.error:
                raise timer.error
        time.sleep(1)
        record["workers_at_end"] = len(server.workers())
    finally:
        server.stop()
    record["uptime_after"] = uptime()
    requests = read_requests(log)
    record["all"] = summarise(requests)
    record["kinds"] = by_kind(requests)
    record["fault"] = timer.result if timer else {}
    record["requests"] = requests
    return record


def run_load(args, env) -> dict:
    server = Gunicorn(args, env, args.workdir / "warmup.gunicorn.log")
    server.start()
    try:
        # Warm PostgreSQL's buffers and the workers, unmeasured, then one visitor alone.
        run_visitors(args, "warmup", 5, 30, "0,0", args.seed + 100)
        baseline_log = run_visitors(args, "baseline", 1, args.baseline, "0,0", args.seed + 1)
    finally:
        server.stop()
    baseline = read_requests(baseline_log)
    result = scenario(args, "load", env, args.duration, args.seed + 2)
    result["baseline"] = summarise(baseline)
    result["baseline_kinds"] = by_kind(baseline)
    limit = 10 * result["baseline"]["p50_ms"]
    result["p99_limit_ms"] = limit
    result["met"] = result["all"]["server_errors"] == 0 and result["all"]["p99_ms"] <= limit
    return result


def run_kill(args, env) -> dict:
    def fault(server: Gunicorn, started: float) -> dict:
        kills: list[float] = []
        end = started + args.fault_duration - args.kill_every
        time.sleep(args.kill_every)
        while time.time() < end:
            workers = server.workers()
            if workers:
                victim = random.choice(workers)
                kills.append(time.time())
                os.kill(victim, signal.SIGKILL)
            time.sleep(args.kill_every)
        return {"kill_times": kills}

    result = scenario(args, "kill", env, args.fault_duration, args.seed + 3, fault)
    result["judged"] = judge_kills(result["requests"], result["fault"]["kill_times"])
    judged = result["judged"]
    result["met"] = (
        judged["other_failures"] == 0
        and result["all"]["status_500"] == 0
        and result["workers_at_end"] == result["workers_at_start"]
    )
    return result


def wait_until(check, timeout: float, step: float = 0.05) -> float | None:
    """The time ``check()`` first held, polling every ``step`` seconds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if check():
            return time.time()
        time.sleep(step)
    return None


def run_pg(args, env, cluster: PostgresCluster) -> dict:
    import psycopg2

    def accepts() -> bool:
        try:
            psycopg2.connect(f"{cluster.url}/postgres", connect_timeout=1).close()
            return True
        except psycopg2.OperationalError:
            return False

    def fault(server: Gunicorn, started: float) -> dict:
        time.sleep(args.fault_duration * 0.35)
        stopping = time.time()
        cluster.stop("fast")
        stopped = time.time()
        time.sleep(args.pg_down)
        starting = time.time()
        threading.Thread(target=cluster.start, daemon=True).start()
        ready = wait_until(accepts, 60)
        return {"stop": stopping, "stopped": stopped, "start": starting, "ready": ready}

    result = scenario(args, "pg", env, args.fault_duration, args.seed + 4, fault)
    times = result["fault"]
    result["judged"] = judge_outage(result["requests"], times["stop"], times["ready"])
    judged = result["judged"]
    first = judged["first_200_after_ready_s"]
    result["met"] = (
        result["all"]["status_500"] == 0
        and judged["during"]["statuses"].get("503", 0) > 0
        and first is not None
        and first <= 5
        and judged["failed_after_grace"] == 0
    )
    return result


def run_redis(args, env, redis: RedisServer) -> dict:
    def fault(server: Gunicorn, started: float) -> dict:
        time.sleep(args.fault_duration * 0.35)
        stopping = time.time()
        redis.stop()
        time.sleep(args.redis_down)
        starting = time.time()
        redis.start()
        return {"stop": stopping, "start": starting}

    redis_env = {**env, "CACHE_URL": redis.url}
    result = scenario(args, "redis", redis_env, args.fault_duration, args.seed + 5, fault)
    times = result["fault"]
    requests = result["requests"]
    before = [r for r in requests if r.end < times["stop"]]
    result["before"] = summarise(before)
    result["judged"] = judge_outage(requests, times["stop"], times["start"])
    during = result["judged"]["during"]
    result["met"] = during.get("n", 0) > 0 and result["all"]["server_errors"] == 0
    return result


def main(argv=None) -> None:
    args = parse_args(argv)
    if args.report:
        report(json.loads(args.report.read_text()), args.write_docs)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    cluster = PostgresCluster(args.workdir, args.pg_port)
    redis = RedisServer(args.workdir, args.redis_port)
    cluster.init()
    cluster.start()
    results: dict[str, dict] = {}
    try:
        name = database_name(args.records)
        marker = args.workdir / f"{name}.built.json"
        fresh = prepare_database(cluster, name, marker, args.rebuild)
        setup_django(f"{cluster.url}/{name}", str(args.workdir / "static"))
        build = build_collection(args, marker, fresh)
        if args.build_only:
            return
        write_vocabulary(args.workdir / "vocabulary.json", args.seed)
        (args.workdir / "seen.txt").unlink(missing_ok=True)
        from django.db import connections

        connections.close_all()
        env = {
            "DATABASE_URL": f"{cluster.url}/{name}",
            "DJANGO_SECRET_KEY": "benchmark-only-secret-key",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_STATIC_ROOT": str(args.workdir / "static"),
            "CACHE_URL": "locmem://",
        }
        for scenario_name in args.scenarios:
            print(
                f"{scenario_name}: started {datetime.datetime.now(datetime.UTC):%H:%M:%S} UTC",
                flush=True,
            )
            if scenario_name == "load":
                results["load"] = run_load(args, env)
                results["load"]["users"] = args.users
            elif scenario_name == "kill":
                results["kill"] = run_kill(args, env)
            elif scenario_name == "pg":
                results["pg"] = run_pg(args, env, cluster)
            elif scenario_name == "redis":
                redis.start()
                try:
                    results["redis"] = run_redis(args, env, redis)
                finally:
                    redis.stop()
            text = REPORTS[scenario_name](results[scenario_name])
            print(text, flush=True)
    finally:
        redis.stop()
        cluster.stop()
    saved = {
        "args": {
            key: str(value) if isinstance(value, Path) else value
            for key, value in vars(args).items()
        },
        "build": build,
        "finished": datetime.datetime.now(datetime.UTC).isoformat(),
        "results": {
            name: {key: value for key, value in result.items() if key != "requests"}
            for name, result in results.items()
        },
    }
    path = args.workdir / "results.json"
    path.write_text(json.dumps(saved, indent=2, default=str))
    report(saved, args.write_docs)
    print(f"saved in {path}")
    if not all(result["met"] for result in results.values()):
        sys.exit(1)


def report(saved: dict, write: bool) -> None:
    found = sections(saved)
    print(found["run"])
    if write:
        write_docs(found)


if __name__ == "__main__":
    main()
