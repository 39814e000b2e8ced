"""The two checklist-template dialogs (Trygghetsvandringar's and Kris och övningar's) read as one
program: "Ny mall…" beside the list asks the name in both (walks had a "Ny mall" entry in the
list), "Används" is a labelled row, the description takes several lines and the point buttons sit
above the table in both. A name that differs from another template's only in case is refused,
naming that template. Driven by clicks and keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import checklists, exercise_templates
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.template_dialog import ExerciseTemplateDialog
from ui.walks.template_dialog import TemplateDialog
from ui.widgets.template_form import TemplateForm

DIALOGS: dict[str, Callable[[AppContext], TemplateForm[Any]]] = {
    "walks": TemplateDialog,
    "exercises": ExerciseTemplateDialog,
}


def _open(qtbot: QtBot, ctx: AppContext, which: str) -> TemplateForm[Any]:
    dialog = show_window(qtbot, DIALOGS[which](ctx), 900, 620)
    qtbot.wait(50)
    return dialog


def _type_name(qtbot: QtBot, typed: str) -> Callable[[QWidget], None]:
    """Answer "Ny mall": click into its field, type ``typed``, Enter."""

    def answer(question: QWidget) -> None:
        assert question.windowTitle() == "Ny mall"
        field = question.findChild(QLineEdit)
        assert field is not None
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        field.selectAll()
        type_text(qtbot, field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return answer


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


@pytest.mark.parametrize("which", DIALOGS)
def test_both_dialogs_have_the_same_rows(qtbot: QtBot, ctx: AppContext, which: str) -> None:
    dialog = _open(qtbot, ctx, which)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Används" in labels  # a labelled row, not a check box alone under the description
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert "Ny mall…" in buttons
    assert _top(buttons["Lägg till punkt"], dialog) < _top(dialog.items, dialog)  # above
    # The description takes a second line (in walks Enter saved the dialog, one line only).
    qtbot.mouseClick(dialog.description.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    type_text(qtbot, dialog.description, "Andra raden")
    assert dialog.isVisible()
    assert dialog.description.toPlainText().splitlines()[-1] == "Andra raden"


def test_walks_new_template_is_named_then_saved_with_its_point(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _open(qtbot, ctx, "walks")
    before = [row.name for row in ctx.call(checklists.list_templates)]
    modals.answer(_type_name(qtbot, "Kvällsvandring i parken"))
    click_button(qtbot, dialog, "Ny mall…")
    modals.check()
    assert dialog.template.currentText() == "Kvällsvandring i parken"
    assert dialog.name.text() == "Kvällsvandring i parken"
    assert dialog.items.rowCount() == 0  # nothing stored yet: a walk's checklist needs a point
    click_button(qtbot, dialog, "Lägg till punkt")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    editor = QApplication.focusWidget()  # the new point's name is being edited
    assert editor is not None
    type_text(qtbot, editor, "Belysning")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    click_button(qtbot, dialog, "Spara")
    names = [row.name for row in ctx.call(checklists.list_templates)]
    assert sorted(names) == sorted([*before, "Kvällsvandring i parken"])
    saved = next(r for r in ctx.call(checklists.list_templates) if r.name.startswith("Kväll"))
    assert [i.title for i in ctx.call(checklists.get_template, saved.id).items] == ["Belysning"]


def test_walks_new_template_left_unsaved_leaves_the_list(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _open(qtbot, ctx, "walks")
    before = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    modals.answer(_type_name(qtbot, "Kvällsvandring i parken"))
    click_button(qtbot, dialog, "Ny mall…")
    modals.check()
    assert dialog.template.currentText() == "Kvällsvandring i parken"
    said: list[str] = []

    def discard(box: QWidget) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "Släng mina ändringar")

    modals.answer(discard)
    qtbot.mouseClick(dialog.template, Qt.MouseButton.LeftButton)  # the list opens
    qtbot.waitUntil(dialog.template.view().isVisible)
    qtbot.keyClick(dialog.template.view(), Qt.Key.Key_Up)
    qtbot.keyClick(dialog.template.view(), Qt.Key.Key_Return)
    modals.check()
    assert said == [
        "Dina ändringar i ”Kvällsvandring i parken” är inte sparade och skulle gå förlorade."
    ]
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == before
    assert dialog.name.text() == before[-1]


@pytest.mark.parametrize("which", DIALOGS)
def test_a_name_differing_only_in_case_is_refused(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, which: str
) -> None:
    dialog = _open(qtbot, ctx, which)
    existing = dialog.template.currentText()
    said: list[str] = []
    modals.answer(
        _type_name(qtbot, existing.lower()), acknowledge(qtbot, said), _type_name(qtbot, "Ny")
    )
    click_button(qtbot, dialog, "Ny mall…")
    modals.check()
    kind = "checklista" if which == "walks" else "checklistmall"
    assert said == [f"Det finns redan en {kind} som heter ”{existing}”."]
    assert dialog.template.currentText() == "Ny"


def test_the_exercise_import_says_what_the_file_holds(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _open(qtbot, ctx, "exercises")
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Importera från fil…"]
    tip = button.toolTip()
    assert "resources" not in tip and ".toml" not in tip
    assert tip.startswith("En textfil i TOML") and "veckor före övningen" in tip
    assert ctx.call(exercise_templates.list_templates)  # the seeded one is there
