"""The services' own lines for two desks writing at the same moment spoke of the window ("…;
öppna den igen", "Öppna gruppen igen och försök på nytt"); on the command line they say the
command was not carried out and may be run again, and running it again works."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_conflicts_say_run_again import other_desk  # noqa: F401
from tests.core.test_cli import run_cli

WEEK = "2030-W10"  # a week the demo has no summary of


def test_a_week_begun_at_another_desk_meanwhile_says_run_it_again(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--db", demo_url, "weekly", "add", "--week", WEEK, "--source", "police"]
    # The other desk begins the week's summary between this command's read and its save.
    theirs = (
        "BEFORE INSERT ON weekly_briefs WHEN NOT EXISTS (SELECT 1 FROM weekly_briefs WHERE "
        "year = NEW.year AND week = NEW.week) BEGIN INSERT INTO weekly_briefs (year, week) "
        "VALUES (NEW.year, NEW.week); END"
    )
    with other_desk(demo_url, theirs):
        code, out, err = run_cli(capsys, *argv, "--heading", "Inbrott i förråd")
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Någon annan började på veckans sammanställning i samma ögonblick, så kommandot "
        "utfördes inte. Kör det igen.\n"
    )
    code, _out, err = run_cli(capsys, *argv, "--heading", "Inbrott i förråd")
    assert (code, err) == (0, "")
    shown = run_cli(capsys, "--db", demo_url, "weekly", "show", "--week", WEEK, "--json")[1]
    assert "Inbrott i förråd" in shown


def test_members_changed_at_another_desk_meanwhile_says_run_it_again(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    group = "4"
    members = json.loads(run_cli(capsys, "--db", demo_url, "groups", "members", group, "--json")[1])
    people = json.loads(run_cli(capsys, "--db", demo_url, "contacts", "list", "--json")[1])
    person = next(p for p in people if p["id"] not in {m["person_id"] for m in members})
    argv = ["--db", demo_url, "groups", "add-member", group, str(person["id"])]
    # The database refuses the membership for one written at another desk (migration 0037's
    # trigger), which that desk has taken back by the time the service reads again.
    theirs = (
        "BEFORE INSERT ON memberships BEGIN SELECT RAISE(ABORT, "
        "'memberships of a person in a group overlap in time'); END"
    )
    with other_desk(demo_url, theirs):
        code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Gruppens medlemmar ändrades vid en annan dator i samma ögonblick, så kommandot "
        "utfördes inte. Kör det igen.\n"
    )
    code, _out, err = run_cli(capsys, *argv)
    assert (code, err) == (0, "")
    members = json.loads(run_cli(capsys, "--db", demo_url, "groups", "members", group, "--json")[1])
    assert person["id"] in {m["person_id"] for m in members}
