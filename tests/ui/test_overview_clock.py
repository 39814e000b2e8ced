"""An Overview left open follows the clock: a meeting that has ended leaves the meetings card
within minutes, with nothing changed in the database. Before, the card kept announcing it as
"i dag" until some change elsewhere made the Overview gather again."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meeting_overview, meetings
from tests.core.meeting_data import at, make_group
from tests.ui.windows import clock_ticking_fast, show_window, wait_gathered
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


def test_a_meeting_that_ends_leaves_the_open_overview(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    day = area.today()
    group_id = ctx.call(make_group, "Krisstödsgruppen")
    ctx.call(
        meetings.add_meeting,
        group_id,
        meetings.MeetingInput(at(day, 9), at(day, 10), "Karlavägen 104"),
    )
    clock = {"now": at(day, 9, 30)}
    monkeypatch.setattr(meeting_overview, "overview_now", lambda _today: clock["now"])
    window.navigate("overview")
    area.refresh()
    wait_gathered(qtbot)

    def meeting_lines() -> list[str]:
        (card,) = [c for c in area.section_cards() if c.section.key == "meetings_coming"]
        return [b.full_text for b in card.findChildren(EntryButton)]

    assert meeting_lines() and "i dag 09.00–10.00" in meeting_lines()[0]
    clock["now"] = at(day, 10, 5)
    with clock_ticking_fast(area):
        qtbot.waitUntil(lambda: not meeting_lines(), timeout=10_000)
