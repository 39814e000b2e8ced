"""Every tool bar of every area is reached by keys: Shift+Tab from the search under it goes to the
tool bar, and the arrow keys reach each of its buttons ("Ny plats…", "Mer ▾",
"Importera från Excel…", "Ny kurs…" have no keys of their own; Qt's tool bar buttons took no
focus, so a keyboard user could reach them only through the list's context menu)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.clicks import open_tabs_to
from tests.ui.tables import list_under, search_under
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow

# Without keys of their own: reached only by the tool bar's keys (the guard reaches them).
KEYLESS = {
    "Ny plats…",
    "Mer ▾",
    "Importera från Excel…",
    "Ny kurs…",
    "Skriv ut ▾",
    "Öppna vandringen",
    "Årets vandringsplan…",
    "Bifoga fil…",
    "Etikett…",
    "Låntagarkort…",
}


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier or Qt.KeyboardModifier.NoModifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def _reached_by_keys(qtbot: QtBot, toolbar: QToolBar) -> list[str]:
    """With the list's first row clicked (the actions that need one enabled), from the search
    under the tool bar Shift+Tab into it, then Right from button to button until back at the
    first: their texts."""
    table, search = list_under(toolbar), search_under(toolbar)
    assert table is not None, f"no list under the tool bar of {toolbar.actions()[0].text()!r}"
    assert search is not None, f"no search under the tool bar of {toolbar.actions()[0].text()!r}"
    table.scrollToTop()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert QApplication.focusWidget() is search
    first = _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    if not (isinstance(first, QToolButton) and toolbar.isAncestorOf(first)):
        return []
    texts = []
    button: QWidget = first
    for _step in range(len(toolbar.actions()) + 1):
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        texts.append(action.text() if action is not None else button.objectName())
        button = _press(qtbot, Qt.Key.Key_Right)
        if button is first:
            break
    assert _press(qtbot, Qt.Key.Key_Tab) is search  # on past the tool bar: as drawn
    return texts


def test_every_toolbar_button_of_every_area_is_reached_by_keys(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1440, 900)
    qtbot.waitUntil(window.isActiveWindow)
    missed: dict[str, list[str]] = {}
    reached: set[str] = set()
    toolbars = 0
    for key in window.area_keys():
        window.navigate(key)
        settle(qtbot)
        for toolbar in window.area(key).findChildren(QToolBar):
            open_tabs_to(qtbot, toolbar)
            if not toolbar.isVisible():
                continue  # a record's view open over its list (none at the start)
            toolbars += 1
            texts = _reached_by_keys(qtbot, toolbar)
            reached.update(texts)
            wanted = [
                action.text()
                for action in toolbar.actions()
                if action.text() and action.isVisible() and action.isEnabled()
            ]
            if lost := [text for text in wanted if text not in texts]:
                missed[f"{key}: {wanted[0]}"] = lost
    assert missed == {}
    assert toolbars >= 14  # each area's lists (a lost one would pass unseen)
    assert reached >= KEYLESS
