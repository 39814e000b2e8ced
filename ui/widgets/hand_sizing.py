"""A list whose columns the program fits to its width until the user drags one: from then on
the user sizes every column themselves (RecordTable, the Actions' table)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView

from ui.widgets.press_table import PressSelectsTable


class HandSizing(PressSelectsTable):
    """Tells the program's widths from the user's: the program sets its own within
    ``_program_sizing``; a column dragged otherwise sets ``_user_sized``."""

    _sizing = False  # the program is setting widths
    _user_sized = False  # a column dragged by hand keeps its width

    def _hand_sized_header(self) -> QHeaderView:
        """The header, its sections dragged by hand, the last stretching into the rest."""
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.sectionResized.connect(self._note_user_resize)
        return header

    @contextmanager
    def _program_sizing(self) -> Iterator[None]:
        """Widths set in here are the program's, not the user's."""
        self._sizing = True
        try:
            yield
        finally:
            self._sizing = False

    def _stretching_column(self) -> int:
        """The column that stretches into the rest (the last one shown)."""
        raise NotImplementedError

    def _sized_by_user(self, index: int) -> None:
        """After the user dragged the column ``index``: nothing more here."""

    def _note_user_resize(self, index: int, _old: int, _new: int) -> None:
        # (the stretching column follows the viewport: not the user's doing)
        if not self._sizing and index != self._stretching_column() and self.isVisible():
            self._user_sized = True
            self._sized_by_user(index)
