"""A photo without a caption reads "Ingen bildtext" under its thumbnail, in grey: the report and
the letters print nothing under it, and the camera's file name there looked like a caption."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_file_dialogs
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.table_model import MUTED_COLOUR


def test_a_photo_without_caption_says_so(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(tessinparken(demo_ctx))
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    photo = tmp_path / "IMG_2041.jpg"
    Image.new("RGB", (640, 480), (40, 60, 90)).save(photo, "JPEG")
    answer_file_dialogs(monkeypatch, lambda _dialog: str(photo))
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)

    item = tab.photos.item(0)
    assert item.text() == "Ingen bildtext"
    assert item.foreground().color() == MUTED_COLOUR
    assert "IMG_2041.jpg" in item.toolTip()  # which file it is, on hover
