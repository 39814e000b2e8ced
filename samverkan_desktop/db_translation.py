"""The driver's errors in this program's DatabaseErrors: a lock, a damaged file, a read-only file
or server, a role refused the right, a record changed at another desk, a file that cannot be
opened. ``translate_error`` picks the message for any error of the database, a Session's
(SQLAlchemy's) or a direct unit's (the driver's own); db_connect_errors, db_problems and
db_errors hold the rest of the wording.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from samverkan_desktop import db_connect_errors, db_errors, db_problems
from samverkan_desktop.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DomainError,
    PermissionDeniedError,
    StaleRecordError,
)
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a role without the right (samverkan db grant-roles)
# PostgreSQL: a server that only reads (a hot standby, default_transaction_read_only = on).
READ_ONLY_SQL_TRANSACTION = "25006"


def refused_right(error: BaseException | None) -> bool:
    return getattr(error, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def is_permission_denied(error: BaseException) -> bool:
    """PostgreSQL refusing a role the right (SQLAlchemy's error or the driver's)."""
    return refused_right(getattr(error, "orig", None) or error)


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
        ),
        command_line=_(
            "Someone at another desk changed the record at the same moment, so the command was "
            "not carried out. Run it again."
        ),
    )


def busy_command_line() -> str:
    """A busy database as the command line says it: the window's "… det du skrev finns kvar"
    speaks of a form; a command was not carried out and may be run again."""
    return _(
        "The database is busy at another desk, so the command was not carried out. Run it "
        "again in a moment; if it stays busy, close other programs that have the database "
        "file open."
    )


DAMAGE_WORDS = ("malformed", "not a database", "disk image")  # SQLite's words for a damaged file


def is_damage(error: BaseException) -> bool:
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


def translate_operational_error(
    error: BaseException, url: str | None = None, *, reading: bool = False
) -> DatabaseError:
    """SQLAlchemy's OperationalError or the driver's own (a direct unit of work), or a damaged
    file's DatabaseError. ``url``, the database's address, names the file or the server in
    the message; the driver's own words (English, several lines) go to the log. ``reading``:
    a pure read was refused (see translate_error)."""
    orig = getattr(error, "orig", error)
    text_ = str(orig).lower()
    parsed = make_url(url) if url else None
    if getattr(orig, "sqlite_errorname", None) == "SQLITE_BUSY_SNAPSHOT":
        # Not a lock held: another desk wrote after this unit of work began reading.
        return DatabaseLockedError(
            _(
                "Someone at another desk saved a change at the same moment, so yours was not "
                "saved; what you typed is kept. Try again."
            ),
            command_line=_(
                "Someone at another desk saved a change at the same moment, so the command was "
                "not carried out. Run it again."
            ),
        )
    if is_locked(error):
        # Waited the whole busy timeout (or could not wait: see Database.session).
        if reading:  # the Overview while another program holds the file: no save to speak of
            return DatabaseBusyError(
                _(
                    "The database is busy at another desk – try again. If it stays busy, close "
                    "other programs that have the database file open."
                ),
                command_line=busy_command_line(),
            )
        return DatabaseBusyError(
            _(
                "The database is busy at another desk – try again. Nothing was saved; what you "
                "typed is kept. If it stays busy, close other programs that have the database "
                "file open."
            ),
            command_line=busy_command_line(),
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
        return db_problems.missing_schema_error(error, parsed, _server(parsed), reading=reading)
    return db_problems.unexpected_error(error, reading=reading)


def cannot_open_error(path: Path, reason: str) -> DatabaseError:
    return DatabaseError(
        _("The database {path} cannot be opened: {reason}.").format(path=path, reason=reason)
    )


def translate_error(
    error: BaseException, url: str | None, dbapi: Any, *, reading: bool = False
) -> DomainError:
    """The user's words for ``error``: SQLAlchemy's (a Session's) or the driver's own (a direct
    unit's, ``dbapi`` being the driver's module), whatever its kind; never its English.
    ``reading``: a unit of work that had written nothing was refused a read (unit_writes.only_read):
    a lock's, a permission's, a missing table's and an unexpected error's words say nothing of
    a save."""

    def kind(name: str) -> bool:
        return isinstance(error, (getattr(sa_exc, name), getattr(dbapi, name)))

    if kind("OperationalError"):
        return translate_operational_error(error, url, reading=reading)
    if kind("IntegrityError"):
        # A unique index, foreign key or check refused what no service foresaw (two desks at
        # the same moment): the user's words, not the driver's (db_errors).
        return db_errors.conflict_error(error)
    if kind("ProgrammingError"):
        if is_permission_denied(error):
            return permission_denied_error(reading=reading)
        if db_problems.is_missing_schema(error):  # PostgreSQL's (SQLite's is operational)
            return translate_operational_error(error, url, reading=reading)
        return db_problems.unexpected_error(error, reading=reading)  # e.g. a typo in SQL
    # Damaged under the running program ("not a database"), or a server that only reads.
    if is_damage(error) or is_read_only(error):
        return translate_operational_error(error, url)
    if db_errors.is_refusal(error):  # a trigger's refusal (PostgreSQL)
        return db_errors.conflict_error(error)
    # A value it could not take, the driver's own.
    return db_problems.unexpected_error(error, reading=reading)
