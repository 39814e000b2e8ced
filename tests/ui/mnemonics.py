"""The Alt+letters (mnemonics, the underlined letters) a window shows, and what is wrong with
them: two visible widgets of one window on the same letter (Alt+letter then cycles between
them, or presses the one the user did not mean), a label whose "&" has no buddy (its Alt+letter
goes nowhere)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabBar,
    QToolButton,
    QWidget,
)


def _letter(text: str) -> str:
    keys = QKeySequence.mnemonic(text)
    return "" if keys.isEmpty() else keys.toString().split("+")[-1]


def _shown(text: str) -> str:
    """``text`` as shown: "&&" is an "&", a single "&" underlines the next letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _texts(widget: QWidget) -> list[str]:
    """The texts of ``widget`` that carry an Alt+letter of its window."""
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        return []  # a tool bar's button shows its action's text without the "&"
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    return []


def problems(window: QWidget) -> list[str]:
    """What is wrong with the Alt+letters of ``window``'s visible widgets, named by the
    window's title and the texts as shown; empty when nothing is."""
    title = window.windowTitle() or type(window).__name__
    by_letter: dict[str, list[str]] = defaultdict(list)
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if (
            isinstance(widget, QLabel)
            and widget.buddy() is None
            and widget.textFormat() != Qt.TextFormat.RichText
            and not GuiQt.mightBeRichText(widget.text())
            and _letter(widget.text())
        ):
            found.append(f"{title}: the label {widget.text()!r} has an Alt+letter but no buddy")
        for text in _texts(widget):
            letter = _letter(text)
            if letter:
                by_letter[letter].append(_shown(text))
    for letter, texts in sorted(by_letter.items()):
        if len(texts) > 1:
            found.append(f"{title}: Alt+{letter} on {', '.join(repr(t) for t in texts)}")
    return found


def menu_problems(window: QMainWindow) -> list[str]:
    """Two entries of one menu of ``window``'s menu bar on the same letter."""
    found: list[str] = []
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if not isinstance(menu, QMenu):
            continue
        by_letter: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isVisible() and _letter(action.text()):
                by_letter[_letter(action.text())].append(_shown(action.text()))
        for letter, texts in sorted(by_letter.items()):
            if len(texts) > 1:
                where = _shown(bar_action.text())
                found.append(f"{where} menu: Alt+{letter} on {', '.join(map(repr, texts))}")
    return found
