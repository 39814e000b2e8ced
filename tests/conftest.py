"""Test set-up shared by the whole suite.

- The data folder is a temp folder (the user's own database is never touched).
- Translations are compiled once, Swedish is the language.
- ``db`` gives a fresh, migrated database per test, once on SQLite and once on a real
  PostgreSQL server started on loopback. A migrated template is copied per test (fast).
- ``demo_db`` (and the UI's ``demo_ctx``) copy the example district, loaded once per day the
  clock reads, instead of loading it per test (seconds each, in some 500 tests).
- ``today`` is the program's day read when the test starts, the clock held there for the test
  (never a module-level ``clock.today()``: tests/test_no_import_time_days.py).
- Without PostgreSQL installed the PostgreSQL variants are skipped with a reason, except when
  SAMVERKAN_REQUIRE_POSTGRES or CI is set: then they fail, so CI never skips them silently.
- On CI any other skip fails too (tests/ci_skips.py).
- SAMVERKAN_TEST_NOW=2026-12-05T17:30 (Stockholm time) runs the suite as if at that moment:
  every test starts there, the clock running on (tests/set_moment.py); unset, the real time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_HOME = tempfile.mkdtemp(prefix="samverkan-test-home-")
os.environ["SAMVERKAN_HOME"] = _HOME
os.environ["SAMVERKAN_LANG"] = "sv"
os.environ.pop("SAMVERKAN_DB", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from samverkan_desktop import i18n, i18n_build  # noqa: E402
from samverkan_desktop.db import Database, open_database  # noqa: E402
from tests.demo_files import load_demo  # noqa: E402
from tests.pg_server import PostgresServer, find_bin_dir  # noqa: E402

i18n_build.main([])
i18n.set_language("sv")

pytest_plugins = ["tests.ci_skips", "tests.set_moment", "pytester"]

_counter = itertools.count()


def _postgres_required() -> bool:
    return bool(os.environ.get("SAMVERKAN_REQUIRE_POSTGRES") or os.environ.get("CI"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | str]:
    """A running server (or SAMVERKAN_TEST_PG_URL's) for the whole session."""
    external = os.environ.get("SAMVERKAN_TEST_PG_URL")
    if external:
        yield external
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        message = "PostgreSQL is not installed (apt-get install postgresql)"
        if _postgres_required():
            pytest.fail(message + " and CI requires the PostgreSQL tests.")
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _admin_url(server: PostgresServer | str) -> str:
    return server if isinstance(server, str) else server.url("postgres")


def _pg_url(server: PostgresServer | str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(_admin_url(server)).set(database=database).render_as_string(hide_password=False)


def _pg_admin(server: PostgresServer | str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(_admin_url(server), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template(postgres_server: PostgresServer | str) -> str:
    name = f"samverkan_template_{os.getpid()}"
    _pg_admin(postgres_server, f"DROP DATABASE IF EXISTS {name}")
    _pg_admin(postgres_server, f"CREATE DATABASE {name}")
    open_database(_pg_url(postgres_server, name)).dispose()
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def fresh_sqlite_url(template: Path, folder: Path) -> str:
    target = folder / "samverkan.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """The address of a fresh, migrated SQLite database."""
    return fresh_sqlite_url(sqlite_template, tmp_path)


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The address of a fresh, migrated PostgreSQL database."""
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("pg_template")
    name = f"samverkan_t{os.getpid()}_{next(_counter)}"
    _pg_admin(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    yield _pg_url(server, name)
    _pg_admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database address, once per backend."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated database, once on SQLite and once on PostgreSQL."""
    database = open_database(db_url)
    yield database
    database.dispose()


# Makes the database (a file, a PostgreSQL database name) a copy of today's example district.
DemoCopier = Callable[[str], None]


@pytest.fixture(scope="session")
def sqlite_demo_files(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> DemoCopier:
    """The example district as a SQLite file, loaded once per day the clock reads (its dates
    are relative to that day) and copied per test: loading it takes seconds, a copy
    milliseconds, and some 500 tests start from it."""
    folder = tmp_path_factory.mktemp("demo")
    files: dict[dt.date, Path] = {}

    def for_today() -> Path:
        from samverkan_desktop import clock, demo

        today = clock.today()
        if today not in files:
            work = folder / today.isoformat()
            work.mkdir()
            database = open_database(fresh_sqlite_url(sqlite_template, work))
            try:
                database.call(demo.load, today)
                with database.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                database.dispose()
            files[today] = work / "samverkan.sqlite3"
        return files[today]

    def copy(database: str) -> None:
        target = Path(database)
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(for_today(), target)

    return copy


@pytest.fixture(scope="session")
def pg_demo_templates(postgres_server: PostgresServer | str, pg_template: str) -> DemoCopier:
    """As ``sqlite_demo_files``, on PostgreSQL: a template database per day, and the test's
    database dropped and created again from it."""
    names: dict[dt.date, str] = {}

    def template() -> str:
        from samverkan_desktop import clock, demo

        today = clock.today()
        if today not in names:
            name = f"samverkan_demo_{os.getpid()}_{today:%Y%m%d}"
            _pg_admin(postgres_server, f"DROP DATABASE IF EXISTS {name}")
            _pg_admin(postgres_server, f"CREATE DATABASE {name} TEMPLATE {pg_template}")
            database = open_database(_pg_url(postgres_server, name))
            try:
                database.call(demo.load, today)
            finally:
                database.dispose()
            names[today] = name
        return names[today]

    def copy(database: str) -> None:
        source = template()
        _pg_admin(postgres_server, f"DROP DATABASE {database} WITH (FORCE)")
        _pg_admin(postgres_server, f"CREATE DATABASE {database} TEMPLATE {source}")

    return copy


@pytest.fixture
def demo_url(sqlite_url: str, sqlite_demo_files: DemoCopier) -> str:
    """The test's SQLite database (``sqlite_url``) with today's example district copied in, for
    the command line or the program started on it. Laid out around the test's own day (after
    SAMVERKAN_TEST_NOW or mark.moment set the clock): a copy made once per module was laid out
    around the real day, and its tests ran weeks from its dates."""
    sqlite_demo_files(sqlite_url.removeprefix("sqlite:///"))
    return sqlite_url


@pytest.fixture
def demo_db(db: Database, request: pytest.FixtureRequest) -> Database:
    """A database holding the example district."""
    load_demo(db, request)
    return db


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """The program's day when the test starts, read then and not when its module is imported
    (a run crossing Stockholm's midnight compared yesterday with the code's today). The clock
    is held on it for the test, so a test running across midnight still agrees with the code."""
    from samverkan_desktop import clock

    day = clock.today()
    monkeypatch.setattr(clock, "today", lambda: day)
    return day
