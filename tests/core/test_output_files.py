"""A printout or export written where the user says, never over a database: "--out" named the
database file itself and the printout replaced every record with an 11 KB PDF."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop import demo, output_files
from samverkan_desktop.db import open_database
from samverkan_desktop.errors import ValidationError
from tests.core.test_cli import run_cli


@pytest.fixture
def demo_file(sqlite_url: str) -> Path:
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    return Path(sqlite_url.removeprefix("sqlite:///"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _groups(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM groups").fetchone()[0])


COMMANDS = [
    ("print", "actions"),
    ("print", "crisiscontacts"),
    ("export", "ics"),
    ("audit", "export"),
]


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("target", ["database", "journal", "other database"])
def test_no_printout_or_export_overwrites_a_database(
    words: tuple[str, str],
    target: str,
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup_copy = tmp_path / "copy.sqlite3"  # e.g. a backup kept elsewhere
    with sqlite3.connect(demo_file) as source, sqlite3.connect(backup_copy) as copy:
        source.backup(copy)
    groups = _groups(demo_file)
    out = {
        "database": demo_file,
        "journal": demo_file.with_name(demo_file.name + "-wal"),
        "other database": backup_copy,
    }[target]
    guarded = out if out.exists() else demo_file
    before = _digest(guarded)
    code, printed, error = run_cli(
        capsys, "--db", f"sqlite:///{demo_file}", *words, "--out", str(out)
    )
    assert code == 1, printed
    lines = error.strip().splitlines()
    assert len(lines) == 1 and str(out) in lines[0] and "Traceback" not in error
    assert "databas" in lines[0]  # says why, in Swedish
    assert _digest(guarded) == before
    assert _groups(demo_file) == groups and _groups(backup_copy) == groups


def test_an_earlier_export_is_replaced_and_a_folder_is_named_as_one(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{demo_file}"
    out = tmp_path / "actions.pdf"
    out.write_text("last week's list")
    code, _printed, _error = run_cli(capsys, "--db", url, "print", "actions", "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")  # scripts rewrite their file
    code, _printed, error = run_cli(capsys, "--db", url, "print", "actions", "--out", str(tmp_path))
    assert code == 1 and "är en mapp" in error
    code, _printed, error = run_cli(capsys, "--db", url, "print", "actions", "--out", "")
    assert code == 1 and "Ange filen" in error
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_export_leaves_the_earlier_file_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "trail.csv"
    out.write_text("yesterday's export")

    def half_written(path: Path) -> None:
        """An export that stops midway: the disk is full."""
        path.write_text("half")
        raise OSError(28, "No space left on device")

    with (
        pytest.raises(ValidationError, match="disken är full"),
        output_files.replacing(out) as written,
    ):
        half_written(written)
    assert out.read_text() == "yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["trail.csv"]  # no half file left behind


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    out = tmp_path / "new.pdf"
    output_files.write_bytes(out, b"%PDF-1.4")
    assert out.stat().st_mode & 0o044  # readable by others as any new file (umask 022/002)


def test_a_mistyped_table_is_refused_by_the_export(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "trail.csv"
    code, _printed, error = run_cli(
        capsys, "--db", f"sqlite:///{demo_file}", "audit", "export", "--table", "group",
        "--out", str(out),
    )  # fmt: skip
    assert code == 1 and "group" in error and not out.exists()


def test_a_saved_file_gets_its_ending_added_never_in_place_of_the_users_text() -> None:
    assert output_files.with_ending(Path("Styrgrupp 1.12"), ".pdf") == Path("Styrgrupp 1.12.pdf")
    assert output_files.with_ending(Path("Polis St. Eriks"), ".ics") == Path("Polis St. Eriks.ics")
    assert output_files.with_ending(Path("agenda.PDF"), ".pdf") == Path("agenda.PDF")
    assert output_files.with_ending(Path("agenda"), ".pdf") == Path("agenda.pdf")
