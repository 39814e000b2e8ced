"""↑ is greyed on an ordered list's first row and ↓ on its last, where they did nothing while
enabled (reported of a meeting's agenda); they follow the row chosen with a click or the keys
and a row moved. One shared piece (arrow_buttons.enable_arrows) for every list with them: the
agenda, a template's points, the crisis organisation's lists (in their own order, however a
header click sorts them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import button_in, click_button
from tests.ui.openers import crisis_tab, meeting_editor
from tests.ui.tables import click_header, click_row, column_texts
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.walks.template_dialog import TemplateDialog

LEFT = Qt.MouseButton.LeftButton


def _arrows(parent: QWidget) -> tuple[bool, bool]:
    """Whether ↑ and ↓ can be pressed."""
    return button_in(parent, "↑").isEnabled(), button_in(parent, "↓").isEnabled()


def test_the_agenda_s_arrows_are_greyed_at_its_ends(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab", width=1024, height=768)
    tab = editor.agenda_tab
    items = tab.items
    assert items.count() >= 3

    def click_item(row: int) -> None:
        qtbot.mouseClick(items.viewport(), LEFT, pos=items.visualItemRect(items.item(row)).center())
        settle(qtbot)

    click_item(0)
    assert _arrows(tab) == (False, True)
    click_item(1)
    assert _arrows(tab) == (True, True)
    click_item(items.count() - 1)
    assert _arrows(tab) == (True, False)
    click_button(qtbot, tab, "↑")  # the last item moved up: ↓ takes it back
    settle(qtbot)
    assert items.currentRow() == items.count() - 2
    assert _arrows(tab) == (True, True)
    items.setFocus()
    qtbot.keyClick(items, Qt.Key.Key_Home)  # the keys choose too
    settle(qtbot)
    assert _arrows(tab) == (False, True)


def test_a_template_s_points_arrows_are_greyed_at_its_ends(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    points = dialog.items
    assert points.rowCount() >= 3

    def click_point(row: int) -> None:
        rect = points.visualRect(points.model().index(row, 1))
        qtbot.mouseClick(points.viewport(), LEFT, pos=rect.center())

    click_point(0)
    assert _arrows(dialog) == (False, True)
    click_point(points.rowCount() - 1)
    assert _arrows(dialog) == (True, False)
    up = button_in(dialog, "↑")
    assert isinstance(up, QPushButton)
    qtbot.mouseClick(up, LEFT)
    assert _arrows(dialog) == (True, True)
    qtbot.mouseClick(button_in(dialog, "Lägg till punkt"), LEFT)  # a new last point, chosen
    settle(qtbot)
    assert points.currentRow() == points.rowCount() - 1
    assert _arrows(dialog) == (True, False)


def test_the_crisis_roles_arrows_follow_their_own_order(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    roles = column_texts(org.roles, "Roll")
    up, down = org.role_buttons[3:5]
    click_row(qtbot, org.roles, roles[0])
    assert (up.isEnabled(), down.isEnabled()) == (False, True)
    click_row(qtbot, org.roles, roles[-1])
    assert (up.isEnabled(), down.isEnabled()) == (True, False)
    # Sorted Ö–A the first in its own order is shown lower down: still first, ↑ greyed.
    click_header(qtbot, org.roles, "Roll")
    click_header(qtbot, org.roles, "Roll")
    click_row(qtbot, org.roles, roles[0])
    assert column_texts(org.roles, "Roll")[0] != roles[0]
    assert (up.isEnabled(), down.isEnabled()) == (False, True)


def test_an_arrow_greyed_under_the_keys_hands_the_focus_to_its_list(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """↑ pressed with Space until the item is first: the focus goes to the agenda's list, not on
    to the next button (the ↓ beside it), where one more Space moved the item straight back."""
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab", width=1024, height=768)
    tab = editor.agenda_tab
    items = tab.items
    items.setCurrentRow(1)
    settle(qtbot)

    def title(row: int) -> str:  # "09.20  2. Title": the time and number follow the place
        return items.item(row).text().split(". ", 1)[1]

    moved = title(1)
    up = button_in(tab, "↑")
    up.setFocus()
    qtbot.keyClick(up, Qt.Key.Key_Space)
    settle(qtbot)
    assert title(0) == moved
    assert items.hasFocus()
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # once more, as a user pressing on would
    settle(qtbot)
    assert title(0) == moved
