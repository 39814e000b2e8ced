"""The minutes say each thing once and say what is true: under the follow-up item with nothing
carried over, the minutes taker's own words stand alone ("Inga öppna åtgärder." not after
"Inga öppna åtgärder från tidigare möten."); and without a next meeting, a group that has
ended or whose term is over says so rather than "Inte bestämt ännu."."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import agenda, group_editing, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_cycle import cycle, printed_text
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 2)
EMPTY_LINE = "Inga öppna åtgärder från tidigare möten."


def _follow_up_item(s, meeting: int) -> int:  # type: ignore[no-untyped-def]
    detail = meetings.get_meeting(s, meeting)
    return next(i.id for i in detail.agenda if i.standing_key == STANDING_ACTIONS)


def _follow_up_part(text: str) -> str:
    return text[text.index("Uppföljning av åtgärder") : text.index("Vad har vi gjort")]


def test_nothing_carried_over_is_said_once(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(s, group, MeetingInput(at(DAY, 13), at(DAY, 15), "Sal 2"))
        untouched = printed_text(held_minutes_pdf(s, meeting), tmp_path)
        agenda.record_minutes(s, _follow_up_item(s, meeting), "Inga öppna åtgärder.")
        written = printed_text(held_minutes_pdf(s, meeting), tmp_path)
    assert EMPTY_LINE in _follow_up_part(untouched)  # nothing written: the list says it
    part = _follow_up_part(written)
    assert EMPTY_LINE not in part
    assert part.count("Inga öppna åtgärder") == 1


def test_carried_actions_keep_their_table_beside_the_notes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        (_first, second, _third), _action, _data, _v = cycle(s)
        agenda.record_minutes(s, _follow_up_item(s, second), "Listan gicks igenom.")
        part = _follow_up_part(printed_text(held_minutes_pdf(s, second), tmp_path))
    assert "Belysning i gångtunneln" in part and "Listan gicks igenom." in part


def _last_meeting_text(
    db: Database,
    tmp_path: Path,
    name: str,
    *,
    term_until: dt.date | None,
    ended_on: dt.date | None = None,
) -> str:
    with db.session() as s:
        group = make_group(s, name, term_until=term_until)
        meeting = meetings.add_meeting(s, group, MeetingInput(at(DAY, 13), at(DAY, 15), "Sal 2"))
        if ended_on is not None:
            group_editing.end_group(s, group, on=ended_on, today=DAY)
        text = printed_text(held_minutes_pdf(s, meeting), tmp_path)
    return text[text.index("Nästa möte") :]


def test_a_group_without_a_next_meeting_says_where_it_stands(
    sqlite_db: Database, tmp_path: Path
) -> None:
    ended = _last_meeting_text(sqlite_db, tmp_path, "Avslutad", term_until=None, ended_on=DAY)
    assert "Det här var gruppens sista möte – gruppen avslutades den 2 december 2026." in ended
    term_over = _last_meeting_text(sqlite_db, tmp_path, "Löptid slut", term_until=DAY)
    assert (
        "Inga fler möten är planerade – gruppens löptid slutade den 2 december 2026." in term_over
    )
    ending = _last_meeting_text(sqlite_db, tmp_path, "Löptid kvar", term_until=dt.date(2027, 6, 30))
    assert "Inte bestämt ännu. Gruppens löptid slutar den 30 juni 2027." in ending
    standing = _last_meeting_text(sqlite_db, tmp_path, "Tillsvidare", term_until=None)
    assert "Inte bestämt ännu." in standing and "löptid" not in standing
    for text in (ended, term_over):
        assert "Inte bestämt" not in text
