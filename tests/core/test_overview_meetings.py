"""The Overview's meetings card: the meetings still to come in the coming seven days. Before, a
meeting over this morning still read "i dag 08.00–09.30" as if to come, and on a Friday the
card ended on Sunday: Monday's meetings appeared only on Monday morning."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import meetings
from samverkan_desktop.services.meeting_common import day_start
from samverkan_desktop.services.meeting_overview import meetings_coming, overview_now
from tests.core.meeting_data import TODAY, at, make_group

FRIDAY = TODAY + dt.timedelta(days=4)


def _meet(session: Session, group_id: int, day: dt.date, start: int, end: int) -> None:
    meetings.add_meeting(
        session,
        group_id,
        meetings.MeetingInput(at(day, start), at(day, end), "Karlavägen 104"),
    )


def test_a_meeting_over_this_morning_is_not_announced(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp Östermalm")
        _meet(s, group_id, TODAY, 8, 9)  # over at ten
        _meet(s, group_id, TODAY, 9, 11)  # under way: still on
        _meet(s, group_id, TODAY, 13, 14)
        section = meetings_coming(s, TODAY, now=at(TODAY, 10))
    assert section.total == 2
    assert [item.detail for item in section.items] == [
        "i dag 09.00–11.00 · Karlavägen 104",
        "i dag 13.00–14.00 · Karlavägen 104",
    ]


def test_on_a_friday_the_card_shows_the_coming_monday(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp Östermalm")
        for days in (3, 6, 7):  # Monday, Thursday, and the Friday a week on
            _meet(s, group_id, FRIDAY + dt.timedelta(days=days), 9, 10)
        section = meetings_coming(s, FRIDAY, now=at(FRIDAY, 15))
    assert section.title == "Möten de närmaste 7 dagarna"
    assert [item.detail for item in section.items] == [
        "mån 30 nov 09.00–10.00 · Karlavägen 104",
        "tors 3 dec 09.00–10.00 · Karlavägen 104",
    ]
    with db.session() as s:
        empty = meetings_coming(s, FRIDAY + dt.timedelta(days=8), now=at(FRIDAY, 15))
    assert empty.total == 0 and empty.empty_text == "Inga möten de närmaste 7 dagarna."


def test_the_overview_kept_for_a_later_day_counts_from_its_first_minute() -> None:
    # Gathered ahead for the next start (overview_snapshot): none of that day's meetings is over.
    today = clock.today()
    tomorrow = today + dt.timedelta(days=1)
    assert overview_now(tomorrow) == day_start(tomorrow)
    assert overview_now(today) > day_start(today)
