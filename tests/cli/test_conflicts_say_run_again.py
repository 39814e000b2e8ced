"""A change refused because another desk saved at the same moment says, on the command line,
that the command was not carried out and can be run again; the window's words ("… det du
skrev finns kvar. Öppna … igen") speak of a form a command does not have, and stay the
window's."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from samverkan_desktop import db_errors
from samverkan_desktop.db_translation import stale_record_error
from tests.core.test_cli import run_cli

KEPT = ("finns kvar", "det du skrev", "det du valde", "Öppna")


@contextmanager
def other_desk(url: str, trigger: str) -> Iterator[None]:
    """Another desk's write at the very moment of the command's, as an SQLite trigger; gone
    once the block ends (the other desk is done)."""
    connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    connection.execute(f"CREATE TRIGGER other_desk {trigger}")
    try:
        yield
    finally:
        connection.execute("DROP TRIGGER other_desk")
        connection.close()


def test_follow_up_written_at_another_desk_meanwhile_says_run_it_again(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    group = json.loads(run_cli(capsys, "--db", demo_url, "groups", "list", "--json")[1])[0]["id"]
    argv = ["--db", demo_url, "groups", "followup", str(group), "--period", "vb", "--year", "2030"]
    # The other desk writes the period's first texts between this command's read and its save.
    theirs = (
        "BEFORE INSERT ON group_follow_up_texts WHEN NOT EXISTS (SELECT 1 FROM "
        "group_follow_up_texts WHERE group_id = NEW.group_id AND year = NEW.year AND period = "
        "NEW.period) BEGIN INSERT INTO group_follow_up_texts (group_id, year, period, "
        "done_text) VALUES (NEW.group_id, NEW.year, NEW.period, 'Deras text'); END"
    )
    with other_desk(demo_url, theirs):
        code, out, err = run_cli(capsys, *argv, "--done", "Vi gick runt skolgården")
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Någon vid en annan dator ändrade posten i samma ögonblick, så kommandot utfördes "
        "inte. Kör det igen.\n"
    )
    code, _out, err = run_cli(capsys, *argv, "--done", "Vi gick runt skolgården")
    assert (code, err) == (0, "")
    shown = json.loads(run_cli(capsys, *argv, "--json")[1])
    assert "Vi gick runt skolgården" in json.dumps(shown, ensure_ascii=False)


def test_a_change_the_database_refuses_says_check_and_run_it_again(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", sqlite_url, "units", "add", "LARM-41", "--kind", "home-visit"]
    assert run_cli(capsys, "--db", sqlite_url, "units", "list")[0] == 0  # made and migrated
    refuse = "BEFORE INSERT ON alarm_units BEGIN SELECT RAISE(ABORT, 'refused'); END"
    with other_desk(sqlite_url, refuse):
        code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Kommandot utfördes inte eftersom det bryter mot en av databasens regler (kanske "
        "ändrades något vid en annan dator i samma ögonblick). Inget sparades; kontrollera vad "
        "som finns där och kör det sedan igen.\n"
    )
    code, out, err = run_cli(capsys, *argv)
    assert (code, err) == (0, "") and "LARM-41" in out


STALE = "a record changed at the same moment"


@pytest.mark.parametrize("name", [*db_errors.UNIQUE_MESSAGES, STALE])
def test_no_refusal_tells_the_command_line_that_what_was_typed_is_kept(name: str) -> None:
    error = stale_record_error() if name == STALE else db_errors.conflict_error_for(name)
    said = error.command_line or error.message
    assert not any(word in said for word in KEPT), said
    if any(word in error.message for word in KEPT):  # the window's words stay its own
        assert "kommandot utfördes inte" in said and "Kör det igen" in said, said


def test_the_window_still_says_what_was_typed_is_kept() -> None:
    error = db_errors.conflict_error_for("uq_weekly_briefs_year")
    assert "det du skrev finns kvar. Öppna veckan igen" in error.message
    assert error.command_line == (
        "Veckans sammanställning påbörjades vid en annan dator i samma ögonblick, så kommandot "
        "utfördes inte. Kör det igen."
    )
