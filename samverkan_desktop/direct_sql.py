"""A few hot statements run on the driver's own connection (the reception's lend).

Why: at the reception one lend is a handful of small statements and one durable commit. Through
SQLAlchemy's Session each statement costs about 0.1 ms of Python and the unit of work about
0.35 ms more, several times what SQLite needs to write the loan (tests/bench/lending.py), and on
PostgreSQL every statement is a round trip of its own. Here the statements are still written with
SQLAlchemy Core (so they are checked against the models), but compiled once per dialect into the
driver's SQL text and run on the DBAPI connection, with the column types' own conversions
(datetimes, enums, JSON) applied to the parameters and results. (psycopg's pipeline mode was
tried for fewer round trips: it cost more client CPU and time than it saved, measured with 20
desks on 2 CPUs. Fewer round trips come instead from fewer statements: on PostgreSQL the
everyday lend and return are one statement each, their facts, writes and audit rows, run in
autocommit (no BEGIN, no COMMIT; services/loan_statements.py), and the change notification
goes out from the Database's announcer thread.)

A function that can run this way is marked with ``direct(fast)``: ``Database.call`` then runs
``fast(unit, ...)`` in a ``DirectUnit`` (its own transaction on a pooled connection, committed by
``Database.direct``); called with a Session it runs in that Session's transaction
(``SessionUnit``), as every service does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from samverkan_desktop import changes

if TYPE_CHECKING:  # imported where used: audit_statements builds on this module
    from samverkan_desktop import audit_entries

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
DIRECT_ATTRIBUTE = "__samverkan_direct__"


AUTOCOMMIT_ATTRIBUTE = "__samverkan_autocommit__"


def direct(fast: Callable[..., Any], *, autocommit: bool = False) -> Callable[[F], F]:
    """Mark a service: ``Database.call(service, ...)`` runs ``fast(unit, ...)`` instead.

    ``autocommit`` (PostgreSQL): ``fast`` writes only in statements that stand or fall alone
    (or after ``unit.transaction()``), and nothing after its last write can undo it: each
    write commits as it runs, which saves psycopg's BEGIN and the COMMIT (see DirectUnit)."""

    def mark(function: F) -> F:
        setattr(function, DIRECT_ATTRIBUTE, fast)
        setattr(fast, AUTOCOMMIT_ATTRIBUTE, autocommit)
        return function

    return mark


def direct_function(function: Callable[..., Any]) -> Callable[..., Any] | None:
    return getattr(function, DIRECT_ATTRIBUTE, None)


def autocommits(fast: Callable[..., Any]) -> bool:
    return bool(getattr(fast, AUTOCOMMIT_ATTRIBUTE, False))


_REQUIRED = object()


