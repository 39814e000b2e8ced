"""A tool bar's button reads as its command does in a menu or a pane, "…" and all: Qt's tool bars
dropped it, so Grupper read "Redigera" above the pane's "Redigera…" (and "Ny grupp", "Låna ut",
"Historik"), though the command asks for more before it acts. Read in every area's every tab at
1024 × 768, in the program's own style, with no record chosen and with the first one chosen
(some commands show only then); no button goes behind the tool bar's », for its "…" or any
other reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import list_under
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.widgets.toolbar_keys import EXTENSION

Read = dict[str, list[tuple[str, str]]]  # a tool bar's first command: (action, button) texts


def _tabs_in(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    return [
        (tabs, index) for tabs in widget.findChildren(QTabWidget) for index in range(tabs.count())
    ]


def _read(toolbar: QToolBar) -> list[tuple[str, str]]:
    read = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton) and action.isVisible() and action.text():
            read.append((action.text(), button.text()))
    return read


def _behind_extension(toolbar: QToolBar) -> list[str]:
    """The commands reached only through the tool bar's » button."""
    extension = toolbar.findChild(QToolButton, EXTENSION)
    if extension is None or not extension.isVisible():
        return []
    return [
        action.text()
        for action in toolbar.actions()
        if action.text() and not toolbar.widgetForAction(action).isVisible()
    ]


def _look(qtbot: QtBot, window: MainWindow) -> tuple[Read, dict[str, list[str]]]:
    read: Read = {}
    overflowing: dict[str, list[str]] = {}

    def read_toolbars(place: str) -> None:
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        for toolbar in window.findChildren(QToolBar):
            if not toolbar.isVisible() or not toolbar.actions():
                continue
            texts = _read(toolbar)
            read[f"{place}: {toolbar.actions()[0].text()}"] = texts
            if hidden := _behind_extension(toolbar):
                overflowing[place] = hidden

    def read_with_and_without_a_record(place: str) -> None:
        read_toolbars(place)
        for toolbar in window.findChildren(QToolBar):
            table = list_under(toolbar) if toolbar.isVisible() else None
            if table is not None and table.model().rowCount() > 0:
                table.scrollToTop()
                rect = table.visualRect(table.model().index(0, 0))
                qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                read_toolbars(f"{place}, a record chosen")

    for key in window.area_keys():
        window.navigate(key)
        tabs = _tabs_in(window.area(key))
        if not tabs:
            read_with_and_without_a_record(key)
        for tab_widget, index in tabs:
            page = tab_widget.widget(index)
            if tab_widget.isVisible() and page is not None:  # a tab of a record's view: closed
                click_tab(qtbot, tab_widget, page)
                read_with_and_without_a_record(f"{key} → {tab_widget.tabText(index)}")
    return read, overflowing


def test_toolbar_buttons_keep_their_commands_ellipsis_and_fit_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    read, overflowing = look_at_demo((1024, 768), lambda window: _look(qtbot, window))
    dropped = {
        place: [shown for text, shown in texts if shown != text]
        for place, texts in read.items()
        if any(shown != text for text, shown in texts)
    }
    assert dropped == {}
    with_ellipsis = {
        text for texts in read.values() for text, _shown in texts if text.endswith("…")
    }
    assert {"Redigera…", "Ny grupp…", "Låna ut…", "Historik…", "Ny plats…"} <= with_ellipsis
    assert len(read) >= 14  # each area's lists (a lost one would pass unseen)
    # Nothing behind » at 1024: a chosen place's (Checklistmallar…, Historik…) and a chosen
    # loan's (Pseudonymisera gamla lån…, Historik…) were, till their rare commands went under
    # "Mer ▾".
    assert overflowing == {}
