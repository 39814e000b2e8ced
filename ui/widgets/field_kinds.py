"""What a form needs to know of a field's kind: whether a layout widens it, and which of its
signals say that the user changed it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTextEdit,
    QWidget,
)


def grows_sideways(widget: QWidget) -> bool:
    """Whether a layout widens ``widget`` beyond its preferred width (Qt's own rule for a
    widget in a layout: an Expanding policy, or a layout inside that expands and a policy that
    lets it grow)."""
    policy = widget.sizePolicy()
    if policy.expandingDirections() & Qt.Orientation.Horizontal:
        return True
    layout = widget.layout()
    return (
        layout is not None
        and bool(policy.horizontalPolicy().value & QSizePolicy.PolicyFlag.GrowFlag.value)
        and bool(layout.expandingDirections() & Qt.Orientation.Horizontal)
    )


def when_edited(widget: QWidget, slot: Callable[[], object]) -> None:
    """Call ``slot`` when the user changes ``widget`` or an input inside it (typing, choosing,
    ticking); not when the program fills it in, where Qt tells the two apart."""
    for part in (widget, *widget.findChildren(QWidget)):
        if isinstance(part, QLineEdit):  # also the text of an editable list or a date
            part.textEdited.connect(lambda *_args: slot())
        elif isinstance(part, (QPlainTextEdit, QTextEdit)):
            part.textChanged.connect(lambda *_args: slot())
        elif isinstance(part, QComboBox):
            part.activated.connect(lambda *_args: slot())
        elif isinstance(part, QDateTimeEdit):  # arrow keys, the wheel, the calendar
            part.dateTimeChanged.connect(lambda *_args: slot())
        elif isinstance(part, QAbstractButton):
            part.clicked.connect(lambda *_args: slot())
        elif isinstance(part, (QListWidget, QTableWidget)):
            part.itemChanged.connect(lambda *_args: slot())
        elif isinstance(part, QAbstractItemView) and part.model() is not None:
            part.model().dataChanged.connect(lambda *_args: slot())
