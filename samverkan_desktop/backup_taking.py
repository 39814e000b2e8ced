"""Taking backups of the SQLite database with SQLite's online backup API, and dropping the
oldest beyond the kept number.

A backup is a complete, consistent copy taken while the program may be writing (the backup API
copies a snapshot; WAL readers do not block writers), checked before it counts. Taken
automatically at the first start of each day and before every migration; the newest
``backups.keep`` are kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from samverkan_desktop import clock, os_errors
from samverkan_desktop.backup_files import (
    DAILY,
    MIGRATION,
    STAMP,
    START_OVER,
    folder_for,
    list_backups,
    sqlite_path,
)
from samverkan_desktop.errors import (
    BackupFailedError,
    DatabaseCorruptError,
    DatabaseError,
    DomainError,
)
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)

KEEP_SETTING = "backups.keep"
KEEP_DEFAULT = 14


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` with the online backup API and check the copy.

    Raises DatabaseError (the partial copy removed) when the source cannot be read or the copy
    is not sound, so a damaged database never pushes a good backup out of the kept ones.
    A failure once the database is open names the copy too: a full disk or a folder that may
    not be written is where the copy goes."""
    copying = False
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copying = True
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                empty = dest.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        _remove_partial(target)
        from samverkan_desktop.db import is_damage

        if is_damage(error):  # "database disk image is malformed": the source, not the copy
            raise _damaged(source) from error
        failed = (
            _("The database {path} could not be backed up to {target}: {reason}")
            if copying
            else _("The database {path} could not be backed up: {reason}")
        )
        reason = os_errors.sqlite_reason(error)
        raise BackupFailedError(
            failed.format(path=source, target=target, reason=reason), cause=reason
        ) from error
    if not ok:
        _remove_partial(target)
        raise _damaged(source)
    if empty:
        # An emptied database (0 bytes after a crash or a sync tool): its "backups", taken by
        # hand or by a nightly script, would push the good ones out of the kept number.
        _remove_partial(target)
        raise DatabaseCorruptError(
            _("The database {path} is empty; no backup was taken.").format(path=source),
            cause=_("The database is empty; no backup was taken."),
        )


def _remove_partial(target: Path) -> None:
    # On a read-only disk even removing a file that was never made fails (EROFS, not ENOENT):
    # the copy's own error is the one to tell.
    try:
        target.unlink(missing_ok=True)
    except OSError:
        log.warning("The partial backup %s could not be removed", target, exc_info=True)


def _damaged(source: Path) -> DatabaseCorruptError:
    # Its own kind, so the command line and the window can say how to restore a backup.
    return DatabaseCorruptError(
        _("The database {path} is damaged; no backup was taken.").format(path=source),
        cause=_("The database is damaged; no backup was taken."),
    )


def made_folder(database: Path) -> Path:
    """The backups folder of ``database``, made if it is not there yet (before the first
    backup "Open the folder" has one to show). Refused, the window's message has the folder
    on a line of its own (inside the sentence it broke at a "/"); the command line's, and a
    sentence that tells it on (``one_line``), keep it in one line."""
    folder = database.parent / "backups" / database.name
    try:
        folder = folder_for(database)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = os_errors.reason(error).rstrip(". ")
        raise BackupFailedError(
            _("The backups folder cannot be created ({reason}):\n{folder}").format(
                folder=folder, reason=reason
            ),
            cause=_("The backups folder cannot be created ({reason})").format(reason=reason),
            command_line=_("The backups folder {folder} cannot be created: {reason}").format(
                folder=folder, reason=os_errors.reason(error)
            ),
        ) from error
    return folder


def one_line(error: DomainError) -> str:
    """``error``'s message in one line, to go on in a sentence of its own (the command line's
    where the window's puts a path on a line of its own: ``made_folder``)."""
    return error.command_line or error.message


def take_backup(database: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Back ``database`` up into its backups folder and drop the oldest beyond the kept number."""
    folder = made_folder(database)
    stamp = (now or clock.now()).strftime(STAMP)  # Stockholm time, as today is read
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database.stem}-{stamp}-{n}-{reason}.sqlite3"
    copy_database(database, target)
    log.info("Backed up %s to %s", database, target)
    prune(database, kept_number(database))
    return target


def kept_number(database: Path) -> int:
    """The setting "backups to keep", read without the ORM (it runs before migrations too)."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)
            ).fetchone()
        finally:
            conn.close()
        return max(1, int(row[0])) if row else KEEP_DEFAULT
    except (sqlite3.Error, ValueError):
        return KEEP_DEFAULT


def prune(database: Path, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(database, own=True)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def daily_backup(url: str, today: dt.date | None = None) -> Path | None:
    """At the first start of a day: back the SQLite database up unless it was already today."""
    database = sqlite_path(url)
    if database is None or not database.exists() or database.stat().st_size == 0:
        return None
    day = today or clock.today()
    if any(b.taken_at.date() == day for b in list_backups(database)):
        return None
    return take_backup(database, DAILY)


def daily_backup_failure(url: str, error: DomainError | OSError) -> str:
    """What the command line tells when today's backup could not be taken (not for a damaged
    database: the window and the command line each say how to restore one). The work goes on."""
    reason = one_line(error) if isinstance(error, DomainError) else os_errors.reason(error)
    database = sqlite_path(url)
    folder = folder_for(database) if database is not None else ""
    return _(
        "Today's backup could not be taken: {reason}. Your data is saved; check the free space "
        "and the permissions in {folder}."
    ).format(reason=reason.rstrip(". "), folder=folder)


def daily_backup_notice(url: str, error: DomainError | OSError) -> tuple[str, Path | None]:
    """As ``daily_backup_failure``, for the window's notice: the sentence, and the backups
    folder it ends with, to stand whole on a line of its own (inside the sentence it broke
    at a "/", and the folder's own refusal named it a second time)."""
    if isinstance(error, BackupFailedError):
        reason = error.cause
    elif isinstance(error, DomainError):
        reason = one_line(error)
    else:
        reason = os_errors.reason(error)
    database = sqlite_path(url)
    said = _(
        "Today's backup could not be taken: {reason}. Your data is saved; check the free space "
        "and the permissions in the backups folder:"
    ).format(reason=reason.rstrip(". "))
    return said, folder_for(database) if database is not None else None


def backup_before_migration(database: Path) -> Path:
    return take_backup(database, MIGRATION)


def start_over(database: Path) -> Path:
    """Back ``database`` up and remove it (with its WAL files), so the next start makes a new,
    empty one: how the example district, or a trial, is put away. The backup is checked
    before anything is removed (copy_database), and it is kept like any other, so "Återställ"
    brings it all back. Every connection to the database must be closed first."""
    kept = take_backup(database, START_OVER)
    try:
        for path in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
    except OSError as error:
        raise DatabaseError(
            _(
                "The database {path} could not be removed: {reason}. The backup {backup} was "
                "taken first."
            ).format(path=database, reason=os_errors.reason(error), backup=kept)
        ) from error
    log.info("Started over: %s backed up to %s and removed", database, kept)
    return kept
