"""Tab reads every register as it is drawn: the tool bar on top, then the search, the filters
and the list. The tool bar was drawn above the search but reached after the filters, and on
Åtgärder it stood under the filters (the only list so)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import open_tabs_to
from tests.ui.tables import list_under, search_under
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier or Qt.KeyboardModifier.NoModifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def _middle(widget: QWidget) -> int:
    return _top(widget) + widget.height() // 2


def _register_toolbar(toolbar: QToolBar) -> bool:
    """Whether ``toolbar`` is a register's own (not one in the pane beside its list)."""
    owner = toolbar.parentWidget()
    while owner is not None and getattr(owner, "search", None) is None:
        owner = owner.parentWidget()
    return owner is not None and getattr(owner, "toolbar", None) is toolbar


def _tab_walk(qtbot: QtBot, toolbar: QToolBar) -> str:
    """What is wrong with Tab around ``toolbar``'s register, pressed from its search ("" if
    nothing): Shift+Tab to the tool bar, Tab back, on through the filters to the list."""
    search, table = search_under(toolbar), list_under(toolbar)
    assert search is not None and table is not None
    # A row chosen first: a tool bar whose actions all need one has no button to go to else.
    table.scrollToTop()
    row = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    settle(qtbot)  # (the tool bar's stop follows its actions once enabled)
    assert QApplication.focusWidget() is search
    if _top(toolbar) + toolbar.height() > _top(search):
        return "the tool bar drawn under the search"
    if not any(a.isEnabled() and a.isVisible() and a.text() for a in toolbar.actions()):
        return ""  # every action waits for a row, and the list has none: Tab passes it over
    back = _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    if not (isinstance(back, QToolButton) and toolbar.isAncestorOf(back)):
        return f"Shift+Tab from the search went to {type(back).__name__}"
    if _press(qtbot, Qt.Key.Key_Tab) is not search:
        return "Tab from the tool bar missed the search"
    for _step in range(12):  # the search's filters, then the list
        stop = _press(qtbot, Qt.Key.Key_Tab)
        if stop is table:
            return ""
        if toolbar.isAncestorOf(stop):
            return "Tab went back to the tool bar before the list"
        if not _top(search) <= _middle(stop) < _top(table):
            return f"Tab went to {type(stop).__name__}, not drawn among the filters"
    return "Tab never reached the list"


def test_tab_goes_tool_bar_search_filters_list_on_every_register(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    qtbot.waitUntil(window.isActiveWindow)
    wrong: dict[str, str] = {}
    registers = 0
    for key in window.area_keys():
        window.navigate(key)
        settle(qtbot)
        for toolbar in window.area(key).findChildren(QToolBar):
            if not _register_toolbar(toolbar):
                continue  # a record's own (in its pane or view)
            open_tabs_to(qtbot, toolbar)
            if not toolbar.isVisible():
                continue  # a record's view open over its list
            registers += 1
            if problem := _tab_walk(qtbot, toolbar):
                wrong[f"{key}: {toolbar.actions()[0].text()}"] = problem
    assert wrong == {}
    assert registers >= 14  # Åtgärder and every ListPage (one lost would pass unseen)
