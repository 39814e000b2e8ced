"""The Tessinparken walk's observations tab and camera-like JPEG files, for the photo tests."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.observations_tab import ObservationsTab


def observations_tab(qtbot: QtBot, ctx: AppContext) -> ObservationsTab:
    """The Walks area shown at 1280×800 on Tessinparken's walk, its observations tab in front
    (an observation chosen)."""
    area = show_window(qtbot, WalksArea(ctx), 1280, 800)
    area.open_walk(tessinparken(ctx))
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    assert tab.current() is not None
    return tab


def jpeg_files(folder: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = folder / name
        Image.new("RGB", (640, 480), (40, 60, 90)).save(path, "JPEG")
        paths.append(str(path))
    return paths
