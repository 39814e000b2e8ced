"""A register picker with a "New …" button beside it, for forms that need a record the register
may not hold yet (on the first day, none at all): the record is made in its own form, with what
was typed as its name, and is picked on return; the form it was opened from keeps its typing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import unbroken
from ui import key_guide
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.operations import run_form
from ui.widgets.record_combo import RecordCombo


class RecordPicker(QWidget):
    """``combo`` and a button ``button_text`` that calls ``create(typed name)``: it returns the
    new record's id, or None when nothing was made. ``choices`` lists the register; with none
    ``none_yet`` (its ``{button}`` the button's text) is shown under the field."""

    created = Signal(object)  # the new record's id, already picked

    def __init__(
        self,
        combo: RecordCombo,
        choices: Callable[[], Sequence[tuple[Any, str]]],
        create: Callable[[str], Any],
        button_text: str,
        tooltip: str,
        none_yet: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = combo
        self._choices = choices
        self._create = create
        self._none_yet = none_yet
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        combo.setParent(self)
        layout.addWidget(combo, 1)
        self.button = QPushButton(button_text, self)
        self.button.setAutoDefault(False)
        # Out of the Tab chain (Tab goes from the picker to the next field, as typed forms
        # expect); the key in the picker or a click reaches it.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.button.setToolTip(f"{tooltip} ({key_guide.PICKER_NEW.text()})")
        self.button.clicked.connect(self.create_new)
        # The key clicks the button, as the mouse does: the form row hears of the click and
        # takes away its refusal of the name typed (the key called create_new, and the red
        # "Ingen enskild person … matchar" stayed under the new person, picked).
        key_guide.PICKER_NEW.bind(
            self, self.button.click, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        layout.addWidget(self.button)
        # Under the field, whole (a placeholder would be cut before it names the button).
        # Off for the second and later pickers of one register in a form: the first one's line
        # says it for all (three "Ingen i kontaktregistret ännu" stacked read as noise).
        self.hint_when_empty = True
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.setFocusProxy(combo)
        self.refresh()

    def button_name(self) -> str:
        """The button as the user reads it, for messages that point to it: kept on one line
        (no-break spaces) where the message wraps."""
        return unbroken(self.button.text().replace("&", ""))

    def refresh(self, items: Sequence[tuple[Any, str]] | None = None) -> None:
        """The register again (or ``items``, a part of it), the record shown kept."""
        items = self._choices() if items is None else items
        self.combo.set_items(items)
        says = not items and self.hint_when_empty
        room = self.hint.height() + self._outer.spacing() if self.hint.isVisible() else 0
        self.hint.setText(self._none_yet.format(button=self.button_name()) if says else "")
        self.hint.setVisible(says)
        if room and not says:
            self._give_back(room)

    def _give_back(self, room: int) -> None:
        """The line's ``room`` back from the form once the line goes (the first record made):
        the form kept its height, a gap above its buttons."""
        # The rows re-measured up to the form: Qt kept the picker's row at the line's height
        # (the field centred in it, the rows under it where they were) until a resize.
        widget = self.parentWidget()
        while widget is not None and not widget.isWindow():
            widget.updateGeometry()
            widget = widget.parentWidget()
        window = self.window()
        if isinstance(window, FormDialog):
            window.give_back_room(room)

    def check_known(self, message: str, field: str, several: str | None = None) -> None:
        """Typed text that names no record (or several) is an error, not a guess: ``message``
        says so, its ``{text}`` what was typed and its ``{button}`` the button that adds it, at
        the end and without a full stop after its "…"; ``several`` as for
        ``RecordCombo.check_known``."""
        self.combo.check_known(
            message.format(text=self.combo.currentText().strip(), button=self.button_name()),
            field,
            several,
        )

    def typed_name(self) -> str:
        """What was typed, when it is not a record's whole name: the new record's name. Part
        of a name that stands for someone counts too: "Jonas Ek", shown under the field to be
        taken for Jonas Ekdahl, is the new person the user then adds, also once the field has
        completed it to "Jonas Ekdahl — …" (the click on the button leaves the field)."""
        typed = self.combo.typed_text()
        if typed != self.combo.currentText().strip():
            return typed  # completed from part of a name: what was typed
        whole = self.combo.value() is not None and not self.combo.resolved_text()
        return "" if whole else typed

    def create_new(self) -> None:
        new_id = self._create(self.typed_name())
        if new_id is None:
            self.combo.setFocus()
            return
        self.refresh()
        self.combo.set_value(new_id)
        self.created.emit(new_id)


def new_record(
    dialog: OneTimeDialog, name_edit: QLineEdit, name: str, ctx: AppContext, changes: str
) -> Any:
    """Open a register's "New …" form with ``name`` typed; the id saved, or None."""
    name_edit.setText(name)
    if not run_form(dialog, ctx, changes):
        return None
    return getattr(dialog, "saved_id", None)
