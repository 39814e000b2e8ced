"""Organisations listed in a form, one line each: the organisation (typed with completion over
the contacts' organisations, or picked) beside a short text of its own, and a button removing
the line. The agreement's parties (with their case numbers) and a group's participating
organisations (with a note such as "vid behov") are such lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from ui.widgets.record_combo import RecordCombo


@dataclass(frozen=True)
class LineTexts:
    """What a list's lines say: the list's field (for its refusals), the add button's text,
    the text field's placeholder and a sample of its longest text (its width), the remove
    button's tooltip."""

    field: str
    add: str
    note_placeholder: str
    note_sample: str
    remove_tip: str


class OrganisationLine(QWidget):
    """One organisation, its text (a case number, a note) and a button removing the line."""

    def __init__(
        self, choices: list[tuple[int, str]], texts: LineTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.organisation = RecordCombo(_("Organisation"), self)
        self.organisation.set_items(choices)
        self.organisation.set_value(None)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(texts.note_placeholder)
        self.note.setFixedWidth(self.fontMetrics().horizontalAdvance(texts.note_sample) + 24)
        # A small ✕ leaves the organisation's name the room (a form's column is narrow).
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(texts.remove_tip)
        self.remove_button.setAccessibleName(_("Remove"))
        layout.addWidget(self.organisation, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.remove_button)

    def entry(self) -> tuple[str, str]:
        return self.organisation.currentText().strip(), self.note.text().strip()


class OrganisationLines(QWidget):
    """The lines, and a button adding another. ``note_changed`` relays what a line's field
    says of the part of a name typed in it, for the form row's note line (``row_note``)."""

    note_changed = Signal(str)
    changed = Signal()  # a line added or removed, or its organisation chosen

    def __init__(
        self, choices: list[tuple[int, str]], texts: LineTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.texts = texts
        self.lines: list[OrganisationLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        layout.addLayout(self.rows)
        self.add_button = QPushButton(texts.add, self)
        self.add_button.clicked.connect(
            lambda _checked=False: self.add_line().organisation.setFocus()
        )
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

    def add_line(
        self, organisation_id: int | None = None, note: str | None = None
    ) -> OrganisationLine:
        line = OrganisationLine(self.choices, self.texts, self)
        line.organisation.set_value(organisation_id)
        line.note.setText(note or "")
        line.note.setCursorPosition(0)
        line.remove_button.clicked.connect(lambda _checked=False, gone=line: self.remove_line(gone))
        line.organisation.currentIndexChanged.connect(lambda _index: self.changed.emit())
        line.organisation.note_changed.connect(self.note_changed)
        self.lines.append(line)
        self.rows.addWidget(line)
        self.changed.emit()
        return line

    def remove_line(self, line: OrganisationLine) -> None:
        self.lines.remove(line)
        self.rows.removeWidget(line)
        if line.organisation.note():
            self.note_changed.emit("")  # it spoke of the line gone
        line.deleteLater()
        self.add_button.setFocus()
        self.changed.emit()

    # The lines, for loading another desk's change (form_reload.Compound): their number
    # differs after loading, so they are given and put back whole.
    def form_values(self) -> tuple[object, ...]:
        return tuple(
            (line.organisation.value(), line.organisation.currentText(), line.note.text())
            for line in self.lines
        )

    def put_form_values(self, values: tuple[object, ...]) -> None:
        self.set_lines([])
        for value in values:
            assert isinstance(value, tuple)
            organisation_id, typed, note = value
            line = self.add_line(organisation_id, note)
            if organisation_id is None and typed:  # a name typed that is nobody's yet
                line.organisation.setEditText(typed)

    def form_text(self) -> str:
        return "; ".join(" ".join(part for part in entry if part) for entry in self.entries())

    def set_lines(self, lines: Sequence[tuple[int | None, str | None]]) -> None:
        """The lines anew: (organisation id, text) each."""
        for line in list(self.lines):
            self.lines.remove(line)
            self.rows.removeWidget(line)
            line.hide()  # gone from the form's inputs now, not at the next event loop
            line.setParent(None)
            line.deleteLater()
        for organisation_id, note in lines:
            self.add_line(organisation_id, note)
        self.changed.emit()

    def entries(self) -> list[tuple[str, str]]:
        return [line.entry() for line in self.lines if any(line.entry())]

    def chosen(self) -> tuple[tuple[int, str | None], ...]:
        """(organisation id, text) of the lines; a line naming no single organisation is
        refused naming what was typed."""
        chosen: list[tuple[int, str | None]] = []
        for line in self.lines:
            text, note = line.entry()
            if not text and not note:
                continue  # an empty line added and not used
            organisation_id = line.organisation.value()
            if organisation_id is None:
                raise ValidationError(
                    _(
                        "No single organisation in the contacts matches “{text}”. "
                        "Pick one from the list, or add it in Kontakter first."
                    ).format(text=text),
                    field=self.texts.field,
                )
            chosen.append((organisation_id, note or None))
        return tuple(chosen)
