"""Greying a control the core would refuse, with the refusal as its tooltip (Qt shows a disabled
widget's tooltip): offered and then refused, it read as a fault."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

OWN_TOOLTIP = "ownToolTip"  # the widget's tooltip before it was first greyed


def grey_for(widgets: Iterable[QWidget], reason: str | None) -> None:
    """Each widget greyed with ``reason`` as its tooltip; without one its own tooltip is back
    (enabling stays the caller's)."""
    for widget in widgets:
        own = widget.property(OWN_TOOLTIP)
        if own is None:
            own = widget.toolTip()
            widget.setProperty(OWN_TOOLTIP, own)
        widget.setToolTip(reason or str(own))
        if reason:
            widget.setEnabled(False)
