"""A form the user has typed in is not thrown away by one stray Esc (or Avbryt, or the window's
close): "Stänga utan att spara?" asks first, and keeping on writing is the default. A form
left as it was opened closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import shown_form
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def _press(text: str):  # type: ignore[no-untyped-def]
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text() == "Stänga utan att spara?"
        assert box.informativeText() == "Det du har skrivit här är inte sparat."
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return press


def test_esc_after_typing_asks_and_keeps_the_text_unless_told(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    type_text(qtbot, dialog.title_edit, "Utrymningsövning på Karlavägen")

    modals.answer(_press("Fortsätt skriva"))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    modals.check()
    assert dialog.isVisible() and dialog.title_edit.text() == "Utrymningsövning på Karlavägen"

    modals.answer(_press("Stäng utan att spara"))
    click_button(qtbot, dialog, "Avbryt")
    modals.check()
    assert not dialog.isVisible()


def test_a_form_left_as_opened_closes_without_a_question(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    type_text(qtbot, dialog.title_edit, "x")
    dialog.title_edit.clear()  # typed, then taken back: nothing to lose
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    modals.check()  # no question
    assert not dialog.isVisible()


def test_typing_starts_in_the_first_field_of_a_form(qtbot: QtBot) -> None:
    """A form that does not choose its field: the focus fell on Save (the button box is made
    before the rows), so the typing went nowhere and Enter saved an empty form."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ui.widgets.form_dialog import FormDialog

    class Plain(FormDialog):
        def __init__(self) -> None:
            super().__init__("Ny sak", ok_text="Spara")
            self.name = QLineEdit(self)
            self.add_row("name", "Namn", self.name)
            self.add_row("place", "Plats", QLineEdit(self))

        def save(self) -> None:
            pass

    dialog = shown_form(qtbot, Plain())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(QApplication.focusWidget(), "Trygghetsvandring")
    assert dialog.name.text() == "Trygghetsvandring"
