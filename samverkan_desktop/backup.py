"""Backups of the SQLite database with SQLite's online backup API, and restoring one.

A backup is a complete, consistent copy taken while the program may be writing (the backup API
copies a snapshot; WAL readers do not block writers). Backups of a database live in a folder of
its own, ``backups/<file name>`` beside it (for the default database ``paths.backups_dir()``), named
``<stem>-<YYYY-MM-DD_HHMMSS>-<reason>.sqlite3`` so a listing sorts by time. Taken automatically at
the first start of each day and before every migration; the newest ``backups.keep`` are kept.

PostgreSQL databases are backed up with the server's own tools (pg_dump/pg_restore).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop import clock, os_errors, quick_read
from samverkan_desktop.errors import (
    DatabaseCorruptError,
    DatabaseError,
    NotSamverkanDatabaseError,
    SchemaTooNewError,
    ValidationError,
)
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.paths import backups_dir, default_database_path

log = logging.getLogger(__name__)

KEEP_SETTING = "backups.keep"
KEEP_DEFAULT = 14
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Samverkan database has had since the first version.
CORE_TABLES = frozenset({"alembic_version", "people", "organisations", "groups", "settings"})
DAILY, MIGRATION, RESTORE, MANUAL = "daily", "before-migration", "before-restore", "manual"
START_OVER = "before-starting-over"
REASONS = {
    DAILY: N_("first start of the day"),
    MIGRATION: N_("before an update of the database"),
    RESTORE: N_("before a restore"),
    MANUAL: N_("taken by hand"),
    START_OVER: N_("before starting over empty"),
}
# The endings a backup file may have: the restore dialog lists these files first. A backup
# written elsewhere (backup --out) without one gets the first.
ENDINGS = (".sqlite3", ".sqlite", ".db", ".db3")
_ENDING = re.compile(
    r"\.[A-Za-z][A-Za-z0-9]{0,7}$"
)  # ".bak" is an ending, ".12" in "kopia 1.12" not
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, from the name
    reason: str


def reason_label(reason: str) -> str:
    return _(REASONS[reason]) if reason in REASONS else reason


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite address, None for PostgreSQL or an in-memory database."""
    plain = quick_read.sqlite_path(url)
    if plain is not None:  # the usual address, read without SQLAlchemy
        return plain
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)  # type: ignore[arg-type]


def require_sqlite(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise ValidationError(
            _(
                "This database is on a PostgreSQL server: back it up with pg_dump and restore it "
                "with pg_restore (see “Backups” in the README)."
            )
        )
    return path


def _is_default(database: Path) -> bool:
    return database.resolve() == default_database_path().resolve()


def folder_for(database: Path) -> Path:
    """Where the backups of ``database`` go: ``backups`` in the data folder for the default
    database; for any other a folder of its own named after the file, in ``backups`` beside
    it. Two databases in one folder ("--db" files in /tmp, "demo.db" and "demo.sqlite3") then
    never share one: pruning the one's could delete the other's."""
    if _is_default(database):
        return backups_dir()
    return database.parent / "backups" / database.name


def _shared_folder(database: Path) -> Path | None:
    """Where versions before the own folder kept the backups of a database other than the
    default: ``backups`` beside it, shared by the folder's databases (told apart by the file's
    stem only). Read for a restore; never pruned, since a backup there may be another's."""
    return None if _is_default(database) else database.parent / "backups"


def list_backups(database: Path, *, own: bool = False) -> list[BackupFile]:
    """The backups of ``database``, newest first; with ``own``, only those in its own folder
    (what pruning may delete), not those an earlier version left in the shared one."""
    shared = None if own else _shared_folder(database)
    found = []
    for folder in (folder_for(database), *([shared] if shared is not None else [])):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != database.stem or not path.is_file():
                continue
            taken = dt.datetime.strptime(match["stamp"], _STAMP)
            found.append((taken, int(match["n"] or 1), BackupFile(path, taken, match["reason"])))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def latest_backup(database: Path) -> BackupFile | None:
    backups = list_backups(database)
    return backups[0] if backups else None


def named_backup(path: Path) -> Path:
    """Where ``backup --out PATH`` writes: a name without an ending gets ".sqlite3", so the
    restore dialog lists it among the backups (and a double-click has something to go by);
    an ending the user gave is kept, and what is there already (a folder, a file, a device)
    keeps its name, to be refused as such."""
    if path.exists() or _ENDING.search(path.name):
        return path
    return path.with_name(path.name + ENDINGS[0])


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
        raise DatabaseError(
            failed.format(path=source, target=target, reason=os_errors.sqlite_reason(error))
        ) from error
    if not ok:
        _remove_partial(target)
        raise _damaged(source)
    if empty:
        # An emptied database (0 bytes after a crash or a sync tool): its "backups", taken by
        # hand or by a nightly script, would push the good ones out of the kept number.
        _remove_partial(target)
        raise DatabaseCorruptError(
            _("The database {path} is empty; no backup was taken.").format(path=source)
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
        _("The database {path} is damaged; no backup was taken.").format(path=source)
    )


def made_folder(database: Path) -> Path:
    """The backups folder of ``database``, made if it is not there yet (before the first
    backup "Open the folder" has one to show)."""
    folder = database.parent / "backups" / database.name
    try:
        folder = folder_for(database)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            _("The backups folder {folder} cannot be created: {reason}").format(
                folder=folder, reason=os_errors.reason(error)
            )
        ) from error
    return folder


def take_backup(database: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Back ``database`` up into its backups folder and drop the oldest beyond the kept number."""
    folder = made_folder(database)
    stamp = (now or clock.now()).strftime(_STAMP)  # Stockholm time, as today is read
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


def backup_before_migration(database: Path) -> Path:
    return take_backup(database, MIGRATION)


def check_restorable(source: Path) -> set[str]:
    """The schema versions of ``source``; refuses a file that is not a Samverkan database or one
    saved by a newer version of the program."""
    from samverkan_desktop.db import known_revisions

    not_ours = NotSamverkanDatabaseError(
        _("The file {path} is not a Samverkan database.").format(path=source)
    )
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
            _("The file {path} is damaged or not a Samverkan database.").format(path=source)
        ) from error
    if not revisions:
        raise not_ours
    if revisions - known_revisions():
        raise SchemaTooNewError(
            _(
                "The file {path} was saved by a newer version of Samverkan. "
                "Update the program first."
            ).format(path=source)
        )
    if not sound:
        raise DatabaseError(_("The backup {path} is damaged.").format(path=source))
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


def set_aside(database: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; it is never deleted."""
    stamp = (now or clock.now()).strftime(_STAMP)  # Stockholm time, as today is read
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
                    ).format(reason=error.message.rstrip(". "))
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

    restore_trail.record_restore(database, source, safety, kept)
    return RestoreResult(source, safety, kept)


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
