"""Wrapped texts in form dialogs (an error under a field, a history or a description shown as a
field) are shown whole: as tall as their lines need at the width they get, and inside the
dialog. Qt's form layout measured them for the whole field column but placed them narrower, and
a window's minimum height counts a wrapped label as one line: they were cut top and bottom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import alarms
from samverkan_desktop.services.alarm_loans import LendResult
from tests.ui.clicks import type_text
from tests.ui.text_fit import line_whole
from tests.ui.windows import wait_exposed
from ui.alarms.lend_dialog import HomeLoanDialog, LendDialog
from ui.calendar.meeting_dialogs import CancelMeetingDialog
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog

LONG_ERROR = (
    "Tiden för återlämning måste vara senare än nu, och en hemlåning behöver dessutom ett "
    "slutdatum som en chef har godkänt"
)


def _settle() -> None:
    for _ in range(3):  # a shown error asks for a new layout, which may ask for another size
        QApplication.processEvents()


def assert_wrapped_texts_whole(dialog: FormDialog) -> list[str]:
    """Every visible wrapped label is as tall as its text needs at its width and lies inside
    the dialog; returns the texts checked."""
    checked = []
    for label in dialog.findChildren(QLabel):
        if not (label.wordWrap() and label.isVisible() and label.text()):
            continue
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (
            f"{label.text()!r} is {label.height()} px high at {label.width()} px, needs {needed}"
        )
        top = label.mapTo(dialog, QPoint(0, 0)).y()
        assert top >= 0 and top + label.height() <= dialog.height(), (
            f"{label.text()!r} at {top}..{top + label.height()} outside {dialog.height()} px"
        )
        checked.append(label.text())
    return checked


def test_an_error_under_a_field_is_shown_whole_in_the_lend_dialog(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    unit = demo_ctx.call(alarms.list_units)[0]
    dialog = LendDialog(demo_ctx, unit)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    name_edit = dialog.borrower_combo.lineEdit()
    assert name_edit is not None
    type_text(qtbot, name_edit, "Peter Nyström")
    dialog.show_error(ValidationError(LONG_ERROR, field="due_visit"))  # under a date: narrow
    _settle()
    checked = assert_wrapped_texts_whole(dialog)
    assert LONG_ERROR in checked
    line = dialog.training_label  # under the name: one line, cut where it has no room
    assert line.text() == "Larmutbildningen gick ut 2023-03-09" and line_whole(line)
    error = next(label for label in dialog.findChildren(QLabel) if label.text() == LONG_ERROR)
    container = error.parentWidget()
    assert container is not None and error.width() == container.width()
    assert container.width() > dialog.due_date_edit.width() * 2  # the row's width, not the date's
    assert dialog.due_date_edit.width() == dialog.due_date_edit.sizeHint().width()  # unchanged


def test_the_reception_home_loan_error_is_shown_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    def refuse(_due: dt.datetime | None, _approver: int | None) -> LendResult:
        raise ValidationError(LONG_ERROR, field="due_at")

    dialog = HomeLoanDialog(demo_ctx, "Hemlån LARM-01", refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    height = dialog.height()
    dialog.accept()  # refused: the dialog stays open with the message under the end date
    _settle()
    assert dialog.isVisible() and dialog.error_text("due_at") == LONG_ERROR
    assert LONG_ERROR in assert_wrapped_texts_whole(dialog)
    assert dialog.height() > height  # it grew for the message


def test_texts_shown_as_fields_are_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    meeting = (
        "Norrmalms trygghets- och säkerhetsråd, tisdag 2 februari 2027 · 09.00–10.30 · v. 5 · "
        "Karlavägen 104, stora konferensrummet på plan 3"
    )
    cancel = CancelMeetingDialog(demo_ctx, 1, meeting)
    qtbot.addWidget(cancel)
    cancel.show()
    wait_exposed(qtbot, cancel)
    _settle()
    assert meeting in assert_wrapped_texts_whole(cancel)

    history = "\n".join(
        f"2026-0{month}-12  Samordnaren rapporterade att arbetet pågår men att det dröjer"
        for month in range(1, 6)
    )
    follow_up = FormDialog("Åtgärd", size=(640, 300))
    qtbot.addWidget(follow_up)
    follow_up.add_row("title", "Vad", QLineEdit("Utvärdera tillsynsbesöken", follow_up))
    follow_up.add_row("due_on", "Klart senast", OptionalDateEdit(follow_up))
    label = QLabel(history, follow_up)
    label.setWordWrap(True)
    follow_up.add_row("notes", "Uppföljning hittills", label)
    follow_up.add_row("text", "Uppföljningsanteckning", TextBox(follow_up, lines=3))
    follow_up.show()
    wait_exposed(qtbot, follow_up)
    _settle()
    assert history in assert_wrapped_texts_whole(follow_up)


def test_ctrl_enter_in_a_text_box_confirms_the_dialog(qtbot: QtBot) -> None:
    """The reception's fault text: Enter starts a new line, Ctrl+Enter takes the unit back (it
    only added a new line: the receptionist had to Tab twice to reach the button)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from tests.ui.clicks import type_text
    from ui.alarms.return_dialog import ReturnDialog

    taken: list[tuple[str | None, bool]] = []

    def take_back(fault: str | None, charge: bool) -> object:
        taken.append((fault, charge))
        return object()

    dialog = ReturnDialog("Ta emot LARM-02", "LARM-02 är utlånat.", take_back, fault_first=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fault_edit.setFocus()
    type_text(qtbot, dialog.fault_edit, "Knappen sitter löst")
    qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.fault_edit, "och laddar inte")
    assert taken == [] and dialog.isVisible()
    qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert taken == [("Knappen sitter löst\noch laddar inte", False)]
    assert dialog.result() == QDialog.DialogCode.Accepted
