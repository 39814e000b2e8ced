"""Kris och övningar → the exercises' checklist templates → "Ny mall…": the name is asked for in
the program's own question (its buttons in Swedish, typing stops at the length the name may
have), and an empty name or one another template has is refused in words and asked again with
what was typed still there. It was Qt's static QInputDialog.getText: no limit, English buttons
where Qt's catalog is missing, and after a refusal the name typed was gone. The tests click
"Ny mall…" and type into the question as a coordinator does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_templates
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.template_dialog import ExerciseTemplateDialog

SEEDED = "Övning för krisledningen – standard"


Answer = Callable[[QWidget], None]
NewTemplate = Callable[..., ExerciseTemplateDialog]  # (*answers: Answer)


@pytest.fixture
def new_template(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> NewTemplate:
    """Opens the templates dialog and clicks "Ny mall…", the questions it asks answered in
    turn by ``answers``; returns the dialog."""

    def click_new(*answers: Answer) -> ExerciseTemplateDialog:
        dialog = show_window(qtbot, ExerciseTemplateDialog(ctx), 900, 600)
        assert dialog.template.currentText() == SEEDED
        modals.answer(*answers)
        click_button(qtbot, dialog, "Ny mall…")
        modals.check()
        return dialog

    return click_new


def _name_field(qtbot: QtBot, question: QWidget) -> QLineEdit:
    """The question's field, clicked into as a user does before typing."""
    assert isinstance(question, QInputDialog)
    assert question.windowTitle() == "Ny mall"
    assert question.labelText() == "Mallens namn:"
    field = question.findChild(QLineEdit)
    assert field is not None
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    return field


def _type_name(qtbot: QtBot, typed: str, shown: list[str]) -> Answer:
    """Answer the question: what its field shows (into ``shown``), then ``typed`` at its end
    and Enter."""

    def answer(question: QWidget) -> None:
        field = _name_field(qtbot, question)
        shown.append(field.text())
        qtbot.keyClick(field, Qt.Key.Key_End)
        type_text(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return answer


def _names(ctx: AppContext) -> list[str]:
    return [row.name for row in ctx.call(exercise_templates.list_templates)]


def test_a_new_template_is_named_in_the_question_and_shown(
    qtbot: QtBot, ctx: AppContext, new_template: NewTemplate
) -> None:
    buttons: list[str] = []
    shown: list[str] = []

    def read_buttons(question: QWidget) -> None:
        box = question.findChild(QDialogButtonBox)
        assert box is not None
        buttons.extend(b.text() for b in box.buttons())
        _type_name(qtbot, "Övning med skolorna", shown)(question)

    dialog = new_template(read_buttons)

    assert sorted(buttons) == ["Avbryt", "OK"]
    assert shown == [""]
    assert dialog.template.currentText() == "Övning med skolorna"
    assert dialog.name.text() == "Övning med skolorna"
    assert dialog.items.rowCount() == 0
    assert sorted(_names(ctx)) == sorted([SEEDED, "Övning med skolorna"])


def test_typing_the_name_stops_at_its_length(
    qtbot: QtBot, ctx: AppContext, new_template: NewTemplate
) -> None:
    typed: list[str] = []

    def type_long(question: QWidget) -> None:
        field = _name_field(qtbot, question)
        type_text(qtbot, field, "Planering av en lång övning " * 8)  # 224 characters
        typed.append(field.text())
        qtbot.keyClick(field, Qt.Key.Key_Return)

    dialog = new_template(type_long)

    assert len(typed[0]) == 200  # what is shown is what is saved: nothing cut after OK
    assert dialog.name.text() == typed[0].strip()
    assert typed[0].strip() in _names(ctx)


def test_an_empty_name_is_refused_and_asked_again(
    qtbot: QtBot, ctx: AppContext, new_template: NewTemplate
) -> None:
    said: list[str] = []
    shown: list[str] = []
    dialog = new_template(
        _type_name(qtbot, "   ", shown),
        acknowledge(qtbot, said),
        _type_name(qtbot, "Övning med skolorna", shown),
    )

    assert said == ["Namn måste fyllas i."]
    assert shown == ["", "   "]  # asked again with what was typed
    assert dialog.template.currentText() == "Övning med skolorna"
    assert sorted(_names(ctx)) == sorted([SEEDED, "Övning med skolorna"])


def test_the_name_of_another_template_is_refused_and_kept_to_correct(
    qtbot: QtBot, ctx: AppContext, new_template: NewTemplate
) -> None:
    said: list[str] = []
    shown: list[str] = []
    dialog = new_template(
        _type_name(qtbot, SEEDED, shown),
        acknowledge(qtbot, said),
        _type_name(qtbot, " (skolor)", shown),
    )

    assert said == [f"Det finns redan en checklistmall som heter ”{SEEDED}”."]
    assert shown == ["", SEEDED]  # the name typed is there to correct, not to type anew
    assert dialog.template.currentText() == f"{SEEDED} (skolor)"
    assert sorted(_names(ctx)) == sorted([SEEDED, f"{SEEDED} (skolor)"])


def test_cancel_after_a_refusal_adds_nothing(
    qtbot: QtBot, ctx: AppContext, new_template: NewTemplate
) -> None:
    said: list[str] = []
    shown: list[str] = []

    def cancel(question: QWidget) -> None:
        field = _name_field(qtbot, question)
        shown.append(field.text())
        qtbot.keyClick(field, Qt.Key.Key_Escape)

    dialog = new_template(_type_name(qtbot, "", shown), acknowledge(qtbot, said), cancel)

    assert said == ["Namn måste fyllas i."]
    assert shown == ["", ""]
    assert dialog.template.currentText() == SEEDED
    assert _names(ctx) == [SEEDED]


def test_a_long_name_shows_whole_as_it_is_typed(qtbot: QtBot, new_template: NewTemplate) -> None:
    """The field showed some 25 letters: the start of the name scrolled out of sight."""
    name = f"{SEEDED}, kortare för skolorna"
    room: list[tuple[int, int]] = []

    def type_and_look(question: QWidget) -> None:
        field = _name_field(qtbot, question)
        type_text(qtbot, field, name)
        qtbot.wait(50)
        room.append((field.fontMetrics().horizontalAdvance(name), line_edit_text_room(field)))
        qtbot.keyClick(field, Qt.Key.Key_Escape)

    new_template(type_and_look)

    [(text_width, field_room)] = room
    assert text_width <= field_room
