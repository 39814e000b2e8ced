"""An Overview gathered again with nothing changed keeps its cards: a keyboard user on an entry
stays there through the clock's gathering (every five minutes), and a quick start does not build
the cards a second time when the database confirms the saved Overview (make bench: peak RSS)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.windows import clock_ticking_fast, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


def _focused_entry() -> EntryButton | None:
    focused = QApplication.focusWidget()
    return focused if isinstance(focused, EntryButton) else None


def test_the_focused_entry_keeps_the_focus_when_the_overview_is_gathered_again(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    qtbot.waitUntil(window.isActiveWindow)
    for _press in range(40):  # Tab through the window to the Overview's first entry
        if _focused_entry() is not None:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    entry = _focused_entry()
    assert entry is not None
    text = entry.full_text
    gathered: list[int] = []
    refresh = area.refresh

    def counted_refresh() -> None:
        refresh()
        gathered.append(1)

    area.refresh = counted_refresh  # type: ignore[method-assign]
    with clock_ticking_fast(area):
        qtbot.waitUntil(lambda: len(gathered) >= 3, timeout=10_000)
    qtbot.wait(50)  # the cards a rebuild would have deleted are gone by now
    assert _focused_entry() is entry and entry.full_text == text
