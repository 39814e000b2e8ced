"""A database error on the command line is one line in the user's words, as README's exit codes
promise: the driver's text and SQL that the core logs go to samverkan.log (they came on stderr
before the line, "WARNING samverkan_desktop.db_errors: … [SQL: INSERT …]"), and an error met
outside a unit of work (``db add-login`` works on the engine) is said as the window says it,
not as "ett oväntat fel inträffade (ProgrammingError: … [SQL: CREATE ROLE …])"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop.cli import main as cli_main
from tests.cli.test_conflicts_say_run_again import other_desk  # noqa: F401
from tests.core.db_logins import login
from tests.core.test_cli import run_cli


def test_a_refusal_is_one_line_and_its_sql_goes_to_the_log(
    demo_url: str,
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    argv = ["weekly", "add", "--week", "2030-W10", "--source", "police", "--heading", "Inbrott"]
    # A rule of the database's that no service foresaw refuses the item.
    theirs = "BEFORE INSERT ON weekly_brief_items BEGIN SELECT RAISE(ABORT, 'no items'); END"
    with other_desk(demo_url, theirs):
        result = subprocess.run(
            [sys.executable, "-m", "samverkan_desktop", "--db", demo_url, *argv],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "SAMVERKAN_HOME": str(home)},
        )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "Fel: Kommandot utfördes inte eftersom det bryter mot en av databasens regler (kanske "
        "ändrades något vid en annan dator i samma ögonblick). Inget sparades; kontrollera vad "
        "som finns där och kör det sedan igen.\n"
    )
    logged = (home / "samverkan.log").read_text(encoding="utf-8")
    assert "no items" in logged and "INSERT INTO weekly_brief_items" in logged


@pytest.mark.postgres
def test_a_login_without_the_right_is_told_so(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--db", pg_url, "db", "grant-roles"]) == 0
    coordinator = login(pg_url, "coordinator")  # may change records, not make logins
    capsys.readouterr()
    code, out, err = run_cli(
        capsys, "--db", coordinator, "db", "add-login", "kim", "--role", "readonly"
    )
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Din databasroll får inte göra den här ändringen (servern nekade). Ingenting "
        "ändrades.\n"
    )
    code, out, err = run_cli(capsys, "--db", coordinator, "db", "grant-roles")
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Din databasroll får inte göra den här ändringen (servern nekade). Ingenting "
        "ändrades.\n"
    )
