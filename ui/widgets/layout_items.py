"""Emptying a layout that is filled anew on every load (cards, rows of a checklist, links)."""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtWidgets import QLayout, QWidget


def clear_layout(layout: QLayout, keep: Container[QWidget] = ()) -> None:
    """Take every item out of ``layout`` and delete its widgets, nested layouts' included;
    a widget in ``keep`` is only taken out (it is put back by the caller)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break  # not below count(); typed optional, and no endless loop if it were
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            if widget not in keep:
                widget.deleteLater()
        elif inner is not None:
            clear_layout(inner, keep)
