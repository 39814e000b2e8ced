"""The exercise form as it looks: in "Redigera övning" nothing lies over the labels (an empty
checklist-template combo, made but given no row, covered "Namn" in the top left corner)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def test_every_label_of_the_edit_form_can_be_seen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    row = demo_ctx.call(exercise_reading.list_exercises)[-1]
    for dialog in (
        ExerciseDialog(demo_ctx),
        ExerciseDialog(demo_ctx, demo_ctx.call(exercise_reading.get_exercise, row.id)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        wait_exposed(qtbot, dialog)
        labels = [
            label
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.text() in ("Namn", "Typ", "Scenario")
        ]
        assert len(labels) == 3, dialog.windowTitle()
        for label in labels:
            centre = label.mapTo(dialog, label.rect().center())
            assert dialog.childAt(centre) is label, (dialog.windowTitle(), label.text())
        dialog.reject()
