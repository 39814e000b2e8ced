"""The Overview's entries are fitted to their width once when the window opens on the saved
Overview (ui.fast_start, the usual start): the start spends its time on it (make bench), and a
vertical scroll bar that came as the cards grew narrowed every entry, each fitted again (at
1024 × 768 every entry twice, the second time 7 px narrower)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import overview
from tests.ui.helpers import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


@pytest.mark.moment("2026-12-05T17:30")
def test_each_entry_is_fitted_for_one_width_at_start(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    rooms: dict[int, set[int]] = {}
    fitted = EntryButton.fitted_text

    def counted(entry: EntryButton, room: int) -> str:
        rooms.setdefault(id(entry), set()).add(room)
        return fitted(entry, room)

    monkeypatch.setattr(EntryButton, "fitted_text", counted)
    window = MainWindow(demo_ctx, "test.sqlite3")
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    today = clock.today()
    area.show_snapshot(today, demo_ctx.call(overview.gather, today))  # as the quick start
    show_window(qtbot, window, 1024, 768)
    settle(qtbot)
    entries = window.findChildren(EntryButton)
    assert len(entries) >= 20  # the demo's cards are shown
    # The cards' texts are those of their final width, each fitted for that width alone.
    twice = {e.full_text: sorted(rooms[id(e)]) for e in entries if len(rooms[id(e)]) > 1}
    assert not twice, twice
