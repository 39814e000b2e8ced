"""File errors end in Swedish, not in the C library's English."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from samverkan_desktop import backup, backup_taking, os_errors
from samverkan_desktop.errors import DatabaseError


@pytest.mark.parametrize(
    ("code", "swedish"),
    [
        (errno.ENOSPC, "disken är full"),
        (errno.EACCES, "du saknar behörighet"),
        (errno.EEXIST, "en fil med det namnet står i vägen"),
        (errno.EROFS, "disken är skrivskyddad"),
    ],
)
def test_the_usual_causes_are_told_in_swedish(code: int, swedish: str) -> None:
    assert os_errors.reason(OSError(code, os.strerror(code))) == swedish


def test_an_unusual_cause_keeps_the_systems_words() -> None:
    assert os_errors.reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )


def test_a_backups_folder_blocked_by_a_file_says_so_in_swedish(tmp_path: Path) -> None:
    database = tmp_path / "samverkan.sqlite3"
    database.write_bytes(b"")
    backup.folder_for(database).parent.mkdir(parents=True, exist_ok=True)
    backup.folder_for(database).write_text("not a folder")  # e.g. a stray file of that name
    with pytest.raises(DatabaseError) as raised:
        backup.take_backup(database, "daily")
    # The command line's one line ends on the reason; the window's message names it before
    # the folder, which stands on a line of its own (backup_taking.made_folder).
    said = backup_taking.one_line(raised.value)
    assert said.endswith(": en fil med det namnet står i vägen"), said
    head, folder = raised.value.message.split("\n")
    assert head.endswith("(en fil med det namnet står i vägen):"), head
    assert folder == str(backup.folder_for(database))
    assert "File exists" not in said + raised.value.message


def test_a_backup_that_cannot_be_written_ends_in_swedish(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's own words ("unable to open database file") ended the Swedish message."""
    from samverkan_desktop.cli import main

    assert main(["--db", sqlite_url, "backup", "--out", "/proc/samverkan-x"]) == 1
    err = capsys.readouterr().err
    assert err.rstrip().endswith("filen kan inte öppnas eller skapas där")
    assert "unable" not in err
