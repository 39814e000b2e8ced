"""A key for a tab's button: it works while focus is anywhere in the tab, the button's tooltip
names it, and Hjälp → Kortkommandon lists it ("Möte: Ny åtgärd…", read from the action's text).
The key does what the button may do now: greyed with a reason, it says the reason and nothing
else (it opened a form, only for the core to refuse what was typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.greyed import greyed_reason, press
from ui.widgets.record_table import RecordTable


def meeting_action(parent: QWidget, what: str, keys: list[str], slot: Callable[[], Any]) -> QAction:
    """A shortcut of the meeting editor, named for the list of shortcuts."""
    action = QAction(_("Meeting: {what}").format(what=what), parent)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def add_shortcut(tab: QWidget, button: QPushButton, key: str, slot: Callable[[], Any]) -> QAction:
    """``tab``: where the key works (the tab, or one widget in it, with its children). An arrow
    button (``arrow_buttons``) is named by its words, "Flytta upp (Ctrl+Up)", not by "↑"."""
    words = button.accessibleName() or button.text()
    action = meeting_action(tab, words, [key], lambda: press(button, slot, button))
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{words} ({shown})")
    return action


def empty_hint(table: RecordTable[Any], button: QPushButton, none_yet: str, offered: str) -> None:
    """``table``'s text while empty: ``offered``, naming ``button`` and its key; the button
    greyed with a reason, ``none_yet`` and the reason (it pointed to a button that only says
    why)."""
    reason = greyed_reason(button)
    table.set_empty_text(f"{none_yet} {reason}" if reason else offered)
