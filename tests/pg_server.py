"""A throwaway PostgreSQL cluster for the tests: `initdb` in a temporary folder, listening on
127.0.0.1 only on a free port, run by an unprivileged user (postgres refuses root), removed
afterwards. Only the server binaries run as that user; the tests stay clients.

Logins: "postgres" (superuser) and "tester" (superuser, owns the test databases) connect
without a password from 127.0.0.1; every other login needs its password (scram-sha-256).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

UNPRIVILEGED = "nobody"


def binaries() -> tuple[str, str] | None:
    """(initdb, pg_ctl) from PATH or Debian's /usr/lib/postgresql/N/bin; None when absent."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{folder}/initdb", os.X_OK) and os.access(f"{folder}/pg_ctl", os.X_OK):
            return f"{folder}/initdb", f"{folder}/pg_ctl"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A running cluster; `url(login, database)` names a database on it."""

    def __init__(self, initdb: str, pg_ctl: str) -> None:
        self._pg_ctl = pg_ctl
        self.base = Path(tempfile.mkdtemp(prefix="mrtdesk-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            entry = pwd.getpwnam(UNPRIVILEGED)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)
            self._as_user = ["runuser", "-u", UNPRIVILEGED, "--"]
        os.chmod(self.base, 0o755)
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C",
                  "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256")  # fmt: skip
        hba = self.data / "pg_hba.conf"
        trusted = "host all postgres,tester 127.0.0.1/32 trust\n"
        self._write_as_owner(hba, trusted + hba.read_text())
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.base} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.base / "log"),
                  "-w", "start")  # fmt: skip
        self._watch_over_the_tests()
        with self.connect() as conn:
            conn.execute("CREATE ROLE tester LOGIN SUPERUSER")

    def _watch_over_the_tests(self) -> None:
        """A watchdog that stops and removes the cluster if the test process dies without
        doing it (a crash, a kill): no server is left running behind."""
        command = (*self._as_user, self._pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        stop = " ".join(shlex.quote(a) for a in command)
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; "
            f"{stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.base))}"
        )
        subprocess.Popen(
            ["sh", "-c", script], start_new_session=True,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def _run(self, *cmd: str) -> None:
        done = subprocess.run([*self._as_user, *cmd], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:1])} failed: {done.stderr or done.stdout}")

    def _write_as_owner(self, path: Path, body: str) -> None:
        stat = path.stat()
        path.write_text(body)
        os.chown(path, stat.st_uid, stat.st_gid)

    def url(self, login: str = "tester", database: str = "postgres") -> str:
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.connect() as conn:
            clause = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name} OWNER tester{clause}")
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run(self._pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)
