"""The minutes' new actions flow as the items above them do: "Åtgärder" starts on the page
where its first rows fit and the table goes on under "Åtgärder (forts.)". Kept whole, a list of
some twenty actions moved to the next page and left the foot of the page before it empty; the
next meeting then followed on a page holding little else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.enums import ActionSource
from samverkan_desktop.services import actions, agenda, meetings
from samverkan_desktop.services.actions import ActionInput
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_data import at, make_group
from tests.core.test_report_stress import flat, pages_of

DAY = dt.date(2026, 12, 2)
COUNT = 18


def _minutes(db: Database, tmp_path: Path) -> list[str]:
    """The pages of the minutes of a meeting whose round table fills a third of page 1 and
    which raised COUNT new actions."""
    with db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(
            s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 11), "Garnisonen")
        )
        round_table = agenda.add_agenda_item(s, meeting, "Laget runt")
        notes = "\n".join(f"- Polisen: lägesbild för kvarter {n}." for n in range(1, 13))
        agenda.record_minutes(s, round_table, notes, None)
        person = meetings.get_meeting(s, meeting).invitees[0].person_id
        for n in range(1, COUNT + 1):
            action = ActionInput(
                f"Åtgärd nummer {n:02}",
                responsible_person_id=person,
                due_on=DAY + dt.timedelta(days=30),
                source_type=ActionSource.MEETING,
                source_id=meeting,
            )
            actions.create_action(s, action, today=DAY)
        return pages_of(held_minutes_pdf(s, meeting), tmp_path)


def test_the_actions_start_on_the_page_where_their_first_rows_fit(
    sqlite_db: Database, tmp_path: Path
) -> None:
    pages = _minutes(sqlite_db, tmp_path)
    first = pages[0].splitlines()
    assert "Åtgärder" in first  # the heading on page 1 ...
    assert "Åtgärd nummer 01" in first and "Åtgärd nummer 02" in first  # ... with its first rows
    rest = pages[1].splitlines()
    assert "Åtgärder (forts.)" in rest  # the table goes on under its heading again
    text = flat(" ".join(pages))
    assert all(f"Åtgärd nummer {n:02}" in text for n in range(1, COUNT + 1))
    # The next meeting after the last action, on its page.
    last = next(page for page in pages if f"Åtgärd nummer {COUNT:02}" in page)
    assert "Nästa möte" in last
    assert last.index(f"Åtgärd nummer {COUNT:02}") < last.index("Nästa möte")
