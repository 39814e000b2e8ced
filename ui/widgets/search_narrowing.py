"""A register's search field and how it narrows the list: the list reloads once the typing
pauses (Enter: at once), Ctrl+F goes to the field, ↓ into the list and ↑ back (search_keys),
and the reload knows it is the user's narrowing (a chosen record left out then leaves nothing
chosen, rather than the one in its place). Every ListPage and Åtgärder, whose own paged list
is no ListPage, share it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from ui.widgets.search_field import SearchField
from ui.widgets.search_keys import arrows_between

SEARCH_DELAY_MS = 200


class SearchNarrowing:
    """The field (``field``) of ``owner``'s search, which calls ``reload`` to narrow the list
    ``delay_ms`` after the last key; ``parent``: the field's widget, when not ``owner``."""

    def __init__(
        self,
        owner: QWidget,
        placeholder: str,
        reload: Callable[[], object],
        delay_ms: int = SEARCH_DELAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        self._reload = reload
        self.narrowing = False  # (see ``narrow``)
        self.field = SearchField(placeholder, parent or owner)
        self.pause = QTimer(owner)
        self.pause.setSingleShot(True)
        self.pause.setInterval(delay_ms)
        self.pause.timeout.connect(self.narrow)
        self.field.textChanged.connect(lambda _text: self.pause.start())
        self.field.returnPressed.connect(self.narrow)  # Enter: search now, no pause
        find = QAction(owner)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus)
        owner.addAction(find)

    def leads_into(self, table: QTableView) -> None:
        """↓ in the field chooses ``table``'s first match (a search still pausing narrowed
        first), ↑ on its first row comes back."""
        arrows_between(self.field, table, self.pause, self.narrow)

    def narrow(self) -> None:
        """Reload for the search or a filter the user changed: while it runs ``narrowing`` is
        true, and a chosen record left out leaves nothing chosen (after a change, a record gone
        from under the choice is followed by the one in its place)."""
        self.narrowing = True
        try:
            self._reload()
        finally:
            self.narrowing = False

    def settled(self) -> None:
        """A reload is under way: the pause's own would come after it, for nothing."""
        self.pause.stop()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()
