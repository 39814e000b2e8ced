"""Noticing another desk's changes without a restart.

Every session notes which tables it changed (ORM flushes and bulk statements). On PostgreSQL the
commit sends them with ``pg_notify`` on ``CHANNEL`` (delivered to listeners only when the
transaction commits); a ``ChangeListener`` LISTENs on its own connection. On SQLite the
listener polls ``PRAGMA data_version`` (it changes when another connection commits; one cheap
statement) and then reads which tables the new audit rows name.

A payload or audit row carries the ``client_id`` of the program that made the change, so a desk
ignores its own changes (the window already refreshed for them). The UI side is
``ui.change_watcher``; ``areas_for_tables`` maps tables to the area keys of the ChangeBus.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

log = logging.getLogger(__name__)

CHANNEL = "samverkan_changes"
EVERYTHING = "*"  # "something changed, unknown what" (a bulk change on SQLite)
_TABLES_KEY = "samverkan_changed_tables"

# Area keys of the window for each table; tables not listed go by their prefix below.
TABLE_AREAS: dict[str, tuple[str, ...]] = {
    "people": ("contacts", "groups"),
    "organisations": ("contacts", "groups"),
    "groups": ("groups", "meetings", "calendar"),
    "memberships": ("groups",),
    "group_priority_areas": ("groups",),
    "agreements": ("groups",),
    "agreement_parties": ("groups",),
    "agreement_appendices": ("groups",),
    "actions": ("actions",),
    "action_notes": ("actions",),
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
        if table == EVERYTHING:
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


def _before_commit(session: Session) -> None:
    tables = session.info.get(_TABLES_KEY)
    if not tables or session.get_bind().dialect.name != "postgresql":
        return
    payload = notify_payload(session.info.get("client_id", ""), tables)
    session.execute(select(func.pg_notify(CHANNEL, payload)))


def notify_payload(client_id: str, tables: Iterable[str]) -> str:
    """What a commit sends on CHANNEL: ``client:table,table`` (within NOTIFY's 8000 bytes)."""
    return "{client}:{tables}".format(client=client_id, tables=",".join(sorted(tables)))[:7900]


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_TABLES_KEY, None)


def install(sessions: sessionmaker[Session]) -> None:
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)


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
