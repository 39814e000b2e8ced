"""Where a database's backups are kept and what they are called: the folder of a database's
backups, the names (``<stem>-<YYYY-MM-DD_HHMMSS>-<reason>.sqlite3``, so a listing sorts by time),
listing them, and the SQLite file of a database address."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop import quick_read
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.paths import backups_dir, default_database_path

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
STAMP = "%Y-%m-%d_%H%M%S"
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


def older_folder(database: Path) -> Path | None:
    """Where versions before the own folder kept the backups of a database other than the
    default: ``backups`` beside it, shared by the folder's databases (told apart by the file's
    stem only). Read for a restore; never pruned, since a backup there may be another's."""
    return None if _is_default(database) else database.parent / "backups"


def in_older_folder(database: Path, kept: BackupFile) -> bool:
    """Whether ``kept``, a backup of ``database``, is one an earlier version left in the
    shared folder (``older_folder``) rather than in the database's own."""
    return kept.path.parent == older_folder(database)


def list_backups(database: Path, *, own: bool = False) -> list[BackupFile]:
    """The backups of ``database``, newest first; with ``own``, only those in its own folder
    (what pruning may delete), not those an earlier version left in the shared one."""
    shared = None if own else older_folder(database)
    found = []
    for folder in (folder_for(database), *([shared] if shared is not None else [])):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != database.stem or not path.is_file():
                continue
            taken = dt.datetime.strptime(match["stamp"], STAMP)
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
