"""Greying a control the core would refuse, with the refusal as its tooltip (Qt shows a disabled
widget's tooltip, and a menu's entry's where the menu shows tooltips): offered and then refused,
it read as a fault. Its key then says the reason and does nothing else (``press``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.widgets.dialogs import show_error

OWN_TOOLTIP = "ownToolTip"  # the widget's tooltip before it was first greyed

# A button, or a menu's entry: both greyed and told alike.
Control = QWidget | QAction


def _own_tooltip(control: Control) -> str:
    # A menu entry without a tooltip reads its text as one: given back, that text became its
    # tooltip, shown on hover beside the entry saying the same ("Utvärderingsrapport\tCtrl+…").
    if isinstance(control, QAction) and control.toolTip() == QAction(control.text()).toolTip():
        return ""
    return control.toolTip()


def grey_for(controls: Iterable[Control], reason: str | None) -> None:
    """Each control greyed with ``reason`` as its tooltip; without one its own tooltip is back
    (enabling stays the caller's). The own tooltip is kept only while greyed: one set after
    (a key named in it once the editor's actions are bound) is not overwritten by a stale one."""
    for control in controls:
        own = control.property(OWN_TOOLTIP)
        if reason:
            if own is None:
                control.setProperty(OWN_TOOLTIP, _own_tooltip(control))
            control.setToolTip(reason)
            control.setEnabled(False)
        elif own is not None:
            control.setToolTip(str(own))
            control.setProperty(OWN_TOOLTIP, None)


def greyed_reason(control: Control) -> str | None:
    """Why ``control`` is greyed, when ``grey_for`` gave it a reason; None otherwise (enabled, or
    greyed for want of a choice, where there is nothing to say)."""
    if control.isEnabled() or control.property(OWN_TOOLTIP) is None:
        return None
    return control.toolTip()


def press(control: Control, slot: Callable[[], Any], parent: QWidget) -> None:
    """``control``'s key: its ``slot`` while the control is offered; greyed, its reason shown
    over ``parent`` and nothing else (the key opened a form, or built a printout, only for the
    core to refuse)."""
    if control.isEnabled():
        slot()
    elif (reason := greyed_reason(control)) is not None:
        show_error(parent, reason)


def key_says_why(action: QAction, parent: QWidget) -> QAction:
    """``action``'s keys while it is greyed: Qt runs no key of a disabled action, so Ctrl+P with
    nothing chosen did nothing at all; an action beside it, on ``parent``, takes them then and
    says the reason (``press``). It listens only while ``action`` is greyed (a key bound twice
    runs neither) and has no text (Hjälp → Kortkommandon lists ``action`` once)."""
    teller = QAction(parent)
    teller.setShortcuts(action.shortcuts())
    teller.setShortcutContext(action.shortcutContext())
    teller.triggered.connect(lambda _checked=False: press(action, action.trigger, parent))
    parent.addAction(teller)

    def follow() -> None:
        teller.setEnabled(not action.isEnabled())

    action.changed.connect(follow)
    follow()
    return teller
