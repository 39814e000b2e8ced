"""A tool bar a keyboard user reaches: Qt's tool bar buttons take no focus, so Tab passed over
them and "Ny plats…", "Checklistmallar…" or "Importera från Excel…" (no keys of their own) were
out of reach but through a list's context menu.

As tool bars are in other desktop programs (and in the WAI-ARIA tool bar pattern), the tool bar
is one stop in the Tab order, where it is drawn: above a register, just before its search and
filters (ui.widgets.list_column); in the PDF preview, before the pages. Tab lands on the button chosen last (else the first), the arrow keys
go from button to button, Home and End to the first and the last, Space or Enter presses the
button (opens its menu), and Tab goes on past the tool bar. A disabled button is passed over;
the buttons that do not fit are reached through the » button at the end, which opens them.
The keys are in Hjälp → Kortkommandon (``key_guide``, "In tool bars")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from ui import key_guide

EXTENSION = "qt_toolbar_ext_button"  # Qt's name for the » button of a tool bar too narrow
MOST_STEPS = 500  # the widgets looked at along the focus chain (a window's are fewer)


class ToolbarKeys(QObject):
    """Makes ``toolbar`` reachable by keys (see the module); lives as long as it."""

    def __init__(self, toolbar: QToolBar, before: QWidget) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.before = before
        self._chosen: QToolButton | None = None  # the button Tab comes back to
        self._linked: list[QToolButton] = []  # the buttons in Tab order, as last linked
        self._event_filtered: set[QToolButton] = set()
        # Qt makes a button only after the action is added (and updates it after the action
        # changes): the stop is set once those events are handled.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toolbar.installEventFilter(self)
        self.refresh()

    def buttons(self) -> list[QToolButton]:
        """The tool bar's buttons in their order, the » button last (shown or not)."""
        found: list[QToolButton] = []
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if isinstance(widget, QToolButton):
                found.append(widget)
        extension = self.toolbar.findChild(QToolButton, EXTENSION)
        if extension is not None:
            found.append(extension)
        return found

    def reachable(self) -> list[QToolButton]:
        """The buttons the keys go to: shown (not behind the » button) and enabled."""
        return [b for b in self.buttons() if b.isVisibleTo(self.toolbar) and b.isEnabled()]

    def refresh(self) -> None:
        """Link the buttons into the Tab order just before ``before`` and make the chosen one
        (else the first reachable) their one stop."""
        buttons = self.buttons()
        if buttons != self._linked or not self._in_place():
            self._link(buttons)
        reachable = self.reachable()
        stop = self._chosen if self._chosen in reachable else None
        if stop is None and reachable:
            stop = reachable[0]
        for button in buttons:
            policy = Qt.FocusPolicy.TabFocus if button is stop else Qt.FocusPolicy.NoFocus
            button.setFocusPolicy(policy)

    def _in_place(self) -> bool:
        """Whether Tab goes from the linked buttons straight on to ``before`` (a page put in
        its window after they were linked may have been placed elsewhere)."""
        if not self._linked:
            return False
        after: QWidget | None = self._linked[-1].nextInFocusChain()
        for _step in range(MOST_STEPS):
            if after is None or after is self.before:
                return after is not None
            if after in self._linked or after.focusPolicy() == Qt.FocusPolicy.NoFocus:
                after = after.nextInFocusChain()
            else:
                return False
        return False

    def _stop_before(self) -> QWidget | None:
        """The last widget before ``before`` that takes the focus (our buttons left aside), or
        None when none does yet: a register's search comes first on its own page, and finds
        one before it (the area's tabs, the sidebar) once the page is in its window."""
        previous: QWidget = self.before
        for _step in range(MOST_STEPS):
            before = previous.previousInFocusChain()
            if before is None or before is self.before:
                return None
            previous = before
            if previous in self._linked:
                continue
            if previous.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return previous
        return None

    def _link(self, buttons: list[QToolButton]) -> None:
        """``buttons`` in Tab order after the last stop before ``before`` (Qt links only
        widgets that take the focus: each takes it while linked); left for later (the next
        ``refresh``) while there is no such stop."""
        previous = self._stop_before()
        if previous is None:
            self._linked = []
            return
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            QWidget.setTabOrder(previous, button)
            previous = button
            if button not in self._event_filtered:
                button.installEventFilter(self)
                self._event_filtered.add(button)
        self._linked = buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.toolbar:
            if kind in (
                QEvent.Type.ActionAdded,
                QEvent.Type.ActionChanged,
                QEvent.Type.ActionRemoved,
            ):
                self._later.start()
            elif kind in (
                QEvent.Type.Show,  # the buttons laid out: a Tab right after finds the stop
                QEvent.Type.LayoutRequest,
                QEvent.Type.Resize,  # buttons go behind » or come back
            ):
                self.refresh()
                self._later.start()  # and once the layout has shown or hidden its buttons
            return False
        if not isinstance(watched, QToolButton):
            return False
        if kind == QEvent.Type.FocusIn:
            self._chosen = watched
            self.refresh()
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # The tool bar's keys before a window's shortcut on the same key.
            keys = (key_guide.TOOLBAR_STEP, key_guide.TOOLBAR_ENDS, key_guide.TOOLBAR_PRESS)
            if any(k.matches(event) for k in keys):
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return False

    def _key(self, button: QToolButton, event: QKeyEvent) -> bool:
        reachable = self.reachable()
        step = key_guide.TOOLBAR_STEP.step(event)
        end = key_guide.TOOLBAR_ENDS.which(event)
        target: QToolButton | None = None
        if step and button in reachable:
            target = reachable[(reachable.index(button) + step) % len(reachable)]
        elif end is not None and reachable:
            target = reachable[-1 if end else 0]
        elif key_guide.TOOLBAR_PRESS.matches(event):
            press(button)
            return True
        else:
            return False
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)  # drawn with the focus, as by Tab
        return True


def press(button: QToolButton) -> None:
    """Press ``button`` as a click does: one that pops up a menu ("Skriv ut", the » button)
    opens it."""
    if button.menu() is not None and (
        button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    ):
        button.showMenu()
    else:
        button.click()


def reach_by_keys(toolbar: QToolBar, before: QWidget) -> ToolbarKeys:
    """``toolbar`` reachable by Tab, just before ``before`` (what is drawn under it: a
    register's search, the preview's pages), its buttons by the arrow keys (see the module)."""
    return ToolbarKeys(toolbar, before)
