"""Ny person at 1024 × 768 in the program's own style: no empty line between "Organisation" and
"Avdelning" while the organisation's note says nothing (its room showed as a gap there). The room
is kept at the form's foot instead, so when part of a name is typed and the note says whom it
stands for, the note shows whole under the field and the dialog keeps its height and its
buttons their place (a button that moved as the note came was clicked beside)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import cancel_typed
from tests.ui.clicks import close_names, line_edit, type_text
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot
from ui.contacts.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.widgets.row_note import RowNote


def _gap(dialog: QWidget, upper: QWidget, lower: QWidget) -> int:
    """Pixels between the bottom of ``upper`` and the top of ``lower``, as drawn."""
    bottom = upper.mapTo(dialog, QPoint(0, upper.height())).y()
    return lower.mapTo(dialog, QPoint(0, 0)).y() - bottom


def test_the_organisations_note_keeps_its_room_at_the_forms_foot(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        dialog = PersonDialog(window.ctx, parent=window)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        keep_shot(dialog, "person-note-silent")
        organisation = dialog.organisation_combo
        seen["between rows"] = _gap(dialog, dialog.name_edit, dialog.title_edit)
        seen["under organisation"] = _gap(dialog, organisation, dialog.department_edit)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

        def where() -> tuple[QPoint, int]:
            QApplication.processEvents()
            return ok.mapToGlobal(QPoint(0, 0)), dialog.height()

        before = where()
        field = line_edit(organisation)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        type_text(qtbot, field, "trafik")
        close_names(qtbot, organisation)
        qtbot.wait(50)
        keep_shot(dialog, "person-note-says")
        note = dialog.findChild(RowNote)
        assert note is not None
        seen["note"] = note.text()
        seen["note whole"] = note.height() >= note.fontMetrics().lineSpacing()
        seen["moved"] = where() != before
        seen["note fits"] = _gap(dialog, organisation, dialog.department_edit) >= note.height()
        cancel_typed(qtbot, dialog)
        dialog.deleteLater()

    look_at_demo((1024, 768), look)
    assert abs(seen["under organisation"] - seen["between rows"]) <= 3, seen  # type: ignore[operator]
    assert seen["note"] == "→ Trafikkontoret", seen
    assert seen["note whole"] is True
    assert seen["note fits"] is True
    assert seen["moved"] is False
