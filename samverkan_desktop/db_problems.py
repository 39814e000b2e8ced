"""Database errors that have no words of their own elsewhere (locks, damage, read-only files and
refused logins do: db_translation, db_connect_errors), in the user's words: a full disk, a table
or column missing, anything else.

The driver's text is English and technical ("near "s": syntax error", "no such table: people"):
it tells a coordinator nothing and is not the message. It is kept as the error's ``details``
(the window's "Detaljer", the command line's second line) and in the log, for whoever helps.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.engine import URL

from samverkan_desktop.errors import DatabaseError, DatabaseLockedError
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)

DISK_FULL = "53100"  # PostgreSQL's disk_full
MISSING_SCHEMA = frozenset({"42P01", "42703"})  # PostgreSQL: undefined_table, undefined_column
_SQLITE_MISSING = ("no such table", "no such column")


def details(error: BaseException) -> str:
    """The driver's own words, one paragraph: its error's kind and text (no SQL statement)."""
    orig = getattr(error, "orig", None) or error
    kind = type(orig)
    said = " ".join(str(orig).split())
    return f"{kind.__module__}.{kind.__qualname__}: {said}"


def is_disk_full(error: BaseException) -> bool:
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlite_errorname", None) == "SQLITE_FULL":
        return True
    if getattr(orig, "sqlstate", None) == DISK_FULL:
        return True
    said = str(orig).lower()
    return "disk is full" in said or "no space left on device" in said


def is_missing_schema(error: BaseException) -> bool:
    """A table or column this version uses is not in the database (SQLite's or PostgreSQL's)."""
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) in MISSING_SCHEMA:
        return True
    said = str(orig).lower()
    return any(said.startswith(words) for words in _SQLITE_MISSING)


def _named(parsed: URL | None, server: str) -> str:
    """The SQLite file, or "NAME on host:port" (a server's database)."""
    if parsed is None:
        return _("the database")
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database).resolve()) if parsed.database else _("the database")
    return _("{database} on {server}").format(database=parsed.database or "", server=server)


def disk_full_error(error: BaseException, parsed: URL | None, server: str) -> DatabaseError:
    said = details(error)
    log.warning("The database's disk is full: %s", said)
    if parsed is not None and parsed.get_backend_name() != "sqlite":
        message = _(
            "The database server {server} has no disk space left, so nothing was saved. Ask "
            "whoever runs the server to free some space, then try again."
        ).format(server=server)
    else:
        where = Path(parsed.database).resolve().parent if parsed and parsed.database else None
        message = _(
            "The disk that holds the database is full, so nothing was saved. Free some space "
            "in {folder} (move or delete files you do not need there), then try again."
        ).format(folder=where or _("the database's folder"))
    return DatabaseError(message, details=said)


def missing_schema_error(
    error: BaseException, parsed: URL | None, server: str, *, reading: bool = False
) -> DatabaseError:
    """``reading``: the refused statement only read (the Overview, a list), where "nothing was
    saved" tells the user of a save she never asked for."""
    said = details(error)
    log.warning("The database lacks a table or column: %s", said)
    if reading:
        message = _(
            "The database {database} lacks a table or column this version of Samverkan uses: "
            "it was made by another version of the program, or it is damaged. Open it with "
            "the version of Samverkan that made it, or restore a backup."
        )
    else:
        message = _(
            "The database {database} lacks a table or column this version of Samverkan uses: "
            "it was made by another version of the program, or it is damaged. Nothing was "
            "saved. Open it with the version of Samverkan that made it, or restore a backup."
        )
    return DatabaseError(message.format(database=_named(parsed, server)), details=said)


def unexpected_error(error: BaseException, *, reading: bool = False) -> DatabaseError:
    """Any other error of the database: a plain sentence; the driver's words as details.
    ``reading``: as missing_schema_error's."""
    said = details(error)
    log.error("The database reported an error: %s", said)
    if reading:
        return DatabaseError(
            _(
                "The database could not fetch the information because of an unexpected error. "
                "Try again; if it happens again, give the details below to whoever supports "
                "Samverkan."
            ),
            details=said,
        )
    return DatabaseError(
        _(
            "The database could not carry out the work because of an unexpected error, so "
            "nothing was saved. Try again; if it happens again, give the details below to "
            "whoever supports Samverkan."
        ),
        details=said,
    )


def locked_at_start_error(path: Path) -> DatabaseLockedError:
    """The SQLite file held locked (another program, another desk's long write) when the program
    starts: nothing to keep or save yet, only to wait or close the other program."""
    return DatabaseLockedError(
        _(
            "The database {path} is held locked by another program or another desk, so "
            "Samverkan cannot open it now. Nothing was changed. Try again in a moment; if it "
            "stays locked, close the other programs that have the database file open."
        ).format(path=path.resolve())
    )
