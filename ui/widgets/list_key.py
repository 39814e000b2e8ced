"""A key that a list acts on itself while it has the focus, before the window's shortcut of the
same key: Delete in a list of a chosen record's parts (a group's members, a session's
attendees) removes the part chosen there, not the whole record the page's Delete is for.

Qt first asks the focused widget (ShortcutOverride) whether it wants the key: the filter below
answers yes, so the key reaches the list as a key press and the window's shortcut stays still."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ui import key_guide


class _ListKey(QObject):
    def __init__(
        self,
        owner: QWidget,
        keys: key_guide.Keys,
        slot: Callable[[], object],
        wanted: Callable[[], bool],
    ) -> None:
        super().__init__(owner)
        self._keys = keys
        self._slot = slot
        self._wanted = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        keys: key_guide.Keys = self._keys  # declared in the guide: Hjälp → Kortkommandon lists it
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and keys.matches(event)
            and self._wanted()
        ):
            event.accept()  # the list's key, not the window's shortcut
            if event.type() == QEvent.Type.KeyPress:
                self._slot()
            return True
        return False


def own_key(
    owner: QWidget,
    keys: key_guide.Keys,
    slot: Callable[[], object],
    wanted: Callable[[], bool] = lambda: True,
) -> None:
    """``keys`` pressed in ``owner`` call ``slot`` while ``wanted()`` (always, by default: with
    nothing chosen in the list the key does nothing rather than reach the whole record)."""
    owner.installEventFilter(_ListKey(owner, keys, slot, wanted))
