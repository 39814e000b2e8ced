"""Backups with SQLite's online backup API: daily, before migrations, by hand; restore refuses
what is not a Samverkan database of this or an older version and first backs up what it
replaces; PostgreSQL users are sent to pg_dump."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from samverkan_desktop import backup, clock
from samverkan_desktop.db import _alembic_config, head_revisions, open_database
from samverkan_desktop.errors import (
    DatabaseError,
    NotSamverkanDatabaseError,
    SchemaTooNewError,
    ValidationError,
)
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.services import contacts, settings
from samverkan_desktop.services.contacts import PersonInput
from tests.core.test_cli import run_cli


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _people(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM people ORDER BY name")]


def _add_person(url: str, name: str) -> None:
    db = open_database(url)
    db.call(contacts.create_person, PersonInput(name), today=dt.date(2026, 11, 30))
    db.dispose()


def test_a_backup_is_a_sound_copy_with_a_timestamped_name(sqlite_url: str) -> None:
    _add_person(sqlite_url, "Lena Persson")
    database = _path(sqlite_url)
    target = backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, 30, 7, 5, 9))
    assert target.parent == database.parent / "backups" / "samverkan.sqlite3"  # its own folder
    assert target.name == "samverkan-2026-11-30_070509-manual.sqlite3"
    assert _people(target) == ["Lena Persson"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    # Two in the same second do not overwrite each other.
    second = backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, 30, 7, 5, 9))
    assert second != target and target.exists()
    assert [b.path for b in backup.list_backups(database)] == [second, target]


def test_only_the_newest_backups_are_kept_by_the_setting(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    db.call(settings.set_int, backup.KEEP_SETTING, 3)
    db.dispose()
    database = _path(sqlite_url)
    for day in range(1, 7):
        backup.take_backup(database, backup.DAILY, now=dt.datetime(2026, 11, day, 8, 0))
    kept = backup.list_backups(database)
    assert [b.taken_at.day for b in kept] == [6, 5, 4]
    assert settings.SPECS[backup.KEEP_SETTING].default == 14  # type: ignore[union-attr]


def test_the_first_start_of_a_day_backs_up_once(sqlite_url: str) -> None:
    database = _path(sqlite_url)
    today = clock.today()
    first = backup.daily_backup(sqlite_url, today)
    assert first is not None and first.exists()
    assert backup.daily_backup(sqlite_url, today) is None
    assert backup.daily_backup(sqlite_url, today + dt.timedelta(days=1)) is not None
    assert backup.daily_backup("postgresql+psycopg://u@localhost/x") is None
    assert len(backup.list_backups(database)) == 2


def test_the_first_start_after_midnight_in_stockholm_backs_up_once_on_a_utc_machine(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """00.30 in Stockholm is 23.30 the day before in UTC: a backup named by the machine's clock
    was dated yesterday, so every start in that hour took another one (and pruned a real day's)."""
    stockholm = dt.datetime(2026, 12, 4, 0, 30, tzinfo=LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: stockholm)
    monkeypatch.setattr(clock, "today", lambda: stockholm.date())
    first = backup.daily_backup(sqlite_url)
    assert first is not None and "2026-12-04_003000" in first.name
    assert backup.daily_backup(sqlite_url) is None


def test_the_command_line_takes_the_daily_backup(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--db", sqlite_url, "groups", "list")[0] == 0
    assert [b.reason for b in backup.list_backups(_path(sqlite_url))] == [backup.DAILY]
    assert run_cli(capsys, "--db", sqlite_url, "groups", "list")[0] == 0
    assert len(backup.list_backups(_path(sqlite_url))) == 1


def _previous_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config())
    (head,) = head_revisions()
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    return previous


def test_a_backup_is_taken_before_a_migration_changes_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    previous = _previous_revision()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), previous)
        conn.execute(text("INSERT INTO people (name, is_staff) VALUES ('Lars Ek', 0)"))
    engine.dispose()
    open_database(f"sqlite:///{path}").dispose()
    (taken,) = backup.list_backups(path)
    assert taken.reason == backup.MIGRATION
    with sqlite3.connect(taken.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        assert conn.execute("SELECT name FROM people").fetchone()[0] == "Lars Ek"


def test_a_new_database_gets_no_migration_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    open_database(f"sqlite:///{path}").dispose()  # already at head: nothing to back up
    assert backup.list_backups(path) == []


def test_no_migration_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), _previous_revision())
    engine.dispose()
    (tmp_path / "backups").write_text("a file where the folder should be")
    with pytest.raises(DatabaseError, match="säkerhetskopior"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            _previous_revision()
        )


