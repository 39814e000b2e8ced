"""The Tab key's walk through a form (FormDialog): where the focus goes, key by key, and
whether that follows the form as read (each column top to bottom, a row's fields left to
right, then the buttons)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.form_dialog import FormDialog


def tab_chain(qtbot: QtBot, dialog: FormDialog, most: int = 60) -> list[QWidget]:
    """The widgets Tab visits from the focus the form opened with, until it comes back."""
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start), "the form opened with no focus"
    chain = [start]
    for _step in range(most):
        qtbot.keyClick(chain[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start:
            return chain
        chain.append(focused)
    raise AssertionError(f"Tab never came back to the first field: {names(dialog, chain)}")


def _rect(dialog: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def _column(dialog: FormDialog, widget: QWidget) -> int:
    """Which of the form's columns ``widget`` is in (the buttons after the last)."""
    if dialog.buttons.isAncestorOf(widget):
        return dialog.columns.count()
    x = _rect(dialog, widget).center().x()
    for index in range(dialog.columns.count()):
        item = dialog.columns.itemAt(index)
        if item is not None and item.geometry().left() <= x <= item.geometry().right():
            return index
    return -1  # above or beside the columns


def name(dialog: FormDialog, widget: QWidget) -> str:
    """A widget as the user knows it: its row's label, its text, or its class."""
    for field, (row_widget, _error) in dialog.field_rows().items():
        if row_widget is widget or row_widget.isAncestorOf(widget):
            return dialog.field_label(field)
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return shown.replace("&", "") if isinstance(shown, str) and shown else type(widget).__name__


def names(dialog: FormDialog, chain: list[QWidget]) -> list[str]:
    return [name(dialog, w) for w in chain]


def out_of_order(dialog: FormDialog, chain: list[QWidget]) -> list[str]:
    """The steps of ``chain`` that go back up the form (or left in a row, or from the buttons
    into the fields), as "from → to"."""
    wrong: list[str] = []
    for before, after in zip(chain, chain[1:], strict=False):
        a, b = _rect(dialog, before), _rect(dialog, after)
        column_a, column_b = _column(dialog, before), _column(dialog, after)
        same_row = a.top() < b.bottom() and b.top() < a.bottom()
        if column_a != column_b:
            forward = column_a < column_b
        elif same_row:
            forward = b.left() >= a.left()
        else:
            forward = b.top() > a.top()
        if not forward:
            wrong.append(f"{name(dialog, before)} → {name(dialog, after)}")
    return wrong
