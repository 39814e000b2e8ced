"""The walk's "Ta fram åtgärd…" asked "Ansvarig organisation" before "Ansvarig person";
Åtgärder's "Ny åtgärd…" the person first. One order in both (one piece, ui/actions/
responsible_rows): the person, then the organisation, and Tab goes from "Vad som ska göras" to the
person, then to the organisation. A meeting's "Ny åtgärd…" asked "Vad", then "Detaljer", then
"Ansvarig person": it reads as Åtgärder's form now, row by row and hint by hint (its status
beside), the description last; a walk's "Ta fram åtgärd…" too, in the same words (it had "Detaljer"
and "(välj)"). An exercise's "Ny lärdom…" asks its action in the same rows, words and
hints ("Åtgärd", "tomt: lärdomen själv" and "– ingen namngiven –" there before)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import actions_with_rows, crisis_tab, meeting_editor
from tests.ui.walk_photos import observations_tab
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext

ORDER = ["Vad som ska göras", "Ansvarig person", "Ansvarig organisation"]


def _labels(dialog: QWidget) -> list[str]:
    form = dialog.form  # type: ignore[attr-defined]
    texts = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            texts.append(item.widget().text().rstrip(":"))
    return texts


def _hints(dialog: QWidget, what: QLineEdit) -> list[str]:
    """The grey texts of the what, who and description fields, as an empty form shows them."""
    return [
        what.placeholderText(),
        dialog.person_picker.combo.lineEdit().placeholderText(),  # type: ignore[attr-defined]
        dialog.organisation_picker.combo.lineEdit().placeholderText(),  # type: ignore[attr-defined]
        next(t for t in dialog.findChildren(QPlainTextEdit) if t.isVisible()).placeholderText(),
    ]


def _look(
    qtbot: QtBot, seen: dict[str, object], name: str, what: str = "what"
) -> Callable[[QWidget], None]:
    def look(dialog: QWidget) -> None:
        settle(qtbot)
        seen[f"{name} labels"] = _labels(dialog)
        seen[f"{name} hints"] = _hints(dialog, getattr(dialog, what))
        getattr(dialog, what).setFocus()
        stops = []
        for _ in range(2):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            stops.append(
                "person"
                if dialog.person_picker.isAncestorOf(focused)  # type: ignore[attr-defined]
                else "organisation"
                if dialog.organisation_picker.isAncestorOf(focused)  # type: ignore[attr-defined]
                else type(focused).__name__
            )
        seen[f"{name} tab"] = stops
        keep_shot(dialog, f"action-form-{name}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing typed

    return look


def test_the_walks_and_the_actions_forms_ask_who_in_one_order(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}
    tab = observations_tab(qtbot, demo_ctx)
    modals.answer(_look(qtbot, seen, "walk"))
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    modals.check()

    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    modals.answer(_look(qtbot, seen, "actions"))
    area.new_action.trigger()  # "Ny åtgärd…" (Ctrl+N)
    modals.check()

    editor = meeting_editor(qtbot, demo_ctx, tab="actions_tab", width=1024, height=768)
    modals.answer(_look(qtbot, seen, "meeting", "title_edit"))
    click_button(qtbot, editor.actions_tab, "Ny åtgärd…")
    modals.check()

    for name in ("walk", "actions", "meeting"):
        assert seen[f"{name} labels"][:3] == ORDER, name  # type: ignore[index]
        assert seen[f"{name} tab"] == ["person", "organisation"], name
    # The meeting's form is Åtgärder's, with the action's status after its due date.
    meeting = list(seen["meeting labels"])  # type: ignore[call-overload]
    assert meeting.pop(meeting.index("Status")) == "Status"
    assert meeting == seen["actions labels"]
    assert seen["meeting hints"] == seen["actions hints"]
    # The walk's: Åtgärder's rows but the priority area, its words and hints ("(välj)",
    # "Detaljer" and an example of its own before).
    actions = list(seen["actions labels"])  # type: ignore[call-overload]
    actions.remove("Prioriterat område")
    assert seen["walk labels"] == actions
    assert seen["walk hints"] == seen["actions hints"]


def _action_hints(dialog: QWidget, what: QLineEdit) -> list[str]:
    return _hints(dialog, what)[:3]


def test_a_lessons_action_asks_as_the_other_forms(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def look(name: str, what: str) -> Callable[[QWidget], None]:
        def answer(dialog: QWidget) -> None:
            settle(qtbot)
            labels = _labels(dialog)
            at = labels.index(ORDER[0])
            seen[f"{name} rows"] = labels[at : at + 4]
            seen[f"{name} hints"] = _action_hints(dialog, getattr(dialog, what))
            keep_shot(dialog, f"action-form-{name}")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing typed

        return answer

    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    modals.answer(look("actions", "what"))
    area.new_action.trigger()
    modals.check()

    _window, crisis = crisis_tab(qtbot, demo_ctx, "exercises_stack", 1024, 768)
    evaluated = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.EVALUATED
    )
    crisis.open_exercise(evaluated.id)
    lessons = crisis.exercise_view.lessons_tab
    click_tab(qtbot, crisis.exercise_view.tabs, lessons)
    modals.answer(look("lesson", "action"))
    click_button(qtbot, lessons, "Ny lärdom…")
    modals.check()

    # "Åtgärd" with a hint of its own stood where Åtgärder's form says "Vad som ska göras".
    assert seen["lesson rows"] == seen["actions rows"] == [*ORDER, "Klart senast"]
    assert (
        seen["lesson hints"]
        == seen["actions hints"]
        == [
            "t.ex. Bättre belysning i trappan",
            "– ingen namngiven –",
            "– ingen organisation –",
        ]
    )
