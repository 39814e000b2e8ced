"""Whether a text has room and what it says: a line edit's and a combo box's room for their text,
a form's label beside a field, a one-line label's text uncut, a label's wrapped lines, a text
without its no-break spaces."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from ui.widgets.form_dialog import FormDialog


def line_edit_text_room(edit: QLineEdit) -> int:
    """The width a line edit gives its text (and placeholder): its contents less the style's
    margins and the clear button's place, kept for it while the field is empty too."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    contents = contents.marginsRemoved(edit.textMargins())
    right = min((b.x() for b in edit.findChildren(QToolButton)), default=contents.right())
    return min(right, contents.right()) - contents.left() - 4  # Qt's 2 px either side


def field_label(dialog: FormDialog, field: QWidget) -> str:
    """The label a form shows beside ``field`` (its row's box holds the field and its error)."""
    row = field.parentWidget()
    assert row is not None
    label = dialog.form.labelForField(row)
    assert isinstance(label, QLabel), label
    return label.text()


def combo_text_whole(combo: QComboBox) -> bool:
    """Whether a combo's current text has room in its field (beside the arrow), uncut."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def line_whole(label: QLabel) -> bool:
    """Whether a one-line label's text (a form's line under a field, cut with "…" where it has
    no room) has room whole in it: as wide and as high as its text."""
    room = label.contentsRect()
    metrics = label.fontMetrics()
    wide = room.width() >= metrics.horizontalAdvance(label.text())
    return wide and room.height() >= metrics.height()


def plain(text: str) -> str:
    """``text`` with its no-break spaces as plain ones (a title's parts, "kl. 18.30" kept whole)
    and without word joiners ("09.00–10.30" kept whole): for a test about what a text says,
    not where it may wrap."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def wrapped_lines(label: QLabel) -> list[str]:
    """A word-wrapped label's text as its width breaks it into lines (and its "\n" as the label
    does), each as ``plain`` gives it (a line ending in "(v." tells a week torn from its
    number)."""
    from tests.ui.cell_room import wrapped_lines as text_lines

    room = label.contentsRect().width()
    return [
        plain(line)
        for paragraph in label.text().split("\n")
        for line in text_lines(paragraph, label.font(), room)
    ]
