"""The printed calendar (Kalender → Skriv ut… with walks shown) says why a walk was cancelled,
as the walk's list and the calendar's tooltip do ("Orsak: För få anmälda"): the struck walk
alone left the reader of the paper asking."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import meeting_calendar
from samverkan_desktop.services import places, walk_steps, walks
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.calendar_entries import EntryKind
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def test_a_cancelled_walk_is_printed_struck_with_its_reason(db: Database, tmp_path: Path) -> None:
    day = clock.today() + dt.timedelta(days=7)  # a walk still being planned
    with db.session() as s:
        place = places.create_place(s, places.PlaceInput("Tessinparken"))
        walk = walks.create_walk(s, walks.WalkInput(place, day))
        walk_steps.cancel_walk(s, walk, "För få anmälda")
        shown = CalendarFilter(entry_kinds=frozenset({EntryKind.WALK}))
        pdf = meeting_calendar.build(s, day, day, shown)
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "Inställd – Orsak: För få anmälda" in text
