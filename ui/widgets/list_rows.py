"""How tall a list's rows are at its width, wrapped ones counted: for a list as tall as all its
rows (CheckList), or for lists sharing a column's height by what their rows need (a walk's
follow-up)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def rows_height(view: QListWidget) -> int:
    """The height of ``view``'s rows laid out at its width; before its first showing the width
    is a guess, and each row counts one line."""
    if view.isVisible():  # laid out at its width: the lines as wrapped
        view.doItemsLayout()
        return sum(view.visualItemRect(view.item(i)).height() for i in range(view.count()))
    return view.sizeHintForRow(0) * view.count() if view.count() else 0
