"""An emptied database file (0 bytes after a crash or a sync tool) is not backed up: its empty
"backups", taken by hand or by a nightly "samverkan backup", pushed the good ones out of the
kept number until none was left to restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import backup
from tests.core.test_cli import run_cli


def test_an_emptied_database_leaves_the_kept_backups_alone(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    good = [
        backup.take_backup(database, backup.DAILY, now=dt.datetime(2026, 11, day, 8, 0))
        for day in (2, 3)
    ]
    database.write_bytes(b"")
    line = f"Fel: Databasen {database} är tom; ingen säkerhetskopia togs.\n"
    for _night in range(3):
        code, out, err = run_cli(capsys, "--db", sqlite_url, "backup")
        assert (code, out, err) == (1, "", line)
    assert [b.path for b in backup.list_backups(database)] == good[::-1]
    copy = tmp_path / "usb" / "kopia.sqlite3"
    copy.parent.mkdir()
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(copy))
    assert (code, out, err) == (1, "", line)
    assert not copy.exists()
