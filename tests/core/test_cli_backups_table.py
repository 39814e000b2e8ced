"""``samverkan backups`` writes when each copy was taken as the window does, "2026-11-30 17.00"
(it printed its own "17:00"); the JSON keeps its ISO "taken_at"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


def test_the_backups_table_writes_the_clock_as_the_window(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    folder = database.parent / "backups"
    folder.mkdir()
    (folder / f"{database.stem}-2026-11-30_170005-manual.sqlite3").write_bytes(b"")
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backups")
    assert code == 0, err
    assert "2026-11-30 17.00" in out and "17:00" not in out
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backups", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["taken_at"] == "2026-11-30T17:00:05"
