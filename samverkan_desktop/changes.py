"""Noticing another desk's changes without a restart.

Every session notes which tables it changed (ORM flushes and bulk statements). On PostgreSQL they
are sent with ``pg_notify`` on ``CHANNEL`` after the commit, in a transaction of their own
(``_announce``; the reception's lends and returns from a thread, ``announcer``); a
``ChangeListener`` LISTENs on its own connection. On SQLite the
listener polls ``PRAGMA data_version`` (it changes when another connection commits; one cheap
statement) and then reads which tables the new audit rows name.

A payload or audit row carries the ``client_id`` of the program that made the change, so a desk
ignores its own changes (the window already refreshed for them). The UI side is
``ui.change_watcher``; ``areas_for_tables`` maps tables to the area keys of the ChangeBus.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

log = logging.getLogger(__name__)

CHANNEL = "samverkan_changes"
EVERYTHING = "*"  # "something changed, unknown what" (a bulk change on SQLite)
# The table an audit entry names when the whole database changed at once (a restore: see
# restore_trail): every area refreshes.
WHOLE_DATABASE = "database"
_TABLES_KEY = "samverkan_changed_tables"
_CONNECTION_KEY = "samverkan_connection"

# Area keys of the window for each table; tables not listed go by their prefix below.
TABLE_AREAS: dict[str, tuple[str, ...]] = {
    "people": ("contacts", "groups"),
    "organisations": ("contacts", "groups"),
    "groups": ("groups", "meetings", "calendar"),
    "memberships": ("groups",),
    "group_organisations": ("groups",),
    "group_priority_areas": ("groups",),
    "agreements": ("groups",),
    "agreement_parties": ("groups",),
    "agreement_appendices": ("groups",),
    "actions": ("actions",),
    "action_notes": ("actions",),
    "weekly_briefs": ("overview",),  # the weekly summary opens from the Overview
    "weekly_brief_items": ("overview",),
    "settings": ("settings",),
}
PREFIX_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("alarm_", ("alarms",)),
    ("training_", ("alarms",)),
    ("courses", ("alarms",)),
    ("meeting", ("meetings", "calendar")),
    ("agenda", ("meetings",)),
    ("invitees", ("meetings",)),
    ("decisions", ("meetings",)),
    ("walk", ("walks",)),
    ("place", ("walks",)),
    ("route_", ("walks",)),
    ("observation", ("walks",)),
    ("checklist", ("walks",)),
    ("crisis", ("crisis",)),
    ("plan", ("crisis",)),
    ("exercise", ("crisis",)),
)
ALL_AREAS = frozenset(
    {"overview", "groups", "contacts", "meetings", "calendar", "actions", "alarms", "walks"}
    | {"crisis", "settings"}
)


def areas_for_tables(tables: Iterable[str]) -> frozenset[str]:
    """The ChangeBus keys to announce for changed tables (the Overview always)."""
    areas: set[str] = set()
    for table in tables:
        if table in (EVERYTHING, WHOLE_DATABASE):
            return ALL_AREAS
        if table in TABLE_AREAS:
            areas.update(TABLE_AREAS[table])
            continue
        for prefix, keys in PREFIX_AREAS:
            if table.startswith(prefix):
                areas.update(keys)
                break
    if areas:
        areas.add("overview")
    return frozenset(areas)


def new_client_id() -> str:
    return uuid.uuid4().hex[:16]


# --- writing side ----------------------------------------------------------------------------


def note(session: Session, tables: Iterable[str]) -> None:
    """Tables changed in this session by statements the listeners do not see (a service that
    runs its statements on the driver's connection: direct_sql.SessionUnit)."""
    session.info.setdefault(_TABLES_KEY, set()).update(tables)


def _after_flush(session: Session, _context: Any) -> None:
    note(
        session,
        (
            obj.__table__.name
            for obj in (*session.new, *session.dirty, *session.deleted)
            if hasattr(obj, "__table__")
        ),
    )


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            note(state.session, [name])


def _after_begin(
    session: Session, _transaction: SessionTransaction, connection: Connection
) -> None:
    # after_commit can no longer emit SQL through the session; the notification goes out on
    # this connection, which stays checked out until the transaction closes.
    session.info[_CONNECTION_KEY] = connection


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the outer commit tells, with these tables too
    tables = session.info.get(_TABLES_KEY)
    connection = session.info.get(_CONNECTION_KEY)
    if tables and connection is not None and connection.dialect.name == "postgresql":
        _announce(connection, session.info.get("client_id", ""), frozenset(tables))


def _announce(connection: Connection, client_id: str, tables: frozenset[str]) -> None:
    """Tell the other desks of the commit just made on ``connection``, in a transaction of its
    own, as announcer.Announcer does for the reception's lends and for its reason (a NOTIFY
    in the saving transaction makes all desks' commits wait for each other's disk writes in
    turn). A failure is logged, not raised: the change stands and the desks refresh later."""
    from psycopg import pq

    driver = connection.connection.driver_connection
    assert driver is not None
    status = driver.info.transaction_status
    if status == pq.TransactionStatus.INTRANS:
        # The session's commit ended no transaction (it joined its caller's): a COMMIT here
        # would end the caller's, so the notification waits in it, sent if that commits (a
        # failure is raised: that transaction is then lost).
        driver.execute("SELECT pg_notify(%s, %s)", (CHANNEL, notify_payload(client_id, tables)))
        return
    if status != pq.TransactionStatus.IDLE:  # broken since: the pool replaces it
        log.warning("Could not notify the other desks of a change: connection %s", status.name)
        return
    dbapi = connection.dialect.loaded_dbapi
    autocommit = driver.autocommit
    driver.autocommit = True  # the message has its own BEGIN; psycopg's would cost a round trip
    try:
        driver.execute(notify_transaction(CHANNEL, client_id, tables))
    except dbapi.Error:
        log.warning("Could not notify the other desks of a change", exc_info=True)
        with contextlib.suppress(dbapi.Error):  # a broken connection fails below
            driver.rollback()  # the notification's aborted transaction
    finally:
        try:
            driver.autocommit = autocommit  # refused unless idle
        except dbapi.Error:  # broken, or stopped mid-message: the pool makes a new one
            connection.invalidate()


def notify_payload(client_id: str, tables: Iterable[str]) -> str:
    """What a commit sends on CHANNEL: ``client:table,table`` (within NOTIFY's 8000 bytes)."""
    return "{client}:{tables}".format(client=client_id, tables=",".join(sorted(tables)))[:7900]


@lru_cache(maxsize=64)
def notify_transaction(channel: str, client_id: str, tables: frozenset[str]) -> bytes:
    """The notification as a transaction of its own, one simple query (several statements):
    its commit need not wait for the disk, a notification being a hint to refresh, not data.
    Built once per set of tables (a desk sends the same few again and again); the payload is
    quoted by psycopg."""
    from psycopg import sql

    payload = notify_payload(client_id, tables)
    return (
        sql.SQL("BEGIN; SET LOCAL synchronous_commit TO OFF; SELECT pg_notify({}, {}); COMMIT")
        .format(sql.Literal(channel), sql.Literal(payload))
        .as_string()
        .encode()
    )


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the session's own transaction, not a savepoint
        session.info.pop(_TABLES_KEY, None)
        session.info.pop(_CONNECTION_KEY, None)


def install(sessions: sessionmaker[Session]) -> None:
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "after_begin", _after_begin)
    event.listen(sessions, "after_commit", _after_commit)
    event.listen(sessions, "after_transaction_end", _forget)


