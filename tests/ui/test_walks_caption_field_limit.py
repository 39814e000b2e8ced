"""A photo's caption field stops at the 300 characters the report keeps: before, a longer
caption was cut after OK without a word, the end of what was typed gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.answers import answer_file_dialogs
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import jpeg_files, observations_tab
from ui.context import AppContext


def test_the_caption_field_stops_at_the_limit(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    observation = tab.current()
    assert observation is not None
    photos = jpeg_files(tmp_path, "IMG_0001.JPG")
    answer_file_dialogs(monkeypatch, lambda _dialog: photos)
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    first = tab.photos.item(0)
    qtbot.mouseClick(
        tab.photos.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.photos.visualItemRect(first).center(),
    )

    def type_long(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClicks(field, "Trasig armatur vid trappan. " * 12)  # 336 characters
        assert len(field.text()) == 300  # it stops: what is shown is what is saved
        dialog.accept()

    modals.answer(type_long)
    qtbot.mouseClick(tab.caption_button, Qt.MouseButton.LeftButton)
    modals.check()
    stored = demo_ctx.call(walk_records.get_observation, observation.id).photos
    assert len(stored[0].caption or "") == 300
    assert stored[0].caption == ("Trasig armatur vid trappan. " * 12)[:300].strip()
