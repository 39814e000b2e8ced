"""A warning the core means for the user reaches the user of a command: one line "Varning: …"
on stderr, the exit code the command's own, stdout (JSON for scripts) untouched, the line kept
in samverkan.log too. What the core logs for whoever helps (a driver's text, SQL) stays in the
log only. Before, the day's backup that could not be taken was said in the backup's bare
words ("Varning: Mappen för säkerhetskopior … kan inte skapas: …", nothing about the data
being safe, nothing logged), and a restore the audit trail could not note was not said at all."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop import backup
from tests.cli.test_conflicts_say_run_again import other_desk  # noqa: F401
from tests.core.test_cli import run_cli


def _run(home: Path, *words: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, as a user runs it (its log in ``home``)."""
    return subprocess.run(
        [sys.executable, "-m", "samverkan_desktop", *words],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SAMVERKAN_HOME": str(home)},
    )


def _block_backups(url: str) -> Path:
    """A file where the database's backups folder belongs: today's backup cannot be taken."""
    database = Path(url.removeprefix("sqlite:///"))
    folder = backup.folder_for(database)
    assert not folder.exists()  # no backup yet today: the command tries to take one
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder", encoding="utf-8")
    return folder


def test_a_backup_not_taken_is_one_warning_and_the_command_goes_on(
    demo_url: str,
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    folder = _block_backups(demo_url)
    listed = _run(home, "--db", demo_url, "groups", "list", "--json")
    warning = (
        "Varning: Dagens säkerhetskopia kunde inte tas: Mappen för säkerhetskopior "
        f"{folder} kan inte skapas: en fil med det namnet står i vägen. Dina uppgifter är "
        f"sparade; kontrollera ledigt utrymme och behörigheterna i {folder}.\n"
    )
    assert (listed.returncode, listed.stderr) == (0, warning)
    groups = json.loads(listed.stdout)  # nothing but the JSON on stdout
    assert "Arbetsgrupp skolan som brottsplats" in [g["name"] for g in groups]
    logged = (home / "samverkan.log").read_text(encoding="utf-8")
    assert logged.count("Dagens säkerhetskopia kunde inte tas") == 1

    # A command refused keeps its exit code; the warning comes once, before the error.
    shown = _run(home, "--db", demo_url, "groups", "show", "9999")
    assert (shown.returncode, shown.stdout) == (1, "")
    assert shown.stderr == warning + "Fel: Det finns ingen grupp med nummer 9999.\n"

    # Once the folder can be made, the backup is taken and nothing is said.
    folder.unlink()
    again = _run(home, "--db", demo_url, "groups", "list", "--json")
    assert (again.returncode, again.stderr, again.stdout) == (0, "", listed.stdout)


def test_a_driver_error_logged_by_the_core_prints_no_warning(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["weekly", "add", "--week", "2030-W10", "--source", "police", "--heading", "Inbrott"]
    theirs = "BEFORE INSERT ON weekly_brief_items BEGIN SELECT RAISE(ABORT, 'no items'); END"
    with other_desk(demo_url, theirs):  # db_errors logs the driver's text at WARNING
        code, out, err = run_cli(capsys, "--db", demo_url, *argv)
    assert (code, out) == (1, "")
    assert err.startswith("Fel: ") and err.count("\n") == 1
    assert "Varning" not in err and "no items" not in err and "INSERT" not in err


def test_a_restore_the_audit_trail_could_not_note_is_said(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    saved = tmp_path / "kopia.sqlite3"
    assert run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(saved))[0] == 0
    with sqlite3.connect(saved) as conn:  # a trail that refuses every new row
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'read only'); END"
        )
    conn.close()
    code, out, err = run_cli(capsys, "--db", sqlite_url, "restore", str(saved))
    assert code == 0
    assert out.startswith(f"Databasen {database} återställdes från {saved}.\n")
    assert err == (
        f"Varning: Databasen {database} återställdes, men återställningen kunde inte skrivas "
        "in i ändringsloggen: read only.\n"
    )