def _faster(impl: Any, converter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The same conversion, cheaper where it is hot: SQLAlchemy formats an SQLite DATETIME
    from a dict of its seven fields (a lend converts seven); ``isoformat`` writes the same
    text (its first 26 characters: the time zone is left out, as SQLAlchemy leaves it)."""
    from sqlalchemy.dialects.sqlite import DATETIME

    if type(impl) is not DATETIME or impl._storage_format != DATETIME._storage_format:
        return converter
    datetime = dt.datetime
    last: tuple[Any, str] = (None, "")  # a lend sends its moment four times

    def convert(value: Any) -> Any:
        nonlocal last
        if type(value) is datetime:
            seen, text = last  # one tuple: threads never see half of it
            if value is not seen:
                text = value.isoformat(" ", "microseconds")[:26]
                last = (value, text)
            return text
        return converter(value)  # None, a date, a subclass: SQLAlchemy's own way

    return convert


class Compiled:
    """One statement for one dialect: the driver's SQL text and the conversions."""

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql: str = compiled.string
        binds = compiled.binds
        # qmark (sqlite3): a tuple in this order; pyformat (psycopg): a dict by name.
        self.order: tuple[str, ...] | None = (
            tuple(compiled.positiontup) if compiled.positional else None
        )
        self.defaults = {name: bind.value for name, bind in binds.items() if not bind.required}
        self.converters = {
            name: _faster(bind.type.dialect_impl(dialect), converter)
            for name, bind in binds.items()
            if (converter := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        }
        # Per parameter in the order they are sent: its name, its conversion (None: sent as
        # it is) and its default (_REQUIRED: the caller gives it).
        self._plan = tuple(
            (name, self.converters.get(name), self.defaults.get(name, _REQUIRED))
            for name in (self.order if self.order is not None else binds)
        )
        self._names = tuple(name for name, _c, _d in self._plan)
        columns = list(getattr(statement, "exported_columns", ()))
        self.returns_rows = bool(columns)
        self.readers: tuple[Callable[[Any], Any] | None, ...] = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns
        )

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        # One pass over the plan: this runs for every statement of every lend.
        sent = [
            (values[name] if default is _REQUIRED else values.get(name, default))
            if converter is None
            else converter(values[name] if default is _REQUIRED else values.get(name, default))
            for name, converter, default in self._plan
        ]
        if self.order is None:
            return dict(zip(self._names, sent, strict=True))
        return sent

    def row(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(  # a list first: a generator costs more per item (a lend's facts: 16)
            [
                value if reader is None else reader(value)
                for value, reader in zip(raw, self.readers, strict=True)
            ]
        )


class Statement:
    """A Core statement built on first use (``build(dialect_name)``) and compiled once per
    dialect. Use named ``bindparam``s for every value (literals become parameters too)."""

    def __init__(self, build: Callable[[str], Executable]) -> None:
        self._build = build
        self._compiled: dict[str, Compiled] = {}

    def compiled(self, dialect: Dialect) -> Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = Compiled(self._build(dialect.name), dialect)
        return found


class Cursor(Protocol):
    rowcount: int

    def fetchall(self) -> list[Any]: ...


class Unit:
    """What a direct function may do: run statements, write its audit trail, name the tables
    it changed (for the other desks), lock a row, roll back. Subclasses say how."""

    dialect: Dialect

    @property
    def driver(self) -> Any:  # the DBAPI connection (sqlite3 or psycopg)
        raise NotImplementedError

    @property
    def is_sqlite(self) -> bool:
        return self.dialect.name == "sqlite"

    @property
    def integrity_error(self) -> type[Exception]:
        return self.dialect.loaded_dbapi.IntegrityError  # type: ignore[no-any-return]

    def send(self, statement: Statement, values: Mapping[str, Any] | None = None) -> Cursor:
        """Run a statement (its cursor tells the rowcount; read it before the next statement:
        a DirectUnit runs all of its statements on one cursor)."""
        compiled = statement.compiled(self.dialect)
        return self._execute(compiled.sql, compiled.parameters(values or {}))

    def rows(
        self, statement: Statement, values: Mapping[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        compiled = statement.compiled(self.dialect)
        cursor = self._execute(compiled.sql, compiled.parameters(values or {}))
        return [compiled.row(raw) for raw in cursor.fetchall()]

    def first(
        self, statement: Statement, values: Mapping[str, Any] | None = None
    ) -> tuple[Any, ...] | None:
        found = self.rows(statement, values)
        return found[0] if found else None

    def _execute(self, sql: str, parameters: Any) -> Cursor:
        return self.driver.execute(sql, parameters)  # type: ignore[no-any-return]

    @property
    def inline_trail(self) -> bool:
        """Whether a change may write its audit rows in its own statement (``trail_rows`` and
        audit_statements.inline_insert): a DirectUnit on PostgreSQL. Elsewhere ``audit()``."""
        return False

    def trail_rows(self, *changed: audit_entries.Change) -> list[dict[str, Any]]:
        raise NotImplementedError

    def write_lock(self) -> None:
        """SQLite: make this transaction the writer now (see alarm_loans.take_write_lock)."""

    def transaction(self) -> None:
        """The writes from here on stand or fall together (a DirectUnit in autocommit begins
        a transaction; elsewhere the unit is one already)."""

    def audit(self, *changed: audit_entries.Change) -> None:
        raise NotImplementedError

    def changed(self, *tables: str) -> None:
        raise NotImplementedError

    def rollback(self) -> None:
        raise NotImplementedError


class SessionUnit(Unit):
    """A direct function run inside a Session's transaction (tests, demo data, a service that
    lends as part of more): the Session's own connection, its audit trail (entries merge with
    the transaction's other changes) and its change notes."""

    def __init__(self, session: Session, write_lock: Callable[[Session], None]) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self._write_lock = write_lock

    @property
    def driver(self) -> Any:
        # Looked up each time: after a rollback the Session hands out a new connection.
        return self.session.connection().connection.driver_connection

    def write_lock(self) -> None:
        self._write_lock(self.session)

    def audit(self, *changed: audit_entries.Change) -> None:
        from samverkan_desktop import audit_trail

        audit_trail.record(self.session, *changed)

    def changed(self, *tables: str) -> None:
        changes.note(self.session, tables)

    def rollback(self) -> None:
        self.session.rollback()


class DirectUnit(Unit):
    """One unit of work on a pooled DBAPI connection, begun and committed by
    ``Database.direct``. SQLite: one transaction, ``BEGIN IMMEDIATE`` (the writer from the
    start; sqlite3 runs with isolation_level=None). PostgreSQL: one transaction (psycopg's
    BEGIN before the first statement), or with ``autocommit`` (``direct(..., autocommit=True)``:
    the reception's lend and return) each statement its own: their reads need none (their one
    write re-checks what the reads saw) and their write is one statement, so psycopg's BEGIN
    and the COMMIT were two of a lend's four round trips. Writes that must stand or fall
    together in more than one statement (or a statement that can half succeed) first call
    ``transaction()``."""

    def __init__(
        self,
        connection: Any,
        dialect: Dialect,
        client_id: str,
        autocommit: bool = False,
        announce: Callable[[frozenset[str]], None] | None = None,
        cursor: Any = None,
    ) -> None:
        self._driver = connection
        self.dialect = dialect
        self.client_id = client_id
        self._announce = announce  # PostgreSQL: tells the other desks (announcer.Announcer)
        self.autocommit = autocommit and dialect.name != "sqlite"
        self.tables: set[str] = set()
        self._trail: list[dict[str, Any]] = []
        self._cursor: Any = cursor  # None: made at the first statement
        self.commit_sent = False
        self.answered = False  # a statement ran: the connection was alive (see retryable)
        self._in_transaction = not self.autocommit  # writes wait for commit()

    @property
    def driver(self) -> Any:
        return self._driver

    def _execute(self, sql: str, parameters: Any) -> Cursor:
        # One cursor for the unit's statements (psycopg's connection.execute makes one each).
        if self._cursor is None:
            self._cursor = self._driver.cursor()
        if self.is_sqlite or sql == "BEGIN":
            cursor = self._cursor.execute(sql, parameters)
        else:  # planned once (generic plans: direct_connections)
            cursor = self._cursor.execute(sql, parameters, prepare=True)
        self.answered = True
        return cursor  # type: ignore[no-any-return]

    @property
    def retryable(self) -> bool:
        """Whether the unit may run again on a fresh connection after this one failed:
        nothing was answered, so nothing can have been written (in autocommit a write is
        committed as it runs, so a failure after any answer is not a stale connection)."""
        return not self.answered and not self.commit_sent

    def begin(self) -> None:
        if self.is_sqlite:  # the write lock now: a second desk waits here for its turn
            self._driver.execute("BEGIN IMMEDIATE")
        elif self._driver.autocommit is not self.autocommit:
            # No round trip (idle). Left so for the next unit of the kept connection, which
            # most likely is a lend or a return again; direct_connections resets it.
            self._driver.autocommit = self.autocommit

    def transaction(self) -> None:
        """Autocommit: the statements from here on commit together (with commit())."""
        if not self._in_transaction:
            self._execute("BEGIN", None)
            self._in_transaction = True

    @property
    def inline_trail(self) -> bool:
        return not self.is_sqlite

    def trail_rows(self, *changed: audit_entries.Change) -> list[dict[str, Any]]:
        from samverkan_desktop import audit_entries

        return audit_entries.entries(changed, self.client_id)

    def audit(self, *changed: audit_entries.Change) -> None:
        from samverkan_desktop import audit_entries

        # Written by commit(), in the same transaction, all in one statement. On PostgreSQL
        # only within transaction(): in autocommit the change itself has committed already.
        if not self._in_transaction:
            raise RuntimeError("PostgreSQL: inline the trail (trail_rows) or use transaction()")
        self._trail += audit_entries.entries(changed, self.client_id)

    def changed(self, *tables: str) -> None:
        self.tables.update(tables)

    def commit(self) -> None:
        from samverkan_desktop import audit_statements

        self.commit_sent = True  # from here on a failure may have committed
        if self._trail:
            self.send(
                audit_statements.direct_insert(len(self._trail)),
                audit_statements.numbered(self._trail),
            )
        if self.is_sqlite:
            self._driver.execute("COMMIT")
            return
        if self._in_transaction:  # in autocommit outside transaction() the writes have committed
            self._driver.commit()
        if self.tables and self._announce is not None:
            self._announce(frozenset(self.tables))  # sent by the Database's announcer thread

    def end(self) -> bool:
        """Whether the connection may serve another unit. PostgreSQL: False when it is not
        idle (broken, or left in a transaction), so it must not be used again."""
        if self.is_sqlite:
            return True
        driver = self._driver
        return not driver.closed and (
            driver.pgconn.transaction_status == self.dialect.loaded_dbapi.pq.TransactionStatus.IDLE
        )

    def rollback(self) -> None:
        if self.is_sqlite:
            if self._driver.in_transaction:
                self._driver.execute("ROLLBACK")
        else:
            self._driver.rollback()  # nothing to do in autocommit outside transaction()
            self._in_transaction = not self.autocommit
        self.tables.clear()
        self._trail.clear()
