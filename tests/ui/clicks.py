"""Clicking and typing as a user does: a button by its label, a tab, a date or a text key by
key (Swedish letters too), the tabs a widget is on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def button_in(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button labelled ``text`` (mnemonic "&" ignored) inside ``parent``."""
    visible = [b for b in parent.findChildren(QAbstractButton) if b.isVisible()]
    buttons = [b for b in visible if b.text().replace("&", "") == text]
    assert len(buttons) == 1, f"no single button {text!r} among {[b.text() for b in visible]}"
    return buttons[0]


def click_button(qtbot: QtBot, parent: QWidget, text: str) -> None:
    """Click the visible button labelled ``text`` (mnemonic "&" ignored) inside ``parent``."""
    button = button_in(parent, text)
    assert button.isEnabled(), f"the button {text!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_date(qtbot: QtBot, field: QDateEdit, value: dt.date) -> None:
    """Empty a date field (select all, Delete) and type the date's digits, as a user would."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, value.strftime("%Y%m%d"))


def line_edit(combo: QComboBox) -> QLineEdit:
    """The field typed into of an editable combo box (the pickers of names)."""
    editor = combo.lineEdit()
    assert editor is not None, "the combo box is not editable"
    return editor


def click_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    """Click the tab of ``page`` in the tab bar, as a user opens it."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key, Swedish letters included (QTest only knows ASCII characters)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = Qt.Key(ord(char.upper()))  # Qt's key codes for Latin-1 letters are their code points
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def close_names(qtbot: QtBot, combo: QComboBox) -> None:
    """Esc in a picker's open list of names, as a user closes it to read the form: the field
    keeps what was typed, and the line under it says whom that stands for (not said while the
    list offers the name itself). Nothing when no list is open."""
    completer = combo.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not popup.isVisible())


def click_sidebar(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Click the area ``key`` in the window's sidebar."""
    sidebar = window.sidebar
    item = sidebar.item(window.area_keys().index(key))
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center()
    )


def open_tabs_to(qtbot: QtBot, widget: QWidget) -> None:
    """Open the tabs that ``widget`` is on, outermost first, by clicking them."""
    pages: list[tuple[QTabWidget, QWidget]] = []
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()  # a tab's page sits in the tab widget's stack
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            pages.append((tabs, child))
        child, parent = parent, parent.parentWidget()
    for tabs, page in reversed(pages):
        click_tab(qtbot, tabs, page)
    settle(qtbot)
