"""Greying a control the core would refuse, with the refusal as its tooltip (Qt shows a disabled
widget's tooltip): offered and then refused, it read as a fault."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

OWN_TOOLTIP = "ownToolTip"  # the widget's tooltip before it was first greyed


def grey_for(widgets: Iterable[QWidget], reason: str | None) -> None:
    """Each widget greyed with ``reason`` as its tooltip; without one its own tooltip is back
    (enabling stays the caller's). The own tooltip is kept only while greyed: one set after
    (a key named in it once the editor's actions are bound) is not overwritten by a stale one."""
    for widget in widgets:
        own = widget.property(OWN_TOOLTIP)
        if reason:
            if own is None:
                widget.setProperty(OWN_TOOLTIP, widget.toolTip())
            widget.setToolTip(reason)
            widget.setEnabled(False)
        elif own is not None:
            widget.setToolTip(str(own))
            widget.setProperty(OWN_TOOLTIP, None)


def greyed_reason(widget: QWidget) -> str | None:
    """Why ``widget`` is greyed, when ``grey_for`` gave it a reason; None otherwise (enabled, or
    greyed for want of a choice, where there is nothing to say)."""
    if widget.isEnabled() or widget.property(OWN_TOOLTIP) is None:
        return None
    return widget.toolTip()
