"""Backups where none can be written (a read-only disk, a file where the backups folder should
be): the command says why in one line, and a restore leaves the sound database as it was
instead of calling it damaged and moving it aside."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop import backup
from tests.core.test_cli import run_cli


def _database(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_a_restore_whose_safety_backup_fails_changes_nothing(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _database(sqlite_url)
    source = tmp_path / "copy.sqlite3"
    backup.copy_database(path, source)
    before = path.read_bytes()
    folder = backup.folder_for(path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the safety backup cannot be written
    code, out, err = run_cli(capsys, "--db", sqlite_url, "restore", str(source))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Mappen för säkerhetskopior {folder} kan inte skapas: en fil med det namnet står i "
        "vägen. Ingenting återställdes: det som databasen innehåller nu säkerhetskopieras innan "
        "en återställning ersätter det.\n"
    )
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.damaged-*"))  # it was called damaged and set aside


def test_a_backup_onto_a_read_only_disk_says_so(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As on a write-protected USB stick: SQLite cannot create the copy, and removing the copy
    # that was never made fails with EROFS rather than "no such file".
    out = tmp_path / "stick" / "copy.sqlite3"
    out.parent.mkdir()
    connect, unlink = sqlite3.connect, Path.unlink

    def read_only_disk(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(target) == str(out):
            raise sqlite3.OperationalError("unable to open database file")
        return connect(target, *args, **kwargs)

    def unlink_on_read_only_disk(self: Path, missing_ok: bool = False) -> None:
        if self == out:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(sqlite3, "connect", read_only_disk)
    monkeypatch.setattr(Path, "unlink", unlink_on_read_only_disk)
    code, stdout, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(out))
    assert (code, stdout) == (1, "")
    assert err == (
        f"Fel: Databasen {_database(sqlite_url)} kunde inte säkerhetskopieras till {out}: "
        "filen kan inte öppnas eller skapas där\n"
    )


def _failing_copy(monkeypatch: pytest.MonkeyPatch, words: str) -> list[Path]:
    """SQLite failing to write the copy (``words`` as it says it); the copies it was given."""
    connect = sqlite3.connect
    targets: list[Path] = []

    def failing(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if not str(target).startswith("file:"):  # the copy; the database opens by its URI
            targets.append(Path(target))
            raise sqlite3.OperationalError(words)
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", failing)
    return targets


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("unable to open database file", "filen kan inte öppnas eller skapas där"),
        ("database or disk is full", "disken är full"),
    ],
)
def test_a_failed_backup_into_the_backups_folder_names_the_file(
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    words: str,
    reason: str,
) -> None:
    """A folder that may not be written, a full disk: the line says where the copy was going
    (it named only the database, so "which disk?" had to be guessed)."""
    targets = _failing_copy(monkeypatch, words)
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup")
    [target] = targets
    assert target.parent == backup.folder_for(_database(sqlite_url))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Databasen {_database(sqlite_url)} kunde inte säkerhetskopieras till {target}: "
        f"{reason}\n"
    )
