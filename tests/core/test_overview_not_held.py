"""The Overview's card of past meetings never marked held or cancelled: it counts them all, lists
the latest first (the ones the coordinator remembers), and its "Show all" names the calendar's
"Past, not held" list. Before, they showed only in the calendar."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.overview_items import NOT_HELD_MEETINGS
from samverkan_desktop.services import meetings, overview
from samverkan_desktop.services.meeting_overview import meetings_not_marked_held
from tests.core.meeting_data import TODAY, at, make_group


def test_the_card_counts_every_past_meeting_not_held_and_shows_the_latest(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Stureplan")
        ids = {}
        for weeks in range(1, 11):  # ten Mondays back, one of them held, one cancelled
            day = TODAY - dt.timedelta(weeks=weeks)
            ids[weeks] = meetings.add_meeting(
                s, group_id, meetings.MeetingInput(at(day, 9), at(day, 10))
            )
        meetings.set_meeting_status(s, ids[1], meetings.MeetingStatus.HELD)
        meetings.cancel_meeting(s, ids[2])
        for day in (TODAY, TODAY + dt.timedelta(days=7)):  # today's is not past yet
            meetings.add_meeting(s, group_id, meetings.MeetingInput(at(day, 9), at(day, 10)))
        section = meetings_not_marked_held(s, TODAY)
        keys = [provider(s, TODAY).key for provider in overview.PROVIDERS]  # when all show
    assert section.title == "Passerade möten, ej genomförda"
    assert section.total == 8 and section.subset == NOT_HELD_MEETINGS
    assert [item.record_id for item in section.items] == [ids[w] for w in range(3, 11)]
    assert section.items[0].detail == "2026-11-02 09.00"
    assert (section.items[0].area, section.items[0].title) == (
        "calendar",
        "Platssamverkan Stureplan",
    )
    # Among the chores that keep, before the groups' terms and the contacts.
    assert keys[-3:] == ["meetings_not_held", "groups_changing", "contacts_to_verify"]


def test_the_card_shows_the_eight_latest_of_many(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Stureplan")
        for days in range(1, 13):
            day = TODAY - dt.timedelta(days=days)
            for hour in (9, 13):
                meetings.add_meeting(
                    s, group_id, meetings.MeetingInput(at(day, hour), at(day, hour + 1))
                )
        section = meetings_not_marked_held(s, TODAY)
    assert section.total == 24
    assert [item.detail for item in section.items[:3]] == [
        "2026-11-22 13.00",
        "2026-11-22 09.00",
        "2026-11-21 13.00",
    ]
    assert len(section.items) == 8
    assert section.items[-1].date == TODAY - dt.timedelta(days=4)


def test_with_none_left_the_card_says_so(db: Database) -> None:
    with db.session() as s:
        assert meetings_not_marked_held(s, TODAY).empty_text == "Inga möten ännu."  # not "all"
        group_id = make_group(s, "Platssamverkan Stureplan")
        day = TODAY - dt.timedelta(weeks=1)
        held = meetings.add_meeting(s, group_id, meetings.MeetingInput(at(day, 9), at(day, 10)))
        meetings.set_meeting_status(s, held, meetings.MeetingStatus.HELD)
        section = meetings_not_marked_held(s, TODAY)
    assert section.total == 0 and section.items == ()
    assert section.empty_text == "Alla passerade möten är markerade som genomförda eller inställda."
