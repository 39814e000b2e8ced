"""An observation's photos as the coordinator brings them home from a walk: several attached at
once, each given a caption (the report and the letters print it under the photo; without one
they printed the camera's file name, "IMG_0001.JPG", to the police and the property owners)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea

TESSINPARKEN = 2


def _photos(tmp_path: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        Image.new("RGB", (640, 480), (40, 60, 90)).save(path, "JPEG")
        paths.append(str(path))
    return paths


def test_photos_are_attached_together_and_captioned(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(TESSINPARKEN)
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    observation = tab.current()
    assert observation is not None and not observation.photos

    chosen = _photos(tmp_path, "IMG_0001.JPG", "IMG_0002.JPG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen[0], ""))
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    stored = demo_ctx.call(walk_records.get_observation, observation.id).photos
    assert [p.file_name for p in stored] == ["IMG_0001.JPG", "IMG_0002.JPG"]
    assert tab.photos.count() == 2
    assert not tab.caption_button.isEnabled()  # no photo chosen yet

    second = tab.photos.item(1)
    qtbot.mouseClick(
        tab.photos.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.photos.visualItemRect(second).center(),
    )
    assert tab.caption_button.isEnabled()

    def caption(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == ""
        dialog.setTextValue("Trasig armatur vid trappan")
        dialog.accept()

    modals.answer(caption)
    qtbot.mouseClick(tab.caption_button, Qt.MouseButton.LeftButton)
    modals.check()
    stored = demo_ctx.call(walk_records.get_observation, observation.id).photos
    assert [p.caption for p in stored] == [None, "Trasig armatur vid trappan"]
    assert tab.photos.item(1).text() == "Trasig armatur vid trappan"
