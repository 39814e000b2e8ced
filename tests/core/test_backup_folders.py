"""Each database other than the default one keeps its backups in a folder of its own,
``backups/<file name>`` beside it. They shared ``backups`` beside it, told apart by the file's
stem: two "--db" files in /tmp ("demo.db" and "demo.sqlite3") listed each other's backups, the
restore offered the other's, and pruning the one's kept number deleted the other's backups.
Backups an earlier version left in the shared folder stay listed (to restore) and are never
pruned (one there may be another database's). The default database's folder is unchanged."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from samverkan_desktop import backup
from samverkan_desktop.paths import backups_dir, default_database_path


def _two_databases(template: Path, folder: Path) -> tuple[Path, Path]:
    first, second = folder / "demo.db", folder / "demo.sqlite3"
    for path in (first, second):
        shutil.copyfile(template, path)
    return first, second


def _take(database: Path, count: int, day: int) -> list[Path]:
    return [
        backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, day, 8, minute))
        for minute in range(count)
    ]


def test_two_databases_in_one_folder_keep_their_backups_apart(
    sqlite_template: Path, tmp_path: Path
) -> None:
    first, second = _two_databases(sqlite_template, tmp_path)
    firsts = _take(first, 3, day=1)
    seconds = _take(second, 2, day=2)
    assert {p.parent for p in firsts} == {tmp_path / "backups" / "demo.db"}
    assert {p.parent for p in seconds} == {tmp_path / "backups" / "demo.sqlite3"}
    assert [b.path for b in backup.list_backups(first)] == firsts[::-1]
    assert [b.path for b in backup.list_backups(second)] == seconds[::-1]

    backup.prune(second, 1)  # the second's kept number lowered: only its own oldest go
    assert all(path.exists() for path in firsts)
    assert [b.path for b in backup.list_backups(second)] == [seconds[-1]]


def test_backups_in_the_shared_folder_stay_listed_and_are_never_pruned(
    sqlite_template: Path, tmp_path: Path
) -> None:
    database = tmp_path / "demo.db"
    shutil.copyfile(sqlite_template, database)
    shared = tmp_path / "backups"
    shared.mkdir()
    earlier = shared / "demo-2026-10-01_080000-daily.sqlite3"  # as an earlier version named it
    shutil.copyfile(sqlite_template, earlier)

    assert [b.path for b in backup.list_backups(database)] == [earlier]
    assert backup.latest_backup(database) is not None  # the restore offers it

    newer = _take(database, 2, day=1)
    backup.prune(database, 1)
    assert earlier.exists()
    assert [b.path for b in backup.list_backups(database)] == [newer[-1], earlier]


def test_the_default_database_keeps_its_documented_folder() -> None:
    assert backup.folder_for(default_database_path()) == backups_dir()
