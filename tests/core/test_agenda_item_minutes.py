"""Agenda items with a planned length: the service takes whole minutes 1–480 (or none) with a
Swedish line for anything else, each item's start follows from the meeting's start and the
earlier items' minutes, the printed notice shows those starts, and migration 0030 adds and
drops the column with the agenda kept."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_rows import AgendaItemRow, item_starts
from tests.core.database_rules import rows
from tests.core.meeting_data import at, make_group
from tests.core.migration_steps import migrate, revision

DAY = dt.date(2026, 12, 8)


def _meeting(s: Session) -> int:
    group = make_group(s)
    return meetings.add_meeting(s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 11), "Sal 2"))


def _row(n: int, minutes: int | None) -> AgendaItemRow:
    return AgendaItemRow(n, n, f"Punkt {n}", None, None, None, None, minutes)


def test_each_start_follows_from_the_earlier_items_minutes() -> None:
    nine = at(DAY, 9)
    starts = item_starts(nine, [_row(1, 15), _row(2, 30), _row(3, None), _row(4, 10)])
    assert starts == [nine, at(DAY, 9, 15), at(DAY, 9, 45), None]  # after 3: not known
    assert item_starts(nine, [_row(1, None), _row(2, None)]) == [None, None]  # a plain agenda


@pytest.mark.parametrize("typed", ["0", "481", "1,5", "15 min", "-5", "kvart"])
def test_anything_but_whole_minutes_1_to_480_is_refused_in_swedish(
    sqlite_db: Database, typed: str
) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s)
        with pytest.raises(ValidationError) as refused:
            agenda.add_agenda_item(s, meeting, "Laget runt", minutes=typed)
    assert refused.value.field == "minutes"
    assert str(refused.value) == (
        "Ange punktens tid i hela minuter, 1–480, eller lämna fältet tomt."
    )


def test_minutes_are_kept_changed_and_cleared(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Laget runt", minutes=" 20 ")
        assert meetings.get_meeting(s, meeting).agenda[-1].minutes == 20
        agenda.update_agenda_item(s, item, "Laget runt", minutes=480)
        assert meetings.get_meeting(s, meeting).agenda[-1].minutes == 480
        agenda.update_agenda_item(s, item, "Laget runt", minutes="")
        assert meetings.get_meeting(s, meeting).agenda[-1].minutes is None


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_printed_agenda_shows_each_items_start_once_any_item_has_minutes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s)
        plain = _text(agenda_pdf(s, meeting), tmp_path)
        first, second = meetings.get_meeting(s, meeting).agenda[:2]
        agenda.update_agenda_item(s, first.id, first.title, minutes=15)
        agenda.update_agenda_item(s, second.id, second.title, minutes=40)
        timed = " ".join(_text(agenda_pdf(s, meeting), tmp_path).split())
        titles = [i.title for i in meetings.get_meeting(s, meeting).agenda]
    assert "09.00" not in plain.split("Dagordning")[1]
    assert f"09.00 1. {titles[0]}" in timed
    assert f"09.15 2. {titles[1]}" in timed
    assert f"09.55 3. {titles[2]}" in timed  # known: its own minutes are not needed


def test_0030_down_drops_the_minutes_and_keeps_the_agenda_up_again_without_them(
    db: Database,
) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Trygghetsvandring", minutes=25)
    migrate(db, "0029_fire_inspections")
    assert revision(db) == {"0029_fire_inspections"}
    kept = rows(db, "SELECT * FROM agenda_items WHERE id = :i", i=item)
    assert kept[0]["title"] == "Trygghetsvandring" and "minutes" not in kept[0]
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert db.call(meetings.get_meeting, meeting).agenda[-1].minutes is None
