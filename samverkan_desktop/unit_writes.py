"""Whether a Session's unit of work has written anything yet, so that a database error is worded
for what the user was doing: a pure read (the Overview, a list) is told nothing of a save she
never asked for; a save, or a read met after the unit had written, is told "nothing was saved".

Every statement through the Session's connection is watched, not only the ORM's flushes: audit
rows, Core updates and plain SQL write too. A direct unit (direct_sql) is always a save.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

_WROTE = "samverkan_wrote"  # in the connection's info: a statement of this unit wrote
_CONNECTION_INFO = "samverkan_connection_info"  # in the session's info: its connection's info
# Statements that change no data. Anything else counts as a write, so an unknown statement
# keeps the cautious "nothing was saved".
_NOT_WRITING = ("SELECT", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK")


def writes(statement: str | None) -> bool:
    """Whether ``statement`` may change data. None, a connection's own setup (its pragmas when
    it is opened), writes nothing of the unit's."""
    if not statement:
        return False
    return not str(statement).lstrip().upper().startswith(_NOT_WRITING)


def only_read(session: Session, statement: str | None) -> bool:
    """The unit of work failing at ``statement`` has written nothing, holds no change to write,
    and the statement does not write. Asked before the session is rolled back."""
    if writes(statement) or session.new or session.dirty or session.deleted:
        return False
    return not session.info.get(_CONNECTION_INFO, {}).get(_WROTE, False)


def _before_cursor_execute(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
    if writes(statement):
        conn.info[_WROTE] = True


def _after_begin(session: Session, _transaction: Any, connection: Connection) -> None:
    # The connection's info outlives the unit (the pool keeps it): each unit starts clean.
    connection.info.pop(_WROTE, None)
    session.info[_CONNECTION_INFO] = connection.info


def install(engine: Engine, sessions: sessionmaker[Session]) -> None:
    """Watch the statements of every session the factory makes (called once by db.Database)."""
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)
    event.listen(sessions, "after_begin", _after_begin)
