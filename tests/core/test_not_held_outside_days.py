"""A past meeting never marked held, kept outside its group's days (after its end, or before a
later start), is marked as the coming ones are: the Overview's "Passerade möten, ej
genomförda" says "efter gruppens slut" after its time, as "Möten de närmaste 7 dagarna" does,
and ``meetings list --not-held`` says so in its Status column and its ``outside_group_days``
key. Before, the card showed it as any past meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import group_editing, groups, meetings
from samverkan_desktop.services.meeting_overview import meetings_not_marked_held
from tests.core.meeting_data import at, make_group
from tests.core.printed_by_cli import fill
from tests.core.test_cli import run_cli
from tests.core.test_meetings_outside_days_listed import ENDED, GOING_ON, STARTING

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _meeting(db: Database, group: int, day: dt.date) -> int:
    data = meetings.MeetingInput(at(day, 9), at(day, 11), "Karlavägen 104")
    return db.call(meetings.add_meeting, group, data)


def kept_outside_not_held(db: Database) -> None:
    """Last week, none marked held: Thursday's meeting of a group ended on Monday (kept: added
    by hand); Friday's of a group whose start was set later, to 14 December; Wednesday's of a
    group going on."""
    ended = db.call(make_group, ENDED)
    _meeting(db, ended, TODAY - dt.timedelta(days=5))
    db.call(group_editing.end_group, ended, TODAY - dt.timedelta(days=8))
    starting = db.call(make_group, STARTING, starts_on=None)
    _meeting(db, starting, TODAY - dt.timedelta(days=4))
    detail = db.call(groups.get_group, starting)
    later = dataclasses.replace(detail.to_input(), starts_on=TODAY + dt.timedelta(days=13))
    db.call(group_editing.update_group, starting, later)
    _meeting(db, db.call(make_group, GOING_ON), TODAY - dt.timedelta(days=6))


def test_the_not_held_card_marks_those_outside_their_groups_days(db: Database) -> None:
    kept_outside_not_held(db)
    with db.session() as s:
        section = meetings_not_marked_held(s, TODAY)
    # The latest first; the mark after the time, as on the coming meetings' card.
    assert [(item.title, item.detail) for item in section.items] == [
        (STARTING, "2026-11-27 09.00 · före gruppens start"),
        (ENDED, "2026-11-26 09.00 · efter gruppens slut"),
        (GOING_ON, "2026-11-25 09.00"),
    ]
    assert [item.rest for item in section.items] == [
        "före gruppens start",
        "efter gruppens slut",
        "",
    ]


def test_meetings_list_not_held_marks_them_in_its_table_and_json(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(sqlite_url, kept_outside_not_held)
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--not-held")
    assert (code, err) == (0, "")
    status = {
        group: line.rsplit("  ", 1)[-1].strip()
        for line in out.splitlines()
        for group in (ENDED, STARTING, GOING_ON)
        if group in line
    }
    assert status == {
        GOING_ON: "Planerat",
        ENDED: "Efter gruppens slut (2026-11-23)",
        STARTING: "Före gruppens start (2026-12-14)",
    }
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--not-held", "--json")
    assert (code, err) == (0, "")
    listed = {m["group"]: m for m in json.loads(out)}
    assert {group: m["status"] for group, m in listed.items()} == dict.fromkeys(
        (GOING_ON, ENDED, STARTING), "planned"
    )
    assert {
        group: m["outside_group_days"] and m["outside_group_days"]["side"]
        for group, m in listed.items()
    } == {GOING_ON: None, ENDED: "after_end", STARTING: "before_start"}