# --- listening side --------------------------------------------------------------------------


class ChangeListener:
    """Tells which tables other desks changed since the last ``poll()``. Never blocks long:
    PostgreSQL reads notifications already received, SQLite runs one PRAGMA (plus one indexed
    query when something changed). Errors (server gone) are logged and retried next poll."""

    def __init__(self, engine: Engine, client_id: str) -> None:
        self.engine = engine
        self.client_id = client_id
        self.is_postgres = engine.dialect.name == "postgresql"
        self._connection: Any = None  # a raw DBAPI connection of its own, outside the pool
        self._data_version: int | None = None
        self._last_audit_id = 0

    def start(self) -> None:
        self._connect()

    def _connect(self) -> None:
        # A connection of its own, outside the pool: LISTEN must not leak into pooled ones.
        dialect = self.engine.dialect
        cargs, cparams = dialect.create_connect_args(self.engine.url)
        self._connection = dialect.connect(*cargs, **cparams)
        if self.is_postgres:
            self._connection.autocommit = True
            self._connection.execute(f"LISTEN {CHANNEL}")
        else:
            self._data_version = self._sqlite_data_version()
            self._last_audit_id = self._sqlite_scalar("SELECT coalesce(max(id), 0) FROM audit_log")

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    def poll(self) -> frozenset[str]:
        try:
            if self._connection is None:
                self._connect()
                return frozenset()
            return self._poll_postgres() if self.is_postgres else self._poll_sqlite()
        except Exception as error:  # noqa: BLE001 - a watcher must never take the window down
            log.warning("Watching for other desks' changes failed: %s", error)
            try:
                self.close()
            except Exception:  # noqa: BLE001
                self._connection = None
            return frozenset()

    def _poll_postgres(self) -> frozenset[str]:
        tables: set[str] = set()
        for notify in self._connection.notifies(timeout=0):
            client, _sep, names = notify.payload.partition(":")
            if client != self.client_id:
                tables.update(filter(None, names.split(",")))
        return frozenset(tables)

    def _sqlite_scalar(self, sql: str, *params: Any) -> Any:
        cursor = self._connection.execute(sql, params)
        try:
            return cursor.fetchone()[0]
        finally:
            cursor.close()

    def _sqlite_data_version(self) -> int:
        return int(self._sqlite_scalar("PRAGMA data_version"))

    def _poll_sqlite(self) -> frozenset[str]:
        version = self._sqlite_data_version()
        if version == self._data_version:
            return frozenset()
        self._data_version = version
        rows = self._connection.execute(
            "SELECT id, table_name, client_id FROM audit_log WHERE id > ?",
            (self._last_audit_id,),
        ).fetchall()
        if not rows:
            return frozenset({EVERYTHING})  # a change without a trail (a bulk statement)
        self._last_audit_id = max(row[0] for row in rows)
        return frozenset(name for _id, name, client in rows if client != self.client_id)
