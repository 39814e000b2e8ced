"""Part of a name typed in a picker: the line under it that says whom it stands for ("→
Vasaparken" for "Vasap" in a walk's Plats) came with a letter typed and pushed every field
below it down a line, so the next click landed in the field above the one aimed at. The line's
room is under the field while it has the focus: typing, the letters it names someone at and
the Esc that closes the list of names leave the fields below where they were."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import close_names, line_edit
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.row_note import RowNote


def _places(qtbot: QtBot, dialog: WalkDialog, fields: tuple[QWidget, ...]) -> list[QPoint]:
    settle(qtbot)
    return [field.mapTo(dialog, QPoint(0, 0)) for field in fields]


def _notes(dialog: QWidget) -> list[str]:
    return [note.text() for note in dialog.findChildren(RowNote) if note.text()]


def test_typing_part_of_a_place_leaves_the_fields_below_in_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    settle(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    below = (dialog.date, dialog.meeting_point, dialog.organiser, ok)
    # Elsewhere first, then a click in Plats, as a user comes back to it.
    qtbot.mouseClick(dialog.meeting_point, Qt.MouseButton.LeftButton)
    field = line_edit(dialog.place)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    before = _places(qtbot, dialog, below)
    for letter in "Vasap":
        qtbot.keyClicks(field, letter)
        assert _places(qtbot, dialog, below) == before, letter
    close_names(qtbot, dialog.place)
    assert _places(qtbot, dialog, below) == before
    keep_shot(dialog, "walk-place-note")
    assert _notes(dialog) == ["→ Vasaparken"]  # said, under the field
    note = next(n for n in dialog.findChildren(RowNote) if n.text())
    assert note.height() >= note.fontMetrics().lineSpacing()  # whole, not squeezed


def test_typing_part_of_a_name_leaves_the_fields_below_in_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The organiser, reached by a click from the place, its name shown replaced: the rows
    below stay as a name is typed, and its line names him."""
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    below = (dialog.residents, dialog.checklist, dialog.purpose)
    field = line_edit(dialog.organiser)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the one shown
    before = _places(qtbot, dialog, below)
    for letter in "jonas ek":
        qtbot.keyClicks(field, letter)
        assert _places(qtbot, dialog, below) == before, letter
    close_names(qtbot, dialog.organiser)
    assert _places(qtbot, dialog, below) == before
    assert [text.split(" — ")[0] for text in _notes(dialog)] == ["→ Jonas Ekdahl"]
