"""Grupper och möten on a laptop, with a group chosen and its Medlemmar tab open: every action in
sight (at 1100 px "Överenskommelser…" and "Historik" were under the tool bar's » arrow), the
search's words and each filter's whole, at 1100×700 and 1280×800."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window, group_members
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize(("width", "height"), [(1100, 700), (1280, 800)])
def test_every_action_and_filter_is_whole_beside_the_members(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, width, height)
    group_members(qtbot, area, "Arbetsgrupp särskilt utsatta brottsoffer")
    settle(qtbot)
    page = area.page
    toolbar = page.toolbar
    extension = [
        b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in extension)
    shown = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert button.geometry().right() <= toolbar.width(), action.text()
        shown.append(action.text())
    assert shown == [
        "Ny grupp…",
        "Redigera…",
        "Mötesregel…",
        "Avsluta grupp…",
        "Ta bort…",
        "Skriv ut ▾",
        "Överenskommelser…",
        "Historik…",
    ]
    search = page.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= (
        line_edit_text_room(search)
    )
    for combo in (page.type_filter, page.area_filter, page.status_filter):
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= _text_room(combo), (
            combo.currentText()
        )
