"""Words that mean two things in English get their own Swedish: a record's "title" is its
heading (Rubrik), a person's "title" their function; "Open" as a command is "Öppna"."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.audit_labels import field_label
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group


def test_a_records_title_is_its_heading_a_persons_is_their_function() -> None:
    assert _(field_label("actions", "title")) == "Rubrik"
    assert _(field_label("agenda_items", "title")) == "Rubrik"
    assert _(field_label("people", "title")) == "Funktion"


def test_an_agenda_item_without_heading_says_so(sqlite_db: Database) -> None:
    import datetime as dt

    day = dt.date(2026, 12, 8)
    with sqlite_db.session() as s:
        meeting_id = meetings.add_meeting(
            s, make_group(s), MeetingInput(at(day, 9), at(day, 10), "Karlavägen 104")
        )
    with pytest.raises(ValidationError, match="^Rubrik måste fyllas i"):
        sqlite_db.call(agenda.add_agenda_item, meeting_id, "  ")
