"""A lesson that raises an action and names nobody responsible is refused under "Ansvarig
person", where it is answered, not atop the form above "Lärdom" (the service names the field
"responsible", which the lesson form did not know); the form stays open with the lesson typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import type_text
from tests.ui.windows import keep_shot, wait_exposed
from ui.context import AppContext
from ui.crisis.lesson_dialogs import LessonDialog

REFUSAL = "Ange vem som är ansvarig: en person, en organisation eller båda."


def test_nobody_responsible_is_said_under_the_responsible_person(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    row = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.EVALUATED
    )
    detail = demo_ctx.call(exercise_reading.get_exercise, row.id)
    dialog = LessonDialog(demo_ctx, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    type_text(qtbot, dialog.lesson, "Reservtelefonen var oladdad")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_text("responsible_person_id") == REFUSAL
    assert not dialog.general_error.isVisible()
    assert dialog.lesson.toPlainText() == "Reservtelefonen var oladdad"
    assert len(demo_ctx.call(exercise_reading.get_exercise, row.id).lessons) == len(detail.lessons)


def test_the_refusal_stands_right_under_the_responsible_person(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The focus given to the refused field kept its empty "→" line's room between the field
    and the refusal: the message stood a blank line below "Ansvarig person"."""
    row = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.EVALUATED
    )
    dialog = LessonDialog(demo_ctx, demo_ctx.call(exercise_reading.get_exercise, row.id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    dialog.activateWindow()  # the focus given to the refused field, as on the desktop
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.lesson, "Reservtelefonen var oladdad")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error_text("responsible_person_id") == REFUSAL
    assert dialog.person_picker.isAncestorOf(dialog.focusWidget())
    qtbot.wait(50)  # laid out with the focus moved and the refusal shown, as seen

    field = dialog.person_picker
    error = next(
        label
        for label in dialog.findChildren(QLabel)
        if label.text() == REFUSAL and label.isVisible()
    )
    keep_shot(dialog, "lesson_refused")
    field_bottom = field.mapTo(dialog, field.rect().bottomLeft()).y()
    error_top = error.mapTo(dialog, error.rect().topLeft()).y()
    assert error_top - field_bottom < error.fontMetrics().lineSpacing()
