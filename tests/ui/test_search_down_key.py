"""Down in the search field above a list goes into the list on its first row, Up on that row
back to the search (ui.widgets.search_keys): in Kontakter (a ListPage), in Åtgärder (filters
of its own) and in Hjälp → Kortkommandon, which lists these keys. Enter in a search only
searches: nothing opens or closes, the focus stays to type on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.openers import actions_listed, area_in_window
from tests.ui.tables import column_texts
from tests.ui.windows import settle, show_window
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


def _typed(qtbot: QtBot, search: QLineEdit, text: str) -> None:
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    type_text(qtbot, search, text)
    assert QApplication.focusWidget() is search


def _chosen(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if len(rows) == 1 else None


def _down_then_up(qtbot: QtBot, search: QLineEdit, table: QTableView, title: str) -> str:
    """Down from ``search``: the list has the focus on its first row (returned, the ``title``
    column's text); then Down, Up, Up: the second row, the first, the search again."""
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert _chosen(table) == 0
    first = column_texts(table, title)[0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _chosen(table) == 1
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert _chosen(table) == 0
    assert QApplication.focusWidget() is table  # the first row reached, not yet left
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    assert _chosen(table) == 0  # the row chosen stays chosen
    return first


def test_contacts_down_from_the_search_chooses_the_first_match(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea)
    page = area.people
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 2)
    settle(qtbot)
    everyone = column_texts(page.table, "Namn")
    _typed(qtbot, page.search, "berg")
    # Down at once, the search's pause not over: the first of the people matching "berg", not
    # of everyone listed before.
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    names = column_texts(page.table, "Namn")
    assert 2 < len(names) < len(everyone) and names[0] != everyone[0]
    row = page.current_row()
    assert row is not None and row.name == names[0]
    assert page.search.text() == "berg"
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert _down_then_up(qtbot, page.search, page.table, "Namn") == names[0]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # a row chosen: Enter still only searches
    settle(qtbot)
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is page.search


def test_actions_down_from_the_search_and_enter_only_searches(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea)
    area = actions_listed(qtbot, window)
    _typed(qtbot, area.search, "be")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)  # searches now; opens nothing
    settle(qtbot)
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is area.search
    titles = column_texts(area.table, "Åtgärd")
    assert len(titles) > 2
    first = _down_then_up(qtbot, area.search, area.table, "Åtgärd")
    assert first == titles[0]
    assert area.detail.title.text() == first  # the pane shows the action chosen


def test_the_shortcuts_list_names_the_arrows_and_answers_to_them(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Hjälp → Kortkommandon, a list with a search above it too: "sökfältet" typed, Down
    chooses the first row found, the lists' new keys among the rows; back in the search,
    Enter leaves the list open (it pressed "Stäng", the default button)."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    seen: dict[str, object] = {}
    rows: list[tuple[str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        type_text(qtbot, dialog.search, "sökfältet")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        seen["focus"] = QApplication.focusWidget() is dialog.table
        seen["chosen"] = _chosen(dialog.table)
        rows.extend(
            zip(column_texts(dialog.table, "Var"), column_texts(dialog.table, "Vad"), strict=True)
        )
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
        seen["back"] = QApplication.focusWidget() is dialog.search
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # nothing to do: the list stays open
        seen["open"] = dialog.isVisible()
        dialog.accept()

    modals.answer(read)
    help_menu = menu_of(window, -1)
    next(a for a in help_menu.actions() if a.text() == "&Kortkommandon").trigger()
    modals.check()
    assert seen["focus"] is True and seen["chosen"] == 0
    assert seen["back"] is True and seen["open"] is True
    assert ("I listor", "Från sökfältet ovanför en lista in i listan, på dess första rad") in rows
    assert ("I listor", "Tillbaka till sökfältet (på listans första rad)") in rows
