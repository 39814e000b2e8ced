"""A one-line field where notes are typed for whichever record is shown beside it (an exercise's
conduct log, an action's follow-up notes). A note typed and not yet entered belongs to its
record: kept for it when another record is shown, put back when it is shown again, and asked
about when the window closes (``pending``). Cleared instead, a note half typed was lost to a
click on the next row."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


class TypedDrafts:
    def __init__(self, field: QLineEdit) -> None:
        self.field = field
        self._kept: dict[int, str] = {}  # record id: a note typed for it, not yet entered
        self._current: int | None = None  # the record the field types for now

    def show_record(self, record_id: int | None) -> None:
        """The field now types for ``record_id`` (None: no record shown)."""
        if record_id == self._current:
            return
        if self._current is not None and self.field.text().strip():
            self._kept[self._current] = self.field.text()
        self._current = record_id
        self.field.setText(self._kept.pop(record_id, "") if record_id is not None else "")

    def pending(self) -> dict[int, str]:
        """Notes typed and not entered, by record: those kept, then the one in the field."""
        notes = {key: text for key, text in self._kept.items() if text.strip()}
        if self._current is not None and self.field.text().strip():
            notes[self._current] = self.field.text()
        return notes

    def forget(self, record_id: int) -> None:
        """The record's note was entered: kept no longer, out of the field if typed there."""
        self._kept.pop(record_id, None)
        if record_id == self._current:
            self.field.clear()

    def discard_all(self) -> None:
        self._kept.clear()
        self.field.clear()
