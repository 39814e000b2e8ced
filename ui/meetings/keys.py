"""A key for a tab's button: it works while focus is anywhere in the tab, and the button's
tooltip names it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def add_shortcut(tab: QWidget, button: QPushButton, key: str, slot: Callable[[], Any]) -> QAction:
    action = QAction(tab)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    tab.addAction(action)
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{button.text()} ({shown})")
    return action
