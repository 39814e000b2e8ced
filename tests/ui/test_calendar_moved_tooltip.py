"""A meeting the rule moved off a public holiday says from which day in its tooltip: the demo's
Platssamverkan meets the first Wednesday, and 2027-01-06 is Trettondedag jul. "Flyttat från
regelns tid" said neither the day nor why. The list view's status says it too on hover, and a
cancelled meeting's reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings
from tests.ui.clicks import click_button
from tests.ui.openers import calendar_window, open_meeting
from tests.ui.tables import column_texts, hover_tooltip
from tests.ui.test_calendar_area import meeting_chips
from ui.context import AppContext


# Early December 2026 with the example district around it. Only the day set in the test left
# the district and the hour at the real ones: run on 31 December, the network's first meeting
# on the January page (whose first week starts 28 December) was held and could not be cancelled.
@pytest.mark.moment("2026-12-03T10:00")
def test_a_meeting_moved_off_trettondedag_jul_says_so(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = calendar_window(qtbot, demo_ctx, 1280, 800)
    click_button(qtbot, area, "›")  # January 2027, as she steps into the new year
    chips = {c.row.label: c for c in meeting_chips(area) if c.row.starts_at.day == 7}
    moved = chips["Platssamverkan Stureplan/Östermalmstorg"].toolTip().splitlines()
    assert moved[-1] == "Flyttat från Trettondedag jul"
    # A Thursday network on its own day says nothing of the kind.
    assert not any(
        "Flyttat" in line
        for line in chips["Säkerhetssamordnarnätverket (SLK)"].toolTip().splitlines()
    )


@pytest.mark.moment("2026-12-03T10:00")
def test_the_list_says_why_on_the_status_of_a_moved_or_cancelled_meeting(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The list's Status said "Flyttat" and "Inställt" and no more."""
    _window, area = calendar_window(qtbot, demo_ctx, 1280, 800)
    click_button(qtbot, area, "›")
    slk = next(r for r in area.rows if r.group_name.startswith("Säkerhetssamordnarnätverket"))
    area.ctx.call(meetings.cancel_meeting, slk.id, "Krockar med julmarknaden")
    click_button(qtbot, area, "Lista")
    table = area.list_view
    status = column_texts(table, "Status")
    dates = column_texts(table, "Datum")
    moved = next(n for n, text in enumerate(status) if text == "Flyttat")
    cancelled = status.index("Inställt")
    column = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    at = column.index("Status")
    assert hover_tooltip(qtbot, table, moved, at) == "Flyttat från Trettondedag jul"
    assert dates[cancelled].startswith(slk.starts_at.date().isoformat())
    assert hover_tooltip(qtbot, table, cancelled, at) == "Orsak: Krockar med julmarknaden"
    planned = status.index("Planerat")
    assert hover_tooltip(qtbot, table, planned, at) == ""


@pytest.mark.moment("2026-12-03T10:00")
def test_moved_by_hand_after_the_holiday_says_the_day_the_invitees_had(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Moved by the rule to Thursday the 7th, then by hand to Tuesday the 12th: its tooltip and
    its details say from the 7th (they said Trettondedag jul, the 6th: a day nobody was given)."""
    _window, area = calendar_window(qtbot, demo_ctx, 1024, 768)
    click_button(qtbot, area, "›")
    chips = {c.row.label: c for c in meeting_chips(area) if c.row.starts_at.day == 7}
    row = chips["Platssamverkan Stureplan/Östermalmstorg"].row
    hand = row.starts_at.replace(day=12)
    area.ctx.call(meetings.move_meeting, row.id, hand, row.ends_at.replace(day=12))
    click_button(qtbot, area, "‹")
    click_button(qtbot, area, "›")
    chip = next(c for c in meeting_chips(area) if c.row.id == row.id)
    assert chip.row.starts_at.day == 12
    assert chip.toolTip().splitlines()[-1] == "Flyttat från 2027-01-07"
    editor = open_meeting(qtbot, area, row.id)
    assert editor.warning.isVisible()
    assert editor.warning.text().startswith("Flyttat från torsdag 7 januari 2027 08.30 ")


@pytest.mark.moment("2026-12-03T10:00")
def test_moved_by_the_rule_alone_is_no_exception(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Its details called a meeting the rule moved off Trettondedag jul "ett undantag från
    gruppens mötesregel": the rule itself moved it."""
    _window, area = calendar_window(qtbot, demo_ctx, 1024, 768)
    click_button(qtbot, area, "›")
    chips = {c.row.label: c for c in meeting_chips(area) if c.row.starts_at.day == 7}
    editor = open_meeting(qtbot, area, chips["Platssamverkan Stureplan/Östermalmstorg"].row.id)
    assert editor.warning.text().startswith(
        "Flyttat från onsdag 6 januari 2027 08.30 enligt gruppens mötesregel."
    )
