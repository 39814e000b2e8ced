"""An observation without photos showed a blank white box under "Foton": nothing said whether
the photos were missing or still loading, nor how to add one. It now says there are none yet
and names the button that adds the first, until a photo is attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_file_dialogs
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import jpeg_files, observations_tab
from tests.ui.windows import settle
from ui.context import AppContext


def test_an_observation_without_photos_says_how_to_add_one(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    observation = tab.current()
    assert observation is not None and not observation.photos
    settle(qtbot)
    box = tab.photos.viewport()
    shown = [label for label in box.findChildren(QLabel) if label.isVisible()]
    assert [label.text() for label in shown] == [
        "Inga foton ännu. ”Bifoga foto” nedanför lägger till ett."
    ]
    said = shown[0]
    assert said.heightForWidth(box.width()) <= box.height()  # whole inside the box

    answer_file_dialogs(monkeypatch, lambda _dialog: jpeg_files(tmp_path, "IMG_0001.JPG"))
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.photos.count() == 1)
    assert not said.isVisible()
