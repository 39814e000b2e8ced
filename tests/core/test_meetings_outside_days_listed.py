"""A meeting kept outside its group's days (after its end, or before a later start) is marked
where the coming meetings are listed, with the words the calendar uses: the Overview's
"Möten de närmaste 7 dagarna" ("efter gruppens slut" after its time, before the place),
``meetings list`` (its Status column "Efter gruppens slut (2026-11-30)", and in JSON the new
key ``outside_group_days``, ``status`` staying "planned") and the period plan (``print
calendar``, a line under the meeting). Before, all three showed it as any meeting to come."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import group_editing, groups, meetings
from samverkan_desktop.services.meeting_overview import meetings_coming
from tests.core.meeting_data import at, make_group
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)  # a Tuesday
ENDED = "Arbetsgrupp Karlaplan"
STARTING = "Arbetsgrupp Gärdet"
GOING_ON = "Lokal beredningsgrupp"


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _meeting(db: Database, group: int, day: dt.date) -> int:
    data = meetings.MeetingInput(at(day, 9), at(day, 11), "Karlavägen 104")
    return db.call(meetings.add_meeting, group, data)


def kept_outside(db: Database) -> None:
    """Thursday: a meeting of a group ended on Monday (kept: added by hand); Friday: one of a
    group whose start was set later, to 14 December; Wednesday: one as any other."""
    ended = db.call(make_group, ENDED)
    _meeting(db, ended, TODAY + dt.timedelta(days=2))
    db.call(group_editing.end_group, ended, TODAY - dt.timedelta(days=1))
    starting = db.call(make_group, STARTING, starts_on=None)
    _meeting(db, starting, TODAY + dt.timedelta(days=3))
    detail = db.call(groups.get_group, starting)
    later = dataclasses.replace(detail.to_input(), starts_on=TODAY + dt.timedelta(days=13))
    db.call(group_editing.update_group, starting, later)
    _meeting(db, db.call(make_group, GOING_ON), TODAY + dt.timedelta(days=1))


def test_the_overview_says_which_coming_meetings_are_outside_their_groups_days(
    db: Database,
) -> None:
    kept_outside(db)
    with db.session() as s:
        section = meetings_coming(s, TODAY, now=at(TODAY, 8))
    assert [(item.title, item.detail) for item in section.items] == [
        (GOING_ON, "i morgon 09.00–11.00 · Karlavägen 104"),
        (ENDED, "tors 3 dec 09.00–11.00 · efter gruppens slut · Karlavägen 104"),
        (STARTING, "fre 4 dec 09.00–11.00 · före gruppens start · Karlavägen 104"),
    ]
    # First after the time: a card with no room beside it puts the rest on a line of its own,
    # whole, the place after the mark.
    assert [item.rest for item in section.items] == [
        "Karlavägen 104",
        "efter gruppens slut · Karlavägen 104",
        "före gruppens start · Karlavägen 104",
    ]


def test_meetings_list_marks_them_in_its_table_and_a_new_json_key(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(sqlite_url, kept_outside)
    period = ("--from", "2026-12-01", "--to", "2026-12-07")
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", *period)
    assert (code, err) == (0, "")
    status = {
        group: line.rsplit("  ", 1)[-1].strip()
        for line in out.splitlines()
        for group in (ENDED, STARTING, GOING_ON)
        if group in line
    }
    assert status == {
        GOING_ON: "Planerat",
        ENDED: "Efter gruppens slut (2026-11-30)",
        STARTING: "Före gruppens start (2026-12-14)",
    }
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", *period, "--json")
    assert (code, err) == (0, "")
    listed = {m["group"]: m for m in json.loads(out)}
    assert {group: m["status"] for group, m in listed.items()} == dict.fromkeys(
        (GOING_ON, ENDED, STARTING), "planned"
    )
    assert {group: m["outside_group_days"] for group, m in listed.items()} == {
        GOING_ON: None,
        ENDED: {
            "side": "after_end",
            "limit": "2026-11-30",
            "text": "Efter gruppens slut (2026-11-30)",
        },
        STARTING: {
            "side": "before_start",
            "limit": "2026-12-14",
            "text": "Före gruppens start (2026-12-14)",
        },
    }


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_period_plan_marks_them_under_the_meeting(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, kept_outside)
    text = printed_text(
        sqlite_url, capsys, tmp_path, "calendar", "--from", "2026-12-01", "--to", "2026-12-31"
    )
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    marks = [line for line in lines if "gruppens" in line]
    assert marks == ["Efter gruppens slut (2026-11-30)", "Före gruppens start (2026-12-14)"]
    ended = next(n for n, line in enumerate(lines) if ENDED in line)
    starting = next(n for n, line in enumerate(lines) if STARTING in line)
    assert lines[ended + 1] == marks[0] and lines[starting + 1] == marks[1]
