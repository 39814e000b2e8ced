"""``groups end`` on a group whose end is set for a later day: it still meets until then, so it
is not "avslutades redan <a day to come>" but set to end on that day, said in one line with
nothing changed; ``--on``/``--date`` moves the end (today ends it now). Exit codes and the
``groups show --json`` keys as before. The two spellings given different days are refused:
the last won silently."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump
from tests.days import days_ago, days_ahead

NAME = "Platssamverkan Hötorget"


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, *words)


def _ended_on(db: Database, capsys: pytest.CaptureFixture[str], group: int) -> object:
    code, out, err = _cli(db, capsys, "groups", "show", str(group), "--json")
    assert code == 0, err
    return json.loads(out)["ended_on"]


def test_an_end_set_for_a_later_day_is_said_and_moved(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = db.call(make_group, NAME, starts_on=days_ago(300))
    later = days_ahead(20)
    label = f"Gruppen {group} ”{NAME}”"
    code, out, _err = _cli(db, capsys, "groups", "end", str(group), "--on", later.isoformat())
    assert (code, out) == (0, f"{label} är satt att avslutas {later}.\n")  # not "är avslutad"

    before = dump(db)
    assert _cli(db, capsys, "groups", "end", str(group)) == (
        0,
        f"{label} är satt att avslutas {later}; --on DATUM flyttar slutet.\n",
        "",
    )
    assert dump(db) == before  # said, nothing changed

    moved = days_ahead(45)
    assert _cli(db, capsys, "groups", "end", str(group), "--date", moved.isoformat()) == (
        0,
        # "avslutas nu <a day to come>" read as if it ended now.
        f"{label} är nu satt att avslutas {moved} (den var satt att avslutas {later}).\n",
        "",
    )
    assert _ended_on(db, capsys, group) == moved.isoformat()

    today = clock.today()
    code, out, _err = _cli(db, capsys, "groups", "end", str(group), "--on", today.isoformat())
    # Ended now: done, not "avslutas nu <today>" as of a day to come.
    assert (code, out) == (
        0,
        f"{label} är nu avslutad (sedan {today}; den var satt att avslutas {moved}).\n",
    )
    assert _ended_on(db, capsys, group) == today.isoformat()
    # Ended now: said as before.
    assert _cli(db, capsys, "groups", "end", str(group))[:2] == (
        0,
        f"{label} avslutades redan {today}.\n",
    )


def test_an_end_set_for_a_later_day_moved_to_a_past_day_is_said_as_done(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "… avslutas nu <a past day>" (the future tense of a day gone); the JSON keys and
    the exit code as before."""
    db = sqlite_db
    group = db.call(make_group, NAME, starts_on=days_ago(300))
    later, past = days_ahead(20), days_ago(10)
    assert _cli(db, capsys, "groups", "end", str(group), "--on", later.isoformat())[0] == 0
    code, out, err = _cli(db, capsys, "groups", "end", str(group), "--on", past.isoformat())
    assert (code, out, err) == (
        0,
        f"Gruppen {group} ”{NAME}” är nu avslutad (sedan {past}; "
        f"den var satt att avslutas {later}).\n",
        "",
    )
    assert _ended_on(db, capsys, group) == past.isoformat()


def test_on_and_date_giving_different_days_are_refused(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It ended the group on the day given last, without a word of the other."""
    db = sqlite_db
    group = db.call(make_group, NAME, starts_on=days_ago(300))
    first, second = days_ahead(13), days_ahead(15)
    before = dump(db)
    words = ("groups", "end", str(group), "--on", first.isoformat(), "--date", second.isoformat())
    assert _cli(db, capsys, *words) == (
        1,
        "",
        f"Fel: --on och --date anger olika dagar ({first} och {second}); ange en.\n",
    )
    assert dump(db) == before  # nothing written
    words = ("groups", "end", str(group), "--date", second.isoformat(), "--on", first.isoformat())
    assert _cli(db, capsys, *words)[::2] == (
        1,
        f"Fel: --date och --on anger olika dagar ({second} och {first}); ange en.\n",
    )
    assert dump(db) == before

    # The same day twice says one day: taken.
    words = ("groups", "end", str(group), "--on", first.isoformat(), "--date", first.isoformat())
    assert _cli(db, capsys, *words)[:2] == (
        0,
        f"Gruppen {group} ”{NAME}” är satt att avslutas {first}.\n",
    )
    assert _ended_on(db, capsys, group) == first.isoformat()
