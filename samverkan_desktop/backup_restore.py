"""Restoring a backup: checking that the file is a sound Samverkan database this version can
read, setting a damaged database aside (never deleting it) and copying the backup back."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.backup_files import RESTORE, STAMP
from samverkan_desktop.backup_taking import one_line, take_backup
from samverkan_desktop.errors import (
    DatabaseCorruptError,
    DatabaseError,
    NotSamverkanDatabaseError,
    SchemaTooNewError,
    ValidationError,
    not_samverkan_file,
)
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Samverkan database has had since the first version.
CORE_TABLES = frozenset({"alembic_version", "people", "organisations", "groups", "settings"})


def check_restorable(source: Path) -> set[str]:
    """The schema versions of ``source``; refuses a file that is not a Samverkan database or one
    saved by a newer version of the program."""
    from samverkan_desktop.db import known_revisions

    not_ours = not_samverkan_file(source)
    if source.is_dir():
        raise ValidationError(
            _("{path} is a folder; name a backup file in it.").format(path=source)
        )
    if not source.is_file():
        raise ValidationError(_("The file {path} does not exist.").format(path=source))
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise not_ours
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables >= CORE_TABLES:
                raise not_ours
            revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
            sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise NotSamverkanDatabaseError(
            _("This file is damaged or not a Samverkan database:\n{path}").format(path=source),
            command_line=_("The file {path} is damaged or not a Samverkan database.").format(
                path=source
            ),
        ) from error
    if not revisions:
        raise not_ours
    if revisions - known_revisions():
        raise SchemaTooNewError(
            _(
                "This file was saved by a newer version of Samverkan:\n{path}\n\n"
                "Update the program first."
            ).format(path=source),
            command_line=_(
                "The file {path} was saved by a newer version of Samverkan. "
                "Update the program first."
            ).format(path=source),
        )
    if not sound:
        raise DatabaseError(
            _("This backup is damaged:\n{path}").format(path=source),
            command_line=_("The backup {path} is damaged.").format(path=source),
        )
    return revisions


def check_source(database: Path, source: Path) -> Path:
    """``source`` if it may replace ``database`` (check_restorable, and not the database
    itself): the window checks before it asks whether to restore, not after."""
    check_restorable(source)
    if source.resolve() == database.resolve():
        raise ValidationError(_("That file is the database itself; choose a backup."))
    return source


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the replaced database, backed up first
    damaged_kept: Path | None  # the replaced database, when it was too damaged to back up
    # The user's sentence when the restore could not be noted in the audit trail (the command
    # line hears it as a warning; the window says it with the restore).
    trail_warning: str | None = None


def set_aside(database: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; it is never deleted."""
    stamp = (now or clock.now()).strftime(STAMP)  # Stockholm time, as today is read
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = database.with_name(f"{database.name}.damaged-{stamp}-{n}")
    database.rename(kept)
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            extra.rename(kept.with_name(kept.name + suffix))
    return kept


def restore(database: Path, source: Path, *, damaged: bool = False) -> RestoreResult:
    """Replace ``database`` with the backup ``source``, after backing up what it replaces.

    A replaced database known to be ``damaged``, or too damaged to back up, is renamed aside
    instead (never deleted). The copy goes through SQLite (backup API into the live file), so a
    program that has the database open waits for its lock and then sees the restored data.
    The restored database's audit trail then says so (restore_trail), if it has one."""
    check_source(database, source)
    safety: Path | None = None
    kept: Path | None = None
    if database.exists() and (damaged or database.stat().st_size > 0):
        if not damaged:
            try:
                safety = take_backup(database, RESTORE)
            except DatabaseCorruptError:
                damaged = True  # too damaged to copy: kept aside instead, below
            except DatabaseError as error:
                # A sound database whose copy cannot be written (a read-only or full disk)
                # stays as it is: set aside it would be called damaged, and lost on a failure.
                raise DatabaseError(
                    _(
                        "{reason}. Nothing was restored: what the database holds now is backed "
                        "up before a restore replaces it."
                    ).format(reason=one_line(error).rstrip(". "))
                ) from error
        if damaged:
            kept = set_aside(database)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(database, timeout=5)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        from samverkan_desktop.db import is_read_only, read_only_error

        if is_read_only(error):
            said = read_only_error(database.resolve()).message
            raise DatabaseError(
                _("The backup could not be restored. {reason}").format(reason=said)
            ) from error
        raise DatabaseError(
            _("The backup could not be restored: {reason}. The database was not changed.").format(
                reason=error
            )
        ) from error
    log.info("Restored %s from %s", database, source)
    from samverkan_desktop import restore_trail  # the ORM's models: not at start

    trail_warning = restore_trail.record_restore(database, source, safety, kept)
    return RestoreResult(source, safety, kept, trail_warning)
