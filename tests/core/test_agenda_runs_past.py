"""When the items of an agenda planned in minutes run past the meeting's end (the meeting
window says so under the agenda: tests/ui/test_agenda_runs_past_the_end.py)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.services.meeting_rows import AgendaItemRow, agenda_runs_past


def _row(minutes: int | None) -> AgendaItemRow:
    return AgendaItemRow(1, 1, "Punkt", None, None, None, None, minutes)


def test_only_the_items_planned_in_minutes_are_counted() -> None:
    start = dt.datetime(2027, 1, 5, 9, 0)
    end = dt.datetime(2027, 1, 5, 10, 30)
    assert agenda_runs_past(start, end, [_row(None), _row(None)]) is None  # a plain agenda
    assert agenda_runs_past(start, end, [_row(60), _row(30)]) is None  # ends on time
    assert agenda_runs_past(start, end, [_row(60), _row(31)]) == dt.datetime(2027, 1, 5, 10, 31)
    # After an item without minutes the starts are not known: what follows is not counted.
    assert agenda_runs_past(start, end, [_row(60), _row(None), _row(90)]) is None
