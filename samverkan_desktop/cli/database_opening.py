"""The database a command works on: its address (--db, SAMVERKAN_DB or the local file),
refused in one line when it cannot be right, opened with the day's backup, and closed at the
end of the command."""

from __future__ import annotations

import argparse
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.paths import default_database_url

if TYPE_CHECKING:
    from samverkan_desktop.db import Database

log = logging.getLogger(__name__)


def database_url(args: argparse.Namespace, *, create: bool = False) -> str:
    """The address of the database the command works on: --db, else SAMVERKAN_DB, else the local
    file. Refused in one line, before anything is opened or made: an empty --db or SAMVERKAN_DB
    (an unset variable in a script; it took the local database), an address that cannot be read, a
    database in memory (the command's work was gone when it ended) and, unless ``create`` (demo,
    restore), a SQLite file named by --db or SAMVERKAN_DB that does not exist: a mistyped path or
    a share not mounted got a new empty database, and a list said there was nothing."""
    from samverkan_desktop.errors import DatabaseError, NotFoundError
    from samverkan_desktop.quick_read import sqlite_path as _plain_sqlite_path

    named = args.db if args.db is not None else os.environ.get("SAMVERKAN_DB")
    if args.db is not None and not args.db.strip():
        raise ValidationError(
            _("--db is empty; give the database's address, e.g. sqlite:///samverkan.sqlite3.")
        )
    if args.db is None and named is not None and not named.strip():  # set, to nothing
        raise ValidationError(
            _(
                "SAMVERKAN_DB is empty; give the database's address, e.g. "
                "sqlite:///samverkan.sqlite3, or remove the variable."
            )
        )
    url = named or default_database_url()
    path = _plain_sqlite_path(url)
    if path is None:  # a server, a database in memory, an address with options, or none at all
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError) as error:
            raise DatabaseError(_invalid_address(url)) from error
        if parsed.get_backend_name() == "sqlite":
            if parsed.database in (None, "", ":memory:"):
                raise ValidationError(
                    _(
                        "{url} is a database in memory: nothing would be kept. Give a database "
                        "file, e.g. sqlite:///samverkan.sqlite3."
                    ).format(url=url)
                )
            path = Path(parsed.database)
    if path is not None and path.is_dir():
        raise ValidationError(_("{path} is a folder; name a file in it.").format(path=path))
    if path is not None and named and not create and not path.exists():
        # Said with the way to a new one: the command line makes none but the example's.
        raise NotFoundError(
            _("The database {path} does not exist.").format(path=path)
            + " "
            + _(
                "A new, empty one is made by opening it in the window and choosing “{button}”; "
                "“samverkan demo” makes one with the example district."
            ).format(button=_("Start empty"))
        )
    return url


DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def _invalid_address(url: str) -> str:
    """An address SQLAlchemy cannot read; a file's path (the usual slip) is answered with the
    address that names it: "/data/x.sqlite3" is "sqlite:////data/x.sqlite3"."""
    scheme = re.match(r"[A-Za-z][\w+.-]+:", url)  # "postgresql:", not a drive's "C:"
    looks_like_path = scheme is None and (
        "/" in url or "\\" in url or url.lower().endswith(DATABASE_SUFFIXES)
    )
    if looks_like_path and not _foreign_path(url):
        from samverkan_desktop.paths import sqlite_url

        return _("Invalid database address: {path} is a file's path; write it as {url}.").format(
            path=url, url=sqlite_url(Path(url).expanduser().absolute())
        )
    return _(
        "Invalid database address: {url}; write a file as sqlite:////full/path/samverkan.sqlite3."
    ).format(url=url)


def _foreign_path(url: str) -> bool:
    """A Windows path ("C:\\data\\x.sqlite", "data\\x.sqlite") on another system: read as this
    system's path it is a file named with backslashes in the current folder, an address no
    one meant, so none is suggested."""
    if os.name == "nt":
        return False
    return "\\" in url or re.match(r"[A-Za-z]:", url) is not None


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of ``database_url`` (``create``: it may be made), opened and migrated."""
    # SQLAlchemy only here: a printout read with plain SQL never loads it (cli/meeting_printing).
    from samverkan_desktop.db import open_database

    url = database_url(args, create=create)
    if create:
        _refuse_missing_folder(args, url)
    db = open_database(url)
    _opened.append(db)
    daily_backup(url)
    return db


_opened: list[Database] = []


def _refuse_missing_folder(args: argparse.Namespace, url: str) -> None:
    """A new database file goes in a folder that exists, as backup --out, print --out and
    restore refuse a missing one: demo made a mistyped folder. The local database's own
    folder is the program's to make."""
    from samverkan_desktop.quick_read import sqlite_path

    path = sqlite_path(url)
    named = args.db is not None or os.environ.get("SAMVERKAN_DB")
    # A file in the path is said by open_database ("en del av sökvägen är en fil").
    if path is not None and named and not path.parent.exists():
        raise ValidationError(_("The folder {folder} does not exist.").format(folder=path.parent))


def close_opened() -> None:
    """Close what open_db opened. SQLite folds its write-ahead log into the database file when
    the last connection closes; a command that left it open left its changes in the "-wal"
    file only, and a copy of the database file alone lacked them."""
    while _opened:
        _opened.pop().dispose()


def daily_backup(url: str) -> None:
    # The first command of the day backs the SQLite database up; a failed backup is a warning
    # (shown on stderr by cli main, kept in the log) but does not stop the command, as in the
    # window.
    from samverkan_desktop import backup
    from samverkan_desktop.errors import DatabaseCorruptError, DatabaseError

    try:
        backup.daily_backup(url)
    except DatabaseCorruptError as error:
        # Every command says it until the database is restored (no backup of today is made).
        _warn(restore_advice(url, error))
    except (DatabaseError, OSError) as error:
        _warn(backup.daily_backup_failure(url, error))


def _warn(message: str) -> None:
    from samverkan_desktop.user_warnings import warn_user  # only when there is one

    warn_user(log, message)


def restore_advice(url: str, error: DomainError) -> str:
    """A damaged database's one line: what happened and the command that restores the newest
    backup ("samverkan restore FILE", with --db when the database is not the default one)."""
    import shlex

    from samverkan_desktop import backup

    database = backup.sqlite_path(url)
    latest = backup.latest_backup(database) if database is not None else None
    if database is None or latest is None:
        return _("{damage} There is no backup of it to restore.").format(damage=error.message)
    words = ["samverkan"]
    if url != default_database_url():
        words += ["--db", url]
    command = shlex.join([*words, "restore", str(latest.path)])
    return _("{damage} Restore the newest backup with: {command}").format(
        damage=error.message, command=command
    )