def test_restore_replaces_the_data_and_backs_up_what_it_replaced(sqlite_url: str) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, 1, 8, 0))
    _add_person(sqlite_url, "Lars Ek")
    db = open_database(sqlite_url)  # the window may have it open meanwhile
    result = backup.restore(database, saved)
    assert _people(database) == ["Lena Persson"]
    assert result.safety_backup is not None and _people(result.safety_backup) == [
        "Lars Ek",
        "Lena Persson",
    ]
    assert result.safety_backup.name.endswith("-before-restore.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM people")).scalar() == 1
    db.dispose()
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_what_is_not_ours_or_newer_and_changes_nothing(
    sqlite_url: str, tmp_path: Path
) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    before = database.read_bytes()
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("Minnesanteckningar\n" * 50)
    foreign = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    newer = backup.take_backup(database, backup.MANUAL)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    for source, error in [
        (text_file, NotSamverkanDatabaseError),
        (foreign, NotSamverkanDatabaseError),
        (tmp_path / "empty.sqlite3", DatabaseError),
        (newer, SchemaTooNewError),
    ]:
        if source.name == "empty.sqlite3":
            source.write_bytes(b"")
        count = len(backup.list_backups(database))
        with pytest.raises(error):
            backup.restore(database, source)
        assert database.read_bytes() == before
        assert len(backup.list_backups(database)) == count  # no safety backup for nothing


def test_restore_over_a_damaged_database_keeps_it_aside(sqlite_url: str) -> None:
    database = _path(sqlite_url)
    _add_person(sqlite_url, "Lena Persson")
    saved = backup.take_backup(database, backup.MANUAL)
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    result = backup.restore(database, saved)
    assert result.safety_backup is None
    assert result.damaged_kept is not None and result.damaged_kept.read_bytes() == bytes(data)
    assert _people(database) == ["Lena Persson"]
    open_database(sqlite_url).dispose()


def test_backup_and_restore_from_the_command_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite3"
    code, stdout, err = run_cli(capsys, "--db", db_url, "backup", "--out", str(out))
    if db_url.startswith("postgresql"):
        assert code == 1 and "pg_dump" in err and err.count("\n") == 1
        code, _, err = run_cli(capsys, "--db", db_url, "restore", str(out))
        assert code == 1 and "pg_restore" in err and "Traceback" not in err
        return
    assert code == 0 and str(out) in stdout
    _add_person(db_url, "Lars Ek")
    code, stdout, err = run_cli(capsys, "--db", db_url, "backup", "--out", str(out))
    assert code == 1 and "finns redan" in err and err.count("\n") == 1
    code, stdout, err = run_cli(capsys, "--db", db_url, "restore", str(out))
    assert code == 0, err
    assert "återställdes" in stdout
    assert _people(_path(db_url)) == []
    code, stdout, _ = run_cli(capsys, "--db", db_url, "backups", "--json")
    assert code == 0 and '"reason": "before-restore"' in stdout
    code, _, err = run_cli(capsys, "--db", db_url, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "finns inte" in err


def test_restore_names_a_folder_as_a_folder(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "kopior"
    folder.mkdir()
    with pytest.raises(ValidationError, match="är en mapp; ange en säkerhetskopia i den"):
        backup.check_restorable(folder)  # was "the file … does not exist"


def test_starting_over_keeps_everything_in_a_backup_and_the_next_open_is_empty(
    sqlite_url: str,
) -> None:
    from samverkan_desktop.empty import is_empty

    _add_person(sqlite_url, "Lena Persson")
    database = _path(sqlite_url)
    kept = backup.start_over(database)
    assert not database.exists()
    assert not database.with_name(database.name + "-wal").exists()
    assert _people(kept) == ["Lena Persson"]
    assert [(b.path, b.reason) for b in backup.list_backups(database)] == [
        (kept, backup.START_OVER)
    ]
    db = open_database(sqlite_url)  # as the next start does
    with db.session() as s:
        assert is_empty(s)
    db.dispose()
    # and the old data comes back with a restore
    backup.restore(database, kept)
    assert _people(database) == ["Lena Persson"]
