"""Opening a database: engine settings, safety checks, automatic migration, sessions.

A database that is locked, damaged, not ours or newer than this program is refused with a clear
message; it is never overwritten or "repaired" silently.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy.pool import PoolProxiedConnection

from samverkan_desktop import (
    audit_trail,
    changes,
    db_connect_errors,
    db_errors,
    db_problems,
    direct_sql,
    schema_versions,
    sqlite_files,
)
from samverkan_desktop.announcer import Announcer
from samverkan_desktop.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    NotSamverkanDatabaseError,
    PermissionDeniedError,
    SchemaTooNewError,
    StaleRecordError,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.paths import MIGRATIONS_DIR

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_BUSY_TIMEOUT_MS = 5000
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a role without the right (samverkan db grant-roles)
# PostgreSQL: a server that only reads (a hot standby, default_transaction_read_only = on).
READ_ONLY_SQL_TRANSACTION = "25006"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL + synchronous=FULL: a commit the UI has confirmed survives a killed process.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    # SQLite's own lower()/upper() fold ASCII only: "Åsa" and "åsa" would count as different
    # names. Python's folding matches PostgreSQL's for Swedish letters.
    dbapi_connection.create_function("lower", 1, _fold(str.lower), deterministic=True)
    dbapi_connection.create_function("upper", 1, _fold(str.upper), deterministic=True)


def _fold(method: Any) -> Any:
    def fold(value: Any) -> Any:
        return method(value) if isinstance(value, str) else value

    return fold


# A Session's connection option: its SQLite transaction begins as the writer (Database.session).
WRITER_OPTION = "samverkan_writer"


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is disabled (isolation_level=None); begin explicitly
    # so SAVEPOINT and transactional DDL work as documented by SQLAlchemy. A writer's BEGIN
    # IMMEDIATE takes the write lock now, waiting (busy_timeout) for another desk's to end.
    writer = conn.get_execution_options().get(WRITER_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            database = Path(parsed.database)
            try:
                database.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:  # a file in the path, a read-only disk: not an OSError
                from samverkan_desktop.os_errors import reason

                raise cannot_open_error(database, reason(error)) from error
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An opened, migrated database and its session factory."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        # Counted as open until disposed (or collected undisposed): see sqlite_files.
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._closed = weakref.finalize(
            self,
            sqlite_files.closed,
            sqlite_files.opened(Path(database)) if database not in (None, "", ":memory:") else None,
        )
        # Tells this program's changes from another desk's (audit rows, change notifications).
        self.client_id = changes.new_client_id()
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={"client_id": self.client_id}
        )
        audit_trail.install(self._sessions)
        changes.install(self._sessions)
        self._direct = _DirectConnections(engine)
        # PostgreSQL: the direct units' change notifications, sent from a thread of their own.
        self.announcer: Announcer | None = (
            None if engine.dialect.name == "sqlite" else Announcer(engine, self.client_id)
        )

    @property
    def is_open(self) -> bool:
        """Always: a Database is opened when made. ui.fast_start's stand-in, which opens at its
        first use, answers False until then; a caller asks before work that would open it."""
        return True

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        ``write``, for a unit that reads and then writes (SQLite): it takes the write lock
        first, waiting its turn behind another desk's, so nothing it read can change before
        it writes. Begun as a reader it would fail at once, "locked", when another desk
        wrote meanwhile: WAL lets a reader never wait, and a reader cannot become a writer
        after someone else's write. (``call`` finds this out by itself.)"""
        session = self._sessions()
        try:
            if write and self.is_sqlite:
                session.connection(execution_options={WRITER_OPTION: True})
            yield session
            session.commit()
        except sa_exc.OperationalError as error:
            session.rollback()
            raise translate_operational_error(error, self.url) from error
        except orm_exc.StaleDataError as error:
            # A versioned record (VersionedMixin) was saved by another desk meanwhile.
            session.rollback()
            raise stale_record_error() from error
        except sa_exc.IntegrityError as error:
            # A unique index, foreign key or check refused what no service foresaw (two desks
            # at the same moment): the user's words, not the driver's (db_errors).
            session.rollback()
            raise db_errors.conflict_error(error) from error
        except sa_exc.ProgrammingError as error:
            session.rollback()
            if _refused(error.orig):
                raise permission_denied_error(reading=_is_read(error.statement)) from error
            if db_problems.is_missing_schema(error):  # PostgreSQL's (SQLite's is operational)
                raise translate_operational_error(error, self.url) from error
            raise db_problems.unexpected_error(error) from error  # e.g. a statement it cannot read
        except sa_exc.DatabaseError as error:
            session.rollback()
            # Damaged under the running program ("not a database"), or a server that only reads.
            if is_damage(error) or is_read_only(error):
                raise translate_operational_error(error, self.url) from error
            if db_errors.is_refusal(error):  # a trigger's refusal (PostgreSQL)
                raise db_errors.conflict_error(error) from error
            raise db_problems.unexpected_error(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def direct(
        self, *, fresh: bool = False, autocommit: bool = False
    ) -> Iterator[direct_sql.DirectUnit]:
        """One unit of work on a pooled DBAPI connection, without a Session (see direct_sql):
        committed when the block ends, rolled back on any error; the driver's errors become
        the same DatabaseErrors as a Session's. ``fresh``: a connection checked out (and on
        PostgreSQL pinged) now, not one kept from the previous unit. ``autocommit``
        (PostgreSQL): each statement commits as it runs (direct_sql.direct's autocommit)."""
        dbapi = self.engine.dialect.loaded_dbapi
        try:
            pooled, kept = self._direct.take(fresh)
        except (sa_exc.DatabaseError, dbapi.DatabaseError) as error:
            # The connect hook's own statements (pragmas) raise the driver's error unwrapped.
            unreachable = isinstance(error, (sa_exc.OperationalError, dbapi.OperationalError))
            if unreachable or is_damage(error):
                raise translate_operational_error(error, self.url) from error
            raise
        unit = direct_sql.DirectUnit(
            pooled.driver_connection,
            self.engine.dialect,
            self.client_id,
            autocommit,
            self.announcer.announce if self.announcer is not None else None,
        )
        healthy = True
        try:
            unit.begin()
            yield unit
            unit.commit()
        except BaseException as error:
            try:
                unit.rollback()
            except dbapi.Error:
                healthy = False  # a broken connection is not used again
            if isinstance(error, dbapi.OperationalError):
                healthy = healthy and not getattr(pooled.driver_connection, "broken", False)
                if kept and not healthy and unit.retryable:
                    # A kept connection the server dropped meanwhile (restart): nothing was
                    # done, so the caller may run the unit again on a fresh one.
                    raise _DroppedConnection from error
                raise translate_operational_error(error, self.url) from error
            if isinstance(error, dbapi.ProgrammingError) and _refused(error):
                raise permission_denied_error() from error
            if isinstance(error, dbapi.ProgrammingError) and db_problems.is_missing_schema(error):
                raise translate_operational_error(error, self.url) from error
            if isinstance(error, dbapi.DatabaseError) and is_read_only(error):
                raise translate_operational_error(error, self.url) from error
            if isinstance(error, dbapi.DatabaseError) and db_errors.is_refusal(error):
                raise db_errors.conflict_error(error) from error
            raise
        finally:
            self._direct.give_back(pooled, healthy and unit.end())

    def call(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run one service function in its own unit of work: ``db.call(list_groups, search="x")``.

        This is how the window and the command line reach the services without handling sessions.
        A service marked ``direct_sql.direct(fast)`` (the reception's lend) runs ``fast`` on the
        driver's connection instead: the same work in a fraction of the time.
        """
        fast = direct_sql.direct_function(function)
        if fast is not None:
            autocommit = direct_sql.autocommits(fast)
            try:
                with self.direct(autocommit=autocommit) as unit:
                    return fast(unit, *args, **kwargs)  # type: ignore[no-any-return]
            except _DroppedConnection:
                with self.direct(fresh=True, autocommit=autocommit) as unit:
                    return fast(unit, *args, **kwargs)  # type: ignore[no-any-return]
        if not self.is_sqlite:
            return self._in_session(False, function, *args, **kwargs)
        began = time.monotonic()
        try:
            return self._in_session(False, function, *args, **kwargs)
        except DatabaseLockedError:
            # Begun as a reader (most units only read, and readers never wait): another desk
            # wrote before this one's first write. Nothing was saved, so the unit runs again
            # from the start as the writer, after the other desk's turn; unless it already
            # waited the whole busy timeout.
            if time.monotonic() - began >= SQLITE_BUSY_TIMEOUT_MS / 1000:
                raise
            log.info("SQLite busy in %s; running it again as the writer", function)
        return self._in_session(True, function, *args, **kwargs)

    def _in_session(
        self, write: bool, function: Callable[..., T], /, *args: Any, **kwargs: Any
    ) -> T:
        with self.session(write=write) as session:
            return function(session, *args, **kwargs)

    def dispose(self) -> None:
        if self.announcer is not None:
            self.announcer.close()  # what is pending goes out first
        self._direct.close()
        self.engine.dispose()
        self._closed()


class _DroppedConnection(Exception):
    """Database.direct: the kept connection was gone before anything was done."""


class _DirectConnections:
    """The pooled connections of direct units, kept between units instead of going back to the
    engine's pool: a unit then needs no checkout and, on PostgreSQL, no ping (a round trip per
    unit: a tenth of a lend's). A connection idle longer than IDLE_S goes back to the pool and
    is checked out again with its ping, as a Session's would be after a pause; one that failed
    is discarded."""

    IDLE_S = 30.0

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._idle: list[tuple[float, PoolProxiedConnection]] = []
        self._lock = threading.Lock()

    def take(self, fresh: bool = False) -> tuple[PoolProxiedConnection, bool]:
        """A connection, and whether it was kept (not pinged)."""
        with self._lock:
            used, pooled = self._idle.pop() if self._idle and not fresh else (0.0, None)
        if pooled is not None:
            if time.monotonic() - used < self.IDLE_S:
                return pooled, True
            pooled.close()
        return self._engine.raw_connection(), False  # PostgreSQL: pinged, like a Session's

    def give_back(self, pooled: PoolProxiedConnection, healthy: bool) -> None:
        if not healthy:
            pooled.invalidate()
            pooled.close()
            return
        with self._lock:
            self._idle.append((time.monotonic(), pooled))

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for _used, pooled in idle:
            pooled.close()


def _refused(error: BaseException | None) -> bool:
    return getattr(error, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def is_permission_denied(error: BaseException) -> bool:
    """PostgreSQL refusing a role the right (SQLAlchemy's error or the driver's)."""
    return _refused(getattr(error, "orig", None) or error)


def _is_read(statement: str | None) -> bool:
    return bool(statement) and str(statement).lstrip().upper().startswith("SELECT")


def permission_denied_error(*, reading: bool = False) -> PermissionDeniedError:
    if reading:  # a reception desk's login asking for the groups: not "this change"
        return PermissionDeniedError(
            _("Your database role may not read this (the server refused it). Nothing was changed.")
        )
    return PermissionDeniedError(
        _(
            "Your database role may not make this change (the server refused it). "
            "Nothing was changed."
        )
    )


def stale_record_error() -> StaleRecordError:
    return StaleRecordError(
        _(
            "Someone else changed this record while you were editing it, so it was not saved; "
            "your text is kept. Copy what you need, cancel, and open the record again to see "
            "the other change."
        )
    )


DAMAGE_WORDS = ("malformed", "not a database", "disk image")  # SQLite's words for a damaged file


def is_damage(error: Exception) -> bool:
    """Whether the driver's error says the database file is damaged."""
    text_ = str(getattr(error, "orig", error)).lower()
    return any(word in text_ for word in DAMAGE_WORDS)


def damaged_error() -> DatabaseCorruptError:
    return DatabaseCorruptError(
        _("The database file is damaged. Nothing was changed; restore it from a backup.")
    )


def read_only_error(path: object) -> DatabaseError:
    """The SQLite file (or its folder) may not be written: one line, with the file."""
    return DatabaseError(
        _("The database file is read-only: {path} (check the permissions).").format(path=path)
    )


def read_only_server_error(parsed: URL) -> DatabaseError:
    """The PostgreSQL server takes no change at all (whatever the role may): one line, with the
    database and the server."""
    return DatabaseError(
        _(
            "The database is read-only: {database} on {server} (a standby server, or read-only "
            "by a setting on the server)."
        ).format(database=parsed.database or "", server=_server(parsed))
    )


def is_read_only(error: BaseException) -> bool:
    """SQLite's SQLITE_READONLY ("attempt to write a readonly database"), or PostgreSQL's
    read-only transaction (SQLAlchemy's error or the driver's)."""
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) == READ_ONLY_SQL_TRANSACTION:
        return True
    return "readonly database" in str(orig).lower()


def is_locked(error: BaseException) -> bool:
    """SQLite's "database is locked" (or busy): another connection holds the lock."""
    said = str(getattr(error, "orig", error)).lower()
    return "locked" in said or "busy" in said


def _server(parsed: URL | None) -> str:
    """ "host:port" of a database server's address (PostgreSQL's defaults where not given)."""
    if parsed is None:
        return _("the given address")
    host = parsed.host or parsed.query.get("host") or "localhost"
    return f"{host}:{parsed.port or 5432}"


def translate_operational_error(error: Exception, url: str | None = None) -> DatabaseError:
    """SQLAlchemy's OperationalError or the driver's own (a direct unit of work), or a damaged
    file's DatabaseError. ``url``, the database's address, names the file or the server in
    the message; the driver's own words (English, several lines) go to the log."""
    orig = getattr(error, "orig", error)
    text_ = str(orig).lower()
    parsed = make_url(url) if url else None
    if getattr(orig, "sqlite_errorname", None) == "SQLITE_BUSY_SNAPSHOT":
        # Not a lock held: another desk wrote after this unit of work began reading.
        return DatabaseLockedError(
            _(
                "Someone at another desk saved a change at the same moment, so yours was not "
                "saved; what you typed is kept. Try again."
            )
        )
    if is_locked(error):
        # Waited the whole busy timeout (or could not wait: see Database.session).
        return DatabaseLockedError(
            _(
                "The database is busy at another desk – try again. Nothing was saved; what you "
                "typed is kept. If it stays busy, close other programs that have the database "
                "file open."
            )
        )
    if is_damage(error):
        return damaged_error()
    if is_read_only(error):
        if parsed is not None and parsed.get_backend_name() != "sqlite":
            return read_only_server_error(parsed)
        path = parsed.database if parsed is not None else None
        return read_only_error(Path(path).resolve() if path else _("the database file"))
    if "unable to open database file" in text_ and parsed is not None and parsed.database:
        # SQLite's words for a file it may not create or open there (a read-only disk).
        from samverkan_desktop.os_errors import sqlite_reason

        return cannot_open_error(Path(parsed.database), sqlite_reason(orig))
    if db_connect_errors.is_connection_failure(text_):
        # The driver's text is English and several lines: the log keeps it, the user gets one.
        log.info("Cannot connect to the database server: %s", orig)
        return db_connect_errors.connection_error(str(orig), parsed, _server(parsed))
    if db_problems.is_disk_full(error):
        return db_problems.disk_full_error(error, parsed, _server(parsed))
    if db_problems.is_missing_schema(error):
        return db_problems.missing_schema_error(error, parsed, _server(parsed))
    return db_problems.unexpected_error(error)


def cannot_open_error(path: Path, reason: str) -> DatabaseError:
    return DatabaseError(
        _("The database {path} cannot be opened: {reason}.").format(path=path, reason=reason)
    )


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database. One that has backups of its own was ours:
    a wrecked header, or a file emptied (zeros, or nothing at all: a crash, a sync tool, a
    printout written over it), is then damage, answered with the offer of a backup, never
    with "not ours" nor, for an empty file, with a fresh database in its place."""
    if sqlite_files.is_open(path):
        return  # open here: SQLite's, and a read of our own would drop SQLite's locks
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return  # a new database
    except OSError as error:  # a folder, a name too long, a file we may not read: say so
        from samverkan_desktop.os_errors import reason

        raise cannot_open_error(path, reason(error)) from error
    if header == SQLITE_HEADER:
        return
    from samverkan_desktop import backup

    if backup.list_backups(path):
        raise damaged_error()
    if header:
        raise NotSamverkanDatabaseError(
            _("The file {path} is not a Samverkan database.").format(path=path)
        )


def _alembic_config(connection: Any | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script_revisions() -> tuple[frozenset[str], frozenset[str]]:
    return schema_versions.script_revisions(_alembic_revisions)


def _alembic_revisions() -> tuple[frozenset[str], frozenset[str]]:
    return schema_versions.alembic_revisions()


head_revisions = schema_versions.head_revisions
known_revisions = schema_versions.known_revisions


def current_revisions(engine: Engine) -> set[str]:
    """The schema version(s) stored in the database, empty for an empty database.

    Raises NotSamverkanDatabaseError for a database that holds tables but no version of ours.
    """
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" in tables:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return set(rows)
    if tables:
        url = engine.url
        named = url.database if url.get_backend_name() == "sqlite" else url.render_as_string()
        raise NotSamverkanDatabaseError(
            _(
                "The database {database} holds tables that Samverkan did not create; it was left "
                "untouched."
            ).format(database=named)
        )
    return set()


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "heads")


def _backup_before_migration(database: str | None) -> Path | None:
    # A migration changes the schema in place; keep the version that worked. No backup, no
    # migration: the error (e.g. a full disk) is shown and the database stays as it was.
    from samverkan_desktop import backup

    if database in (None, "", ":memory:"):
        return None
    return backup.backup_before_migration(Path(database))  # type: ignore[arg-type]


def _migrate(engine: Engine, parsed: URL, revisions: set[str]) -> None:
    """Upgrade to head, after a backup (SQLite). A migration that fails says so, with the backup
    and the state it left; not "damaged" (the file is sound), not the driver's words. A lock
    or a read-only file kept the upgrade from starting: their own messages say what to do."""
    kept = None
    if revisions and parsed.get_backend_name() == "sqlite":
        kept = _backup_before_migration(parsed.database)
    log.info("Migrating %s from %s to head", parsed.render_as_string(), revisions)
    try:
        upgrade(engine)
    except Exception as error:
        if isinstance(error, sa_exc.DatabaseError) and (is_read_only(error) or is_locked(error)):
            raise  # open_database's own words
        from samverkan_desktop import migration_failure

        raise migration_failure.failed(error, engine, parsed, revisions, kept) from error


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and if needed create and migrate) the database at ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(parsed.database))
    try:
        engine = make_engine(url)
    except (sa_exc.ArgumentError, ImportError) as error:
        raise DatabaseError(_("Invalid database address: {url}").format(url=url)) from error
    try:
        revisions = current_revisions(engine)
        if revisions - known_revisions():
            raise SchemaTooNewError(
                _(
                    "The database was saved by a newer version of Samverkan. "
                    "Update the program; the database was left untouched."
                )
            )
        if migrate and revisions != head_revisions():
            _migrate(engine, parsed, revisions)
    except sa_exc.OperationalError as error:
        engine.dispose()
        if is_locked(error) and parsed.get_backend_name() == "sqlite":
            # At start nothing was typed nor saved: the busy message of a unit of work says so.
            raise db_problems.locked_at_start_error(Path(parsed.database or "")) from error
        raise translate_operational_error(error, url) from error
    except sa_exc.DatabaseError as error:
        engine.dispose()
        if parsed.get_backend_name() == "sqlite":
            raise damaged_error() from error
        raise translate_operational_error(error, url) from error  # e.g. a server that only reads
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)
