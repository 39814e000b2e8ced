"""The first minutes of a meeting fill in "Antecknat av" with the coordinator's name from the
settings (the name signing the council report) when nobody is named yet, so the printed minutes
say who took them; a name already there, a later change and a desk without the setting are left
as they are. The meeting's row version stays: a Details form open elsewhere still saves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.services import agenda, meetings, settings
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 8)
COORDINATOR = "Karin Ekström"


def _meeting(s: Session, group: str = "Lokal beredningsgrupp") -> tuple[int, list[int]]:
    meeting = meetings.add_meeting(
        s, make_group(s, group), meetings.MeetingInput(at(DAY, 9), at(DAY, 11), "Sal 2")
    )
    return meeting, [i.id for i in meetings.get_meeting(s, meeting).agenda]


def test_the_first_minutes_name_the_coordinator_as_taker(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        settings.set_text(s, settings.SIGNATORY_NAME, COORDINATOR)
        meeting, items = _meeting(s)
        version = meetings.get_meeting(s, meeting).version
        agenda.record_minutes(s, items[0], "", None)  # nothing written yet
        assert meetings.get_meeting(s, meeting).minutes_by is None
        agenda.record_minutes(s, items[0], "Inga nya åtgärder.", None)
        detail = meetings.get_meeting(s, meeting)
    assert detail.minutes_by == COORDINATOR
    assert detail.version == version


def test_a_name_given_or_taken_away_is_kept_and_without_the_setting_none_is_filled(
    sqlite_db: Database,
) -> None:
    with sqlite_db.session() as s:
        meeting, items = _meeting(s)
        agenda.record_minutes(s, items[0], "Utan inställning.", None)
        assert meetings.get_meeting(s, meeting).minutes_by is None

        settings.set_text(s, settings.SIGNATORY_NAME, COORDINATOR)
        named, named_items = _meeting(s, "Platssamverkan Hötorget")
        meetings.set_minutes_by(s, named, "Sara Holm")
        agenda.record_minutes(s, named_items[0], "Sara antecknar.", None)
        assert meetings.get_meeting(s, named).minutes_by == "Sara Holm"

        cleared, cleared_items = _meeting(s, "Nätverk Norrmalm")
        agenda.record_minutes(s, cleared_items[0], "Första punkten.", None)
        meetings.set_minutes_by(s, cleared, None)  # the user took the name away
        agenda.record_minutes(s, cleared_items[1], "Andra punkten.", "")
        assert meetings.get_meeting(s, cleared).minutes_by is None
