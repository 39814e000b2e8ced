"""Kris och övningar → the exercises' checklist templates: "Importera från fil…" asks for a TOML file
and shows the template read from it, chosen in the list, with its points; the list beside the
walks' (one piece, ui/widgets/template_form.py). The test clicks it, the file chooser answering."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_file_dialogs
from tests.ui.clicks import click_button
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.template_dialog import ExerciseTemplateDialog

TEMPLATE = """name = "Övning för skolorna"
description = "Kortare planering för en övning med skolorna"

[[items]]
title = "Boka lokal"
guidance = "Aulan eller matsalen"
weeks_before = 4

[[items]]
title = "Bjud in rektorerna"
weeks_before = 6
"""


def test_import_button_shows_the_chosen_template_and_its_points(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "skolor.toml"
    path.write_text(TEMPLATE, encoding="utf-8")
    asked: list[tuple[str, list[str]]] = []

    def choose(dialog: QFileDialog) -> str:
        asked.append((dialog.windowTitle(), dialog.nameFilters()))
        return str(path)

    answer_file_dialogs(monkeypatch, choose)
    dialog = show_window(qtbot, ExerciseTemplateDialog(ctx), 900, 600)
    before = dialog.template.count()

    click_button(qtbot, dialog, "Importera från fil…")

    assert asked == [("Importera en checklistmall", ["Checklistmallar (*.toml)", "Alla filer (*)"])]
    assert dialog.template.count() == before + 1
    assert dialog.template.currentText() == "Övning för skolorna"
    assert dialog.name.text() == "Övning för skolorna"
    assert [dialog.items.text(r, 0) for r in range(dialog.items.rowCount())] == [
        "Boka lokal",
        "Bjud in rektorerna",
    ]
