"""A command that meets a database kept busy at another desk says, in the command line's words,
that it was not carried out and can be run again: the window's "det du skrev finns kvar" spoke
of a form that a command line does not have."""

from __future__ import annotations

import sqlite3

import pytest

from samverkan_desktop import db as db_module
from samverkan_desktop.db import open_database
from tests.core.test_cli import run_cli

NOT_CARRIED_OUT = (
    "Fel: Databasen är upptagen av en annan dator, så kommandot utfördes inte. Kör det igen om "
    "en stund; förblir den upptagen, stäng andra program som har databasfilen öppen.\n"
)


def test_a_change_met_by_a_busy_database_says_the_command_was_not_carried_out(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(sqlite_url).dispose()  # made and migrated before the other desk writes
    assert run_cli(capsys, "--db", sqlite_url, "units", "list")[0] == 0  # today's backup taken
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    other_desk = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")  # a long write: readers go on, writers wait
    try:
        code, out, err = run_cli(
            capsys, "--db", sqlite_url, "units", "add", "LARM-40", "--kind", "home-visit"
        )
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    assert (code, out, err) == (1, "", NOT_CARRIED_OUT)
    # Run again once the other desk is done, it is carried out.
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "units", "add", "LARM-40", "--kind", "home-visit"
    )
    assert (code, err) == (0, "") and "LARM-40" in out
