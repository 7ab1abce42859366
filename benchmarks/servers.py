"""A PostgreSQL cluster and a Redis server of the benchmark's own, in its work folder.

The fault scenarios stop and restart the database and the cache; they must never touch
the machine's shared servers (other test suites run against 127.0.0.1:5432 and :6379),
so each run starts its own on other ports and stops only those.
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_owner(command: list[str], user: str | None) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as ``user`` then."""
    if user is None:
        return command
    return ["runuser", "-u", user, "--", *command]


def port_open(port: int, host: str = "127.0.0.1", timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


class PostgresCluster:
    """``initdb`` once into ``<workdir>/pg``, then start, stop and restart with pg_ctl."""

    def __init__(self, workdir: Path, port: int):
        self.workdir = workdir
        self.data = workdir / "pg"
        self.sockets = workdir / "pg-run"
        self.log = workdir / "postgresql.log"
        self.port = port
        self.user = "postgres" if os.geteuid() == 0 else None

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            _as_owner([str(PG_BIN / args[0]), *args[1:]], self.user),
            check=check,
            capture_output=True,
            text=True,
        )

    def _chown(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if self.user:
            shutil.chown(path, self.user, self.user)

    def init(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.workdir, 0o755)
        self._chown(self.sockets)
        if self.log.exists() and self.user:
            shutil.chown(self.log, self.user, self.user)
        elif self.user:
            self.log.touch()
            shutil.chown(self.log, self.user, self.user)
        if (self.data / "PG_VERSION").exists():
            return
        self._chown(self.data)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        if port_open(self.port):
            raise SystemExit(f"port {self.port} is taken: choose another --pg-port")
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1"
            f" -c unix_socket_directories={self.sockets}"
            # As docs/operations.md advises for 100,000 records; slow statements logged.
            " -c shared_buffers=512MB -c log_min_duration_statement=500"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def ready(self) -> bool:
        return (
            self._run(
                "pg_isready", "-h", "127.0.0.1", "-p", str(self.port), "-t", "1", check=False
            ).returncode
            == 0
        )


class RedisServer:
    """A redis-server on its own port, without persistence, stopped by its own pid."""

    def __init__(self, workdir: Path, port: int):
        self.workdir = workdir
        self.port = port
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        if port_open(self.port):
            raise SystemExit(f"port {self.port} is taken: choose another --redis-port")
        self.workdir.mkdir(parents=True, exist_ok=True)
        log = open(self.workdir / "redis.log", "ab")  # noqa: SIM115 - kept for the server's life
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.workdir),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _ in range(100):
            if port_open(self.port):
                return
            time.sleep(0.05)
        raise SystemExit("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
