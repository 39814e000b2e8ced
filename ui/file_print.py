"""Arkiv → Skriv ut…: the shown area's main printout, as its own "Skriv ut ▾" offers it (the
entry its Ctrl+P prints where it has that key), so a user who looks for printing in the menu
bar finds it. Greyed, saying why, where the area has nothing to print from there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.area import Area


class FilePrintEntry:
    """The entry in ``menu``; ``shown``: the area in view and its title as the sidebar has it."""

    def __init__(self, menu: QMenu, parent: QWidget, shown: Callable[[], tuple[Area, str]]) -> None:
        self._shown = shown
        self.action = QAction(_("&Print…"), parent)
        self.action.triggered.connect(lambda _checked=False: self.print_shown())
        menu.addAction(self.action)
        menu.setToolTipsVisible(True)  # the reason a greyed entry gives
        menu.aboutToShow.connect(self.update)

    def update(self) -> None:
        """Greyed or not, its tooltip and key for the area in view. The key is the area's own
        (its Ctrl+P, shown after a tab: Qt writes it at the menu's right edge) and is not bound
        here: bound twice, Qt would run neither."""
        area, title = self._shown()
        printout = area.main_printout()
        text = _("&Print…")
        if printout is None:
            self.action.setEnabled(False)
            hint = area.main_printout_hint()
            self.action.setToolTip(hint or _("{area} has nothing to print.").format(area=title))
        elif not printout.isEnabled():
            self.action.setEnabled(False)
            self.action.setToolTip(area.main_printout_hint())
        else:
            self.action.setEnabled(True)
            # An entry may name its key after a tab itself (an exercise's report: the key is
            # bound on the view, show_key_at_line_end): the key beside, not in the tooltip.
            label, _tab, named_key = printout.text().partition("\t")
            self.action.setToolTip(label.replace("&", "") or printout.toolTip())
            key = printout.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key and _listening(printout):
                text += "\t" + key
            elif named_key:
                text += "\t" + named_key
        self.action.setText(text)

    def print_shown(self) -> None:
        printout = self._shown()[0].main_printout()
        if printout is not None and printout.isEnabled():
            printout.trigger()


def _listening(action: QAction) -> bool:
    """Whether the action's key acts now: a widget it is on is shown (in Kalender's meeting
    editor the calendar's button is hidden, and Ctrl+P prints the agenda)."""
    return any(
        isinstance(widget, QWidget) and widget.isVisible() for widget in action.associatedObjects()
    )
