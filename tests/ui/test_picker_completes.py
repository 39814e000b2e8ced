"""A picker says, in its form row's own note line, whom part of a name typed stands for, and the
line keeps its room, so the reception's home-loan dialog does not grow under the mouse. What is
saved is what the field reads: leaving the field (Tab) completes "elsa hol" to Elsa Holmgren's
whole name; Enter completes without saving, and a second Enter saves; Ctrl+Z or Esc brings the
typing back, and "New person…" still starts from what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitKind
from samverkan_desktop.services.alarm_loans import LendResult
from samverkan_desktop.services.alarms import list_units
from tests.ui.clicks import close_names, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.windows import wait_exposed
from ui.alarms.lend_dialog import HomeLoanDialog, LendDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.row_note import RowNote

ELSA = "Elsa Holmgren — Socialtjänsten, vuxenenheten"


def _shown(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _home_loan(qtbot: QtBot, ctx: AppContext, lent: list[int | None]) -> HomeLoanDialog:
    """The reception's home-loan dialog; what it lends is the approver's id in ``lent``."""

    def lend(_due: dt.datetime | None, approver_id: int | None) -> LendResult:
        lent.append(approver_id)
        when = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
        return LendResult(
            0, 0, "LARM-12", 0, "Lena Persson", UnitKind.HOME_LOAN, when, when, None, None
        )

    dialog = HomeLoanDialog(ctx, "Hemlån av LARM-12", lend)
    _shown(qtbot, dialog)
    combo = dialog.rows.approver_combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    return dialog


def _note(combo: RecordCombo) -> RowNote:
    """The note line of the form row the field is in, checked to be under the field."""
    row = combo.parentWidget()
    while row is not None and not row.findChildren(RowNote):
        row = row.parentWidget()
    assert row is not None, "no note line in the field's row"
    (note,) = row.findChildren(RowNote)
    assert note.isVisible()
    field_bottom = combo.mapTo(row, combo.rect().bottomLeft()).y()
    assert field_bottom < note.mapTo(row, QPoint(0, 0)).y() < field_bottom + combo.height()
    return note


def _retyped(qtbot: QtBot, combo: RecordCombo, text: str) -> None:
    line_edit(combo).clear()
    type_text(qtbot, combo, text)


def _elsa(combo: RecordCombo) -> int:
    return int(combo.itemData(combo.findText(ELSA)))


def test_the_note_line_of_the_row_says_whom_part_of_a_name_stands_for(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = _home_loan(qtbot, demo_ctx, [])
    combo = dialog.rows.approver_combo
    seen = {}
    for typed in ("elsa hol", "a", "Zlatan", ELSA, "Elsa"):  # one, several, none, whole, one
        _retyped(qtbot, combo, typed)
        close_names(qtbot, combo)
        seen[typed] = _note(combo).text()
    assert seen == {"elsa hol": f"→ {ELSA}", "a": "", "Zlatan": "", ELSA: "", "Elsa": f"→ {ELSA}"}


def test_the_lend_button_stays_where_it_is_while_the_note_comes_and_goes(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = _home_loan(qtbot, demo_ctx, [])
    combo = dialog.rows.approver_combo
    lend = next(b for b in dialog.buttons.buttons() if b.text().replace("&", "") == "Låna ut")

    def where() -> tuple[QPoint, int]:
        QApplication.processEvents()
        return lend.mapToGlobal(QPoint(0, 0)), dialog.height()

    places = [where()]
    type_text(qtbot, combo, "elsa hol")
    close_names(qtbot, combo)
    assert _note(combo).text() == f"→ {ELSA}"
    places.append(where())
    _retyped(qtbot, combo, "zz")
    assert _note(combo).text() == ""
    places.append(where())
    _retyped(qtbot, combo, "elsa hol")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # completed: the note goes
    assert _note(combo).text() == ""
    places.append(where())
    assert places == [places[0]] * 4


def test_tab_shows_the_whole_name_and_undo_or_esc_brings_the_typing_back(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    lent: list[int | None] = []
    dialog = _home_loan(qtbot, demo_ctx, lent)
    combo = dialog.rows.approver_combo
    type_text(qtbot, combo, "elsa hol")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert not combo.hasFocus()
    assert combo.currentText() == ELSA and _note(combo).text() == ""
    assert line_edit(combo).cursorPosition() == 0  # the start of the name shown

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert combo.currentText() == "elsa hol" and _note(combo).text() == f"→ {ELSA}"

    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # completed again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(combo, Qt.Key.Key_Escape)  # the typing back, the dialog still open
    assert dialog.isVisible() and combo.currentText() == "elsa hol"
    qtbot.keyClick(combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert combo.currentText() == "elsa hol"  # nothing more to take back: as typed
    assert lent == []


def test_enter_on_part_of_a_name_completes_it_and_a_second_enter_saves(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Elsa Holm", a new manager, is not lent to as Elsa Holmgren by one Enter: the field
    shows whom it would be, and the next Enter saves what it reads."""
    lent: list[int | None] = []
    dialog = _home_loan(qtbot, demo_ctx, lent)
    combo = dialog.rows.approver_combo
    type_text(qtbot, combo, "Elsa Holm")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.isVisible() and lent == []
    assert combo.currentText() == ELSA and combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert lent == [_elsa(combo)]
    assert not dialog.isVisible()


def test_new_person_after_the_field_completed_starts_from_what_was_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = LendDialog(demo_ctx, demo_ctx.call(list_units)[0])
    _shown(qtbot, dialog)
    combo = dialog.borrower_combo
    combo.setFocus()
    type_text(qtbot, combo, "Elsa Holm")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert combo.currentText() == ELSA
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    named: list[str] = []

    def read_name(person: QWidget) -> None:
        assert isinstance(person, PersonDialog)
        named.append(person.name_edit.text())
        person.discard()

    modals.answer(read_name)
    qtbot.keyClick(combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert named == ["Elsa Holm"]
