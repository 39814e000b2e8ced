"""``samverkan rule PHRASE --group ID``: a phrase "inför chefsamråd" previewed as that group's rule,
each date with the council meeting it prepares; a wrong id, or no --group, is one Swedish line
and exit 1. Built from the real date (the preview starts today)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType
from samverkan_desktop.recurrence.linked import working_day_before
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

PHRASE = "4 gånger/år inför chefsamråd"


def _council_and_prep(db: Database) -> tuple[int, int, list[dt.date]]:
    """The council meeting on three Thursdays ahead, and a group with no rule yet."""
    today = clock.today()
    thursday = today + dt.timedelta(days=(3 - today.weekday()) % 7)
    days = [thursday + dt.timedelta(weeks=w) for w in (5, 14, 27)]
    with db.session() as s:
        council = make_group(s, "Chefsamråd trygghet", type=GroupType.CHEFSAMRAD, members=("K",))
        for day in days:
            meetings.add_meeting(s, council, meetings.MeetingInput(at(day, 13), at(day, 15)))
        prep = make_group(s, members=("Sara Holm",))
    return council, prep, days


def test_the_dates_as_the_groups_rule_each_with_the_meeting_it_prepares(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _council, prep, days = _council_and_prep(db)
    before = [working_day_before(d - dt.timedelta(days=7)) for d in days]
    code, out, err = run_cli(capsys, "--db", db_url, "rule", PHRASE, "--group", str(prep), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["dates"] == [d.isoformat() for d in before]
    assert [o["precedes"] for o in data["occurrences"]] == [d.isoformat() for d in days]
    assert data["rrule"] == "" and data["group_id"] == prep
    assert "Chefsamråd trygghet" in data["description"]
    code, out, err = run_cli(capsys, "--db", db_url, "rule", PHRASE, "--group", str(prep))
    assert (code, err) == (0, "")
    assert "Inför mötet" in out and "Regel:" not in out  # no RRULE of its own
    rows = [line.split() for line in out.splitlines() if line[:4].isdigit()]
    assert [(r[0], r[-1]) for r in rows] == [
        (b.isoformat(), d.isoformat()) for b, d in zip(before, days, strict=True)
    ]


def test_a_wrong_group_or_none_is_one_swedish_line(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    council, _prep, _days = _council_and_prep(db)
    code, out, err = run_cli(capsys, "--db", db_url, "rule", PHRASE, "--group", "999")
    assert (code, out, err) == (1, "", "Fel: Det finns ingen grupp med nummer 999.\n")
    code, out, err = run_cli(capsys, "--db", db_url, "rule", PHRASE, "--group", str(council))
    assert (code, out, err) == (1, "", "Fel: En grupp kan inte mötas inför sina egna möten.\n")
    code, out, err = run_cli(capsys, "rule", PHRASE)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("Fel: Regeln följer mötena i ”chefsamråd”: lägg till --group ")
