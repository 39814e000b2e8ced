"""A restore leaves one entry in the restored database's audit trail: when, who, from which
backup and where what it replaced is kept (file names, never a home folder), read in Swedish
in the export and the command line's history; a backup from before the trail, or one whose
trail cannot be written, is restored all the same."""

from __future__ import annotations

import csv
import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from samverkan_desktop import backup, clock
from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.changes import ALL_AREAS, ChangeListener, areas_for_tables
from samverkan_desktop.db import _alembic_config, open_database
from samverkan_desktop.models import AuditAction, AuditEntry
from samverkan_desktop.services import audit
from tests.core.test_backup import _add_person, _path, _people, _previous_revision
from tests.core.test_cli import run_cli

BEFORE_THE_TRAIL = "0007_exercises"  # audit_log came with 0008_durability


def _restore_entries(path: Path) -> list[AuditEntry]:
    db = open_database(f"sqlite:///{path}")  # migrates an older backup, as the next start
    try:
        with db.session() as s:
            found = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "database"))
            return list(found)
    finally:
        db.dispose()


def _export(path: Path, tmp_path: Path) -> list[dict[str, str]]:
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        audit.export_csv(s, tmp_path / "trail.csv")
    db.dispose()
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_restored_database_says_when_who_and_from_which_backup(
    sqlite_url: str, tmp_path: Path
) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, 1, 8, 0))
    _add_person(sqlite_url, "Lars Ek")
    result = backup.restore(database, saved)
    assert result.safety_backup is not None
    (entry,) = _restore_entries(database)
    assert entry.who == os_user()
    assert clock.utcnow() - entry.at.replace(tzinfo=dt.UTC) < dt.timedelta(minutes=1)
    assert entry.action is AuditAction.UPDATE
    assert entry.changes == {
        "restored_from": {"old": None, "new": "samverkan-2026-11-01_080000-manual.sqlite3"},
        "replaced_backed_up_to": {"old": None, "new": result.safety_backup.name},
    }
    assert str(tmp_path) not in repr(entry.changes)  # names, not where the user keeps them
    assert _people(database) == ["Lena Persson"]  # the data is the backup's
    assert _restore_entries(result.safety_backup) == []  # the entry came after the copy
    # The export reads it in Swedish.
    rows = [r for r in _export(database, tmp_path) if r["table"] == "database"]
    assert [(r["table_label"], r["field_label"], r["new"]) for r in rows] == [
        ("Databas", "Databasen återställd från säkerhetskopia", saved.name),
        ("Databas", "Det som ersattes säkerhetskopierades till", result.safety_backup.name),
    ]


def test_a_damaged_database_kept_aside_is_named_in_the_entry(sqlite_url: str) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL)
    result = backup.restore(database, saved, damaged=True)
    assert result.damaged_kept is not None
    (entry,) = _restore_entries(database)
    assert entry.changes["replaced_kept_as"] == {"old": None, "new": result.damaged_kept.name}
    assert "replaced_backed_up_to" not in entry.changes


def _old_backup(folder: Path, revision: str) -> Path:
    path = folder / f"old-{revision}.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        conn.execute(text("INSERT INTO people (name, is_staff) VALUES ('Lars Ek', 0)"))
    engine.dispose()
    return path


def test_a_backup_of_an_older_version_gets_the_entry_and_is_migrated(
    sqlite_url: str, tmp_path: Path
) -> None:
    database = _path(sqlite_url)
    old = _old_backup(tmp_path, _previous_revision())
    backup.restore(database, old)
    (entry,) = _restore_entries(database)  # written before, read after the migration
    assert entry.changes["restored_from"]["new"] == old.name
    assert _people(database) == ["Lars Ek"]


def test_a_backup_from_before_the_trail_is_restored_without_an_entry(
    sqlite_url: str, tmp_path: Path
) -> None:
    database = _path(sqlite_url)
    old = _old_backup(tmp_path, BEFORE_THE_TRAIL)
    result = backup.restore(database, old)
    assert result.safety_backup is not None
    assert _restore_entries(database) == []  # migrated: the trail is there, empty
    assert _people(database) == ["Lars Ek"]


def test_an_entry_that_cannot_be_written_does_not_fail_the_restore(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL)
    with sqlite3.connect(saved) as conn:  # a trail that refuses every new row
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'read only'); END"
        )
    conn.close()
    _add_person(sqlite_url, "Lars Ek")
    with caplog.at_level(logging.WARNING, logger="samverkan_desktop.restore_trail"):
        backup.restore(database, saved)
    assert _people(database) == ["Lena Persson"]
    assert "återställningen kunde inte skrivas in i ändringsloggen: read only" in caplog.text
    assert _restore_entries(database) == []


def test_the_command_line_says_what_it_restored_and_the_history_shows_it(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = _path(sqlite_url)
    saved = tmp_path / "copy.sqlite3"
    assert run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(saved))[0] == 0
    _add_person(sqlite_url, "Lars Ek")
    code, out, err = run_cli(capsys, "--db", sqlite_url, "restore", str(saved))
    assert code == 0, err
    (safety,) = [b.path for b in backup.list_backups(database) if b.reason == backup.RESTORE]
    assert out.splitlines() == [
        f"Databasen {database} återställdes från {saved}.",
        f"Det som ersattes säkerhetskopierades till {safety}.",
    ]
    code, out, err = run_cli(capsys, "--db", sqlite_url, "audit", "history", "database", "1")
    assert code == 0, err
    assert "Ändrad" in out and os_user() in out
    assert "Databasen återställd från säkerhetskopia: – → copy.sqlite3" in out
    assert f"Det som ersattes säkerhetskopierades till: – → {safety.name}" in out


def test_a_desk_with_the_database_open_refreshes_everything_after_a_restore(
    sqlite_url: str,
) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL)  # its trail ends where the desk's does
    desk = open_database(sqlite_url)
    listener = ChangeListener(desk.engine, desk.client_id)
    listener.start()
    try:
        backup.restore(database, saved)  # the restore's entry is the only new row
        assert areas_for_tables(listener.poll()) == ALL_AREAS
    finally:
        listener.close()
        desk.dispose()
