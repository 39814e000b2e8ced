"""An observation's photos as the coordinator brings them home from a walk: several attached at
once, each given a caption (the report and the letters print it under the photo; without one
they printed the camera's file name, "IMG_0001.JPG", to the police and the property owners)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.answers import answer_file_dialogs
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import jpeg_files, observations_tab
from ui.context import AppContext


def test_photos_are_attached_together_and_captioned(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    observation = tab.current()
    assert observation is not None and not observation.photos

    chosen = jpeg_files(tmp_path, "IMG_0001.JPG", "IMG_0002.JPG")
    answer_file_dialogs(monkeypatch, lambda _dialog: chosen)
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
