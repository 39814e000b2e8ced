"""The ``modals`` driver and a question asked while one of its handlers runs (a form that asks
before it closes, as the lend dialog asks about a long loan): the handler answers it; left
unanswered, it is closed and fails the test, instead of the test hanging with it on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from tests.ui.answers import answer_nested_question
from tests.ui.conftest import ModalDriver


def _form_asking_on_save(parent: QWidget) -> QDialog:
    form = QDialog(parent)
    form.setWindowTitle("Formulär")
    save = QPushButton("Spara", form)
    QVBoxLayout(form).addWidget(save)

    def saved() -> None:
        answer = QMessageBox.question(form, "Fråga", "Stämmer det?")
        form.setProperty("answer", answer == QMessageBox.StandardButton.Yes)
        form.accept()

    save.clicked.connect(saved)
    return form


def _press_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def _ask(qtbot, form: QDialog, grace: float, answered: list[str] | None):  # type: ignore[no-untyped-def]
    """The form's result and the driver's errors, the question answered when ``answered``."""

    def click_save(shown: QWidget) -> None:
        if answered is not None:
            answer_nested_question(answered, _press_yes)
        qtbot.mouseClick(shown.findChild(QPushButton), Qt.MouseButton.LeftButton)

    driver = ModalDriver()
    driver.NESTED_GRACE = grace
    try:
        driver.answer(click_save)
        result = form.exec()
    finally:
        driver.stop()
    errors, driver.errors = driver.errors, []
    driver.check()
    return result, errors


def test_a_question_the_handler_answers_is_left_to_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    form = _form_asking_on_save(parent)
    questions: list[str] = []
    result, errors = _ask(qtbot, form, grace=0.3, answered=questions)
    assert errors == []
    assert questions == ["Stämmer det?"]
    assert result == QDialog.DialogCode.Accepted and form.property("answer") is True


def test_a_question_nobody_answers_fails_the_test_instead_of_hanging(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    form = _form_asking_on_save(parent)
    result, errors = _ask(qtbot, form, grace=0.3, answered=None)
    assert errors == ["dialog 'Fråga' opened inside a handler was never answered: Stämmer det?"]
    assert form.property("answer") is False  # closed unanswered: not a "yes"
