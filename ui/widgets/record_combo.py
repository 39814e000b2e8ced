"""A picker of records (people, organisations, groups, places) by part of a name typed, with the
popup of the names it matches (ui.widgets.name_popup)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QSizePolicy,
    QWidget,
)

from samverkan_desktop.composed_text import composed
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _
from ui import key_guide
from ui.widgets.name_match import NameIndex
from ui.widgets.name_popup import NameCompleter

MAX_NAMED_MATCHES = 5  # a message names at most so many of the records typed text matches
SEVERAL_MATCH = N_("Several match “{text}”: {names} – pick one from the list.")


class RecordCombo(QComboBox):
    """Pick a record (id, text) by typing part of its name; optionally none.

    Editable (default): typing filters a popup of matching items; the typed text counts when it
    equals an item or when it matches exactly one (``name_match``: by a word's start, "berg"
    picks "Anna Berglund" if she is the only one; inside a word only when no word starts so).
    While part of a name stands for one record, ``note_changed`` says whom ("→ Jonas Ekdahl —
    …"; "" otherwise): the form row shows it under the field (``row_note``).

    What will be saved is what the field reads: leaving the field (Tab, a click elsewhere)
    completes part of a name to the whole name it stands for ("Jonas Ek" becomes "Jonas
    Ekdahl — …"), and so does Enter, which then does not save: a second Enter does. Undo
    (Ctrl+Z) or Esc in the field brings back the text typed (``typed_text`` keeps it for a
    "New …" button). An empty field means none; ``empty_text`` is shown greyed in it, so typing
    starts on an empty line. Not editable: a plain drop-down with ``empty_text`` as its first
    item, e.g. a list filter with "All ..." first.
    """

    note_changed = Signal(str)
    items_changed = Signal()  # other items, or their texts: matched anew

    def __init__(
        self,
        empty_text: str | None = None,
        parent: QWidget | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._note = ""
        self._completed_from: str | None = None  # the text typed that the field completed
        # Matched once per text, not by each of the value, the popup and the note (5,000
        # contacts); forgotten when the items change.
        self._texts: list[str] | None = None
        self._names: NameIndex | None = None
        self._matches: tuple[str, list[int]] | None = None
        self._typed: tuple[str, tuple[int, bool]] | None = None
        self.setEditable(editable)
        # The chosen record's whole name on hover: a long one is cut in a narrow form column
        # ("Krisledningsplan Östermalms stadsdelsförva…").
        self.currentIndexChanged.connect(
            lambda i: self.setToolTip(self.itemText(i) if self.itemData(i) is not None else "")
        )
        model = self.model()
        for changed in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
        ):
            changed.connect(self._forget_matches)
        if editable:
            # A picker fills its form row: the names are long ("Anna Berglund — Kommunpolis, …").
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line_edit = self.lineEdit()
            assert line_edit is not None  # an editable box has one
            if empty_text:
                line_edit.setPlaceholderText(empty_text)
            line_edit.textEdited.connect(self._typed_on)
            completer = NameCompleter(self)
            self.setCompleter(completer)
            # A name picked from the popup read from its end ("…samordnare, Östermalms
            # stadsdelsförvaltning"), the name itself out of sight: Qt leaves the cursor there.
            # After the line edit has taken the text (it connects to the popup anew at each
            # focus-in, so its slot runs after any connected here).
            completer.activated.connect(lambda *_args: QTimer.singleShot(0, self, self._show_start))
            self.currentTextChanged.connect(lambda _text: self._show_note())
            application = QApplication.instance()
            assert isinstance(application, QApplication)
            application.focusChanged.connect(self._focus_moved)

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._empty_text is not None and not self.isEditable():
            self.addItem(self._empty_text, None)
        for record_id, text in items:
            self.addItem(text, record_id)
        self.set_value(current)
        self.blockSignals(False)
        self._show_note()  # the same text may name someone else among other items

    def value(self) -> Any:
        if not self.isEditable():
            return self.currentData()
        index, _whole = self._typed_item()
        return self.itemData(index) if index >= 0 else None

    def _typed_item(self) -> tuple[int, bool]:
        """The item the typed text names (-1 for none) and whether it is that item's whole
        text: the item it equals, else the only one it matches."""
        # Composed like the items (stored names): a pasted "A" + ring still finds "Åsa".
        text = composed(self.currentText().strip())
        if self._typed is not None and self._typed[0] == text:
            return self._typed[1]
        found = (-1, False)
        if text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                found = (index, True)
            else:
                matches = self.matches(text)
                found = ((matches[0] if len(matches) == 1 else -1), False)
        self._typed = (text, found)
        return found

    def matches(self, text: str) -> list[int]:
        """The rows of the items ``text`` matches (``name_match``), in their order."""
        if self._matches is not None and self._matches[0] == text:
            return self._matches[1]
        if self._names is None:
            self._names = NameIndex(self.item_texts())
        found = self._names.matching(text)
        self._matches = (text, found)
        return found

    def item_texts(self) -> list[str]:
        """The items' texts, in their order (read from the items once until they change)."""
        if self._texts is None:
            self._texts = [self.itemText(i) for i in range(self.count())]
        return self._texts

    def _forget_matches(self) -> None:
        self._texts = None
        self._names = self._matches = self._typed = None
        self.items_changed.emit()

    def resolved_text(self) -> str:
        """The whole text of the item that part of it typed stands for ("sara hol" is "Sara
        Holm — Kommunpolis, Polisen"); "" when the field holds an item's whole text, or names
        none or several."""
        if not self.isEditable():
            return ""
        index, whole = self._typed_item()
        return self.itemText(index) if index >= 0 and not whole else ""

    def says_notes(self) -> bool:
        """Whether the field says whom part of a name stands for (a drop-down has no typing)."""
        return self.isEditable()

    def note(self) -> str:
        """What the field says under itself: "→" and whom part of a name stands for, or ""."""
        return self._note

    def _show_note(self) -> None:
        # A whole new name typed ("Jonas Ek") would be taken for the one it starts ("Jonas
        # Ekdahl"): the note says whom the form takes while the typing is still shown.
        resolved = self.resolved_text()
        # Not while the popup is open: it offers that one name itself, right under the field,
        # and the line under it said it a second time ("Sofia" in the lending form). Closed
        # (Esc, a click elsewhere) with the name still part-typed, the line says it again.
        note = f"→ {resolved}" if resolved and not self._popup_open() else ""
        if note != self._note:
            self._note = note
            self.note_changed.emit(note)

    def _popup_open(self) -> bool:
        completer = self.completer()
        return isinstance(completer, NameCompleter) and completer.popup_open()

    def popup_shown_or_hidden(self) -> None:
        """The popup opened or closed: the line under the field says whom, or no longer."""
        self._show_note()

    # Completing what was typed to the whole name it stands for

    def complete_typed(self) -> bool:
        """Show the whole name of the record that part of it typed stands for; whether the
        field changed (not when it names none or several, or holds a whole name)."""
        if not self.resolved_text():
            return False
        typed = self.currentText()
        index, _whole = self._typed_item()
        self.setCurrentIndex(index)
        if self.currentText() != self.itemText(index):  # the same index: Qt kept the text
            self.setEditText(self.itemText(index))
        self._completed_from = typed
        self._show_start()
        return True

    def take_back_completion(self) -> bool:
        """The text typed back in place of the name the field completed it to; whether there
        was one to take back."""
        typed, self._completed_from = self._completed_from, None
        if typed is None:
            return False
        self.setEditText(typed)
        return True

    def typed_text(self) -> str:
        """What the user typed: the part of a name the field completed, or the text shown."""
        typed = self._completed_from
        return (typed if typed is not None else self.currentText()).strip()

    def _typed_on(self) -> None:
        self._completed_from = None  # typing again: what is shown is what was typed

    def _show_start(self) -> None:
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setCursorPosition(0)  # the start of a long name, not its end

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.isEditable():
            if key_guide.PICKER_COMPLETE.matches(event) and self.complete_typed():
                return  # the form saves on the next Enter, with the name shown
            if key_guide.PICKER_TAKE_BACK.matches(event) and self.take_back_completion():
                return
        super().keyPressEvent(event)

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        """Leaving the field for another in its window completes it (not for its popup or
        another window: a "New person…" form opened by its key). Told by the application,
        not by a focus-out event: a field whose popup is open gets none."""
        left = old is self or (old is not None and old is self.lineEdit())
        if left and now is not None and now.window() is self.window() and self.complete_typed():
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None:
                popup.hide()  # it offered names for the text typed

    def typed_but_unknown(self) -> bool:
        """Text was typed that names no item (or several): say so rather than guess."""
        return bool(self.currentText().strip()) and self.value() is None

    def check_known(self, unknown: str, field: str, several: str | None = None) -> None:
        """Refuse typed text that names no single item, beside ``field``: ``unknown`` when it
        names none; when it is in several, ``several`` (its ``{text}`` what was typed, its
        ``{names}`` the first of them) names who matches, so the user sees whom to pick
        ("Anna" alone said only that no single person matched)."""
        if not self.typed_but_unknown():
            return
        text = self.currentText().strip()
        # The names alone: a person's item goes on with title and organisation after " — ".
        matches = [self.itemText(i).split(" — ")[0] for i in self.matches(composed(text))]
        if len(matches) < 2:
            raise ValidationError(unknown, field=field)
        names = ", ".join(matches[:MAX_NAMED_MATCHES])
        if len(matches) > MAX_NAMED_MATCHES:
            names += ", …"
        message = _(several or SEVERAL_MATCH)
        raise ValidationError(message.format(text=text, names=names), field=field)

    def set_value(self, record_id: Any) -> None:
        """Show a record; None (or an unknown id) empties an editable field that offers
        ``empty_text``, and otherwise shows the first item."""
        self._completed_from = None
        index = self.findData(record_id) if record_id is not None else -1
        if index < 0 and self.isEditable() and self._empty_text is not None:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            self.setCurrentIndex(max(index, 0))
        self._show_start()
