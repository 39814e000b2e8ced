"""The two checklist-template dialogs (Trygghetsvandringar's and Kris och övningar's) word their
import alike, as the program's other imports ("Importera från Excel…"): the button, the file
dialog's title and its filter. They said "Importera från fil…" and "Importera checklista",
"Checklistor (*.toml)" in one and "Importera fil…", "Importera en checklistmall",
"TOML-filer (*.toml)" in the other. The test clicks each dialog's import, the file dialog
answered with Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_file_dialogs
from tests.ui.clicks import click_button
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.template_dialog import ExerciseTemplateDialog
from ui.walks.template_dialog import TemplateDialog

BUTTON = "Importera från fil…"


@pytest.mark.parametrize("kind", [TemplateDialog, ExerciseTemplateDialog])
def test_both_dialogs_word_the_import_alike(
    qtbot: QtBot,
    demo_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    kind: type[TemplateDialog | ExerciseTemplateDialog],
) -> None:
    asked: list[tuple[str, list[str]]] = []

    def cancel(dialog: QFileDialog) -> str:
        asked.append((dialog.windowTitle(), dialog.nameFilters()))
        return ""

    answer_file_dialogs(monkeypatch, cancel)
    dialog = show_window(qtbot, kind(demo_ctx), 900, 620)
    before = dialog.template.currentText()

    click_button(qtbot, dialog, BUTTON)

    assert asked == [("Importera en checklistmall", ["Checklistmallar (*.toml)", "Alla filer (*)"])]
    assert dialog.template.currentText() == before  # cancelled: nothing imported
