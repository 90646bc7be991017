"""Store fixtures: a real PostgreSQL server started by the tests (initdb + pg_ctl on a temp dir and
a free port), a ``store`` fixture run against SQLite AND PostgreSQL, and builders for events as two
articles (Arabic and English) would yield them.

On CI (``CI=true``) a PostgreSQL server that cannot be started FAILS the tests; locally they skip.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bilateral.store import Store, open_store

PG_USER = "bilateral-test"


def _pg_bin(name: str) -> str | None:
    for d in ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]:
        if Path(d, name).exists():
            return str(Path(d, name))
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server as an unprivileged user."""
    if os.geteuid() != 0:
        return cmd
    try:
        pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
                       check=True, capture_output=True)
    return ["runuser", "-u", PG_USER, "--", *cmd]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"PostgreSQL is required on CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server (superuser ``postgres``, trust auth) living for the whole session."""
    if os.environ.get("BILATERAL_TEST_PG_URL"):
        yield os.environ["BILATERAL_TEST_PG_URL"]
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        _unavailable("initdb/pg_ctl not found (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="bilateral-pg-"))
    data = root / "data"
    port = _free_port()
    try:
        if os.geteuid() == 0:
            _as_user(["true"])
            shutil.chown(root, PG_USER)
            root.chmod(0o755)
        subprocess.run(_as_user([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                 "--locale=C.UTF-8"]), check=True, capture_output=True, timeout=120)
        subprocess.run(_as_user([pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60", "-o",
                                 f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]),
                       check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
        detail = getattr(e, "stderr", b"") or b""
        log = (root / "log").read_text(errors="replace")[-800:] if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"{e}: {detail.decode(errors='replace')[-800:]} {log}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


_db_counter = itertools.count()


def fresh_pg_database(server_url: str) -> str:
    """Create an empty database on the test server and return its URL."""
    name = f"t{os.getpid()}_{next(_db_counter)}"
    engine = sa.create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"),
                              isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database: an SQLite file, then a PostgreSQL database (same tests, both backends)."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return fresh_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    try:
        yield s
    finally:
        s.close()
