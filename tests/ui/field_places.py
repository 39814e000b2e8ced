"""Where a form's fields and buttons are drawn: a line coming or going under a field must not
move the next one under the user's mouse while typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle


def field_places(qtbot: QtBot, dialog: QDialog) -> dict[QWidget, QRect]:
    """Where each field and button of the form is drawn, and its size."""
    settle(qtbot)
    return {
        widget: QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        for widget in dialog.findChildren(QWidget)
        if widget.window() is dialog
        and widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    }


def moved_fields(qtbot: QtBot, dialog: QDialog, before: dict[QWidget, QRect]) -> list[str]:
    """The fields and buttons no longer where they were (one a choice brings, the walk's "same
    route as last time", is new, not moved)."""
    now = field_places(qtbot, dialog)
    return [
        f"{type(widget).__name__} {where.getRect()} → {now[widget].getRect()}"
        for widget, where in before.items()
        if now.get(widget, where) != where
    ]
