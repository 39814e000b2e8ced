"""Menus as a user meets them: the menu bar's menus, an entry chosen, a context menu or a button's
menu popped up and clicked; keys named as Hjälp → Kortkommandon names them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def menu_of(window: MainWindow, index: int) -> QMenu:
    """The menu bar's menu at ``index`` (0: Arkiv, -1: Hjälp)."""
    menu = window.menuBar().actions()[index].menu()
    assert isinstance(menu, QMenu)
    return menu


def file_print_entry(qtbot: QtBot, window: MainWindow) -> QAction:
    """Arkiv opened by a click on the menu bar: its "Skriv ut…" entry as the menu shows it."""
    bar = window.menuBar()
    file_menu = menu_of(window, 0)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    entry = next(a for a in file_menu.actions() if a.text().startswith("Skriv &ut…"))
    file_menu.close()
    return entry


def native_keys(written: str) -> str:
    """ "Esc / Alt+Left" as Hjälp → Kortkommandon shows it: Qt names the keys in Swedish
    ("Alt+Vänster", "Ctrl+Skift+P") once its translation is loaded (the window loads it, so
    whether it is depends on the tests run before)."""
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(QKeySequence(keys).toString(native) for keys in written.split(" / "))


def choose_in_menu(menu: QMenu, text: str) -> None:
    """Choose the entry labelled ``text`` (with its "&", as Qt holds it) in a menu, as a click
    on it does; a missing entry fails naming those there are."""
    entries = [a for a in menu.actions() if a.text() == text]
    assert len(entries) == 1, f"no single entry {text!r} among {[a.text() for a in menu.actions()]}"
    entries[0].trigger()


def _answer_popup(qtbot: QtBot, choose: str | None, offered: list[str], polls: list[int]) -> None:
    """Once a menu pops up: its entries into ``offered``, then a click on the one labelled
    ``choose`` (the menu closed when there is none such); polled for up to five seconds."""
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        polls[0] += 1
        if polls[0] < 500:
            QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
        return
    offered.extend(a.text() for a in menu.actions() if a.text())
    entry = next((a for a in menu.actions() if a.text() == choose), None)
    if entry is None:
        menu.close()
    else:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())


def right_click_menu(
    qtbot: QtBot, widget: QWidget, pos: QPoint, choose: str | None = None
) -> list[str]:
    """Right-click ``widget`` at ``pos``: the entries of the context menu that pops up, after
    clicking the one labelled ``choose`` (the menu is closed when there is none such); none
    when no menu popped up within seconds."""
    offered: list[str] = []
    polls = [0]
    QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
    # Through the window, as the system delivers it: Qt makes the press a context menu event
    # (a right click sent to the widget itself is only a mouse event).
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None, "the widget's window is shown"
    no_keys = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(handle, Qt.MouseButton.RightButton, no_keys, widget.mapTo(window, pos))
    qtbot.waitUntil(lambda: bool(offered) or polls[0] >= 500, timeout=10_000)
    return offered


def click_in_menu(qtbot: QtBot, button: QAbstractButton, choose: str | None = None) -> list[str]:
    """Click ``button`` ("Skriv ut ▾", "Mer ▾") and, in the menu it pops up, the entry labelled
    ``choose`` (none: the menu closed again): the entries offered."""
    offered: list[str] = []
    polls = [0]
    QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered) or polls[0] >= 500, timeout=10_000)
    return offered
