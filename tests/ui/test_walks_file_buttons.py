"""The walks' buttons that ask for a file do something when clicked: "Bifoga foto…" beside an
observation and "Importera från fil…" among the checklist templates did nothing at all (the
click's "checked" flag arrived as the file path, False, so no file was asked for). The tests
click them, as a coordinator does, with the file chooser answering."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.answers import answer_file_dialogs
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.template_dialog import TemplateDialog

TEMPLATE = """name = "Ungdomsvandring"
description = "Kortare lista för en vandring med unga"

[[items]]
code = "lighting"
title = "Belysning"
guidance = "Är det ljust nog?"

[[items]]
code = "safety"
title = "Upplevd trygghet"
guidance = "Känns det tryggt här?"
"""


def _chooser_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    answer_file_dialogs(monkeypatch, lambda _dialog: str(path))


def test_attach_photo_button_attaches_the_chosen_photo(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "IMG_0001.JPG"
    Image.new("RGB", (640, 480), (40, 60, 90)).save(photo, "JPEG")
    _chooser_answers(monkeypatch, photo)
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(tessinparken(demo_ctx))
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    observation = tab.current()
    assert observation is not None

    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)

    stored = demo_ctx.call(walk_records.get_observation, observation.id).photos
    assert [p.file_name for p in stored] == ["IMG_0001.JPG"]
    assert tab.photos.count() == 1


def test_import_button_imports_the_chosen_checklist(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ungdom.toml"
    path.write_text(TEMPLATE, encoding="utf-8")
    _chooser_answers(monkeypatch, path)
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Importera från fil…")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert dialog.template.currentText() == "Ungdomsvandring"
    assert dialog.items.rowCount() == 2


def test_a_template_file_saved_in_windows_encoding_is_said_in_swedish(
    qtbot: QtBot,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
) -> None:
    """It was "'utf-8' codec can't decode byte 0xe4 in position 10" in the error box."""
    path = tmp_path / "ungdom.toml"
    path.write_bytes(TEMPLATE.encode("cp1252"))
    _chooser_answers(monkeypatch, path)
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    before = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Importera från fil…")
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    modals.answer(read_and_close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    modals.check()

    assert said == [
        f"Filen {path} är inte sparad som UTF-8-text; spara den igen som UTF-8 (i Anteckningar: "
        "Spara som, Kodning UTF-8) och importera den igen."
    ]
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == before
