"""A start on the ordinary road (no saved Overview applies: the first start, a change made
elsewhere) shows the window at the size it keeps. The Overview's heading was filled in only
when the cards arrived, and its day then widened the window's minimum: a window left 800
pixels wide opened at 800 and grew to 969 right after, every entry fitted at both widths (the
quick start had been fixed by MainWindow.show_at_final_size)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import long_date
from tests.ui.windows import run_app, settle, wait_gathered
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea


@pytest.mark.moment("2026-12-05T17:30")
def test_the_window_keeps_the_size_it_showed_when_the_cards_arrive(
    qtbot: QtBot,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    app_settings: Callable[[], QSettings],
) -> None:
    # The window was left 800 pixels wide (on another area, or before a longer day's name).
    left = QWidget()
    left.setGeometry(QRect(40, 40, 800, 600))
    settings = app_settings()
    settings.setValue("window/geometry", left.saveGeometry())
    settings.sync()
    left.deleteLater()
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = window.area("overview")
        assert isinstance(area, OverviewArea)
        assert area.gathering  # the ordinary road: the cards are on their way
        seen["shown"] = QSize(window.size())
        seen["heading"] = area.heading.text()  # the day, before the cards
        wait_gathered(qtbot)
        settle(qtbot)
        seen["gathered"] = QSize(window.size())

    assert run_app(monkeypatch, ["main.py", "--db", demo_url], MainWindow, look) == 0
    assert seen["gathered"] == seen["shown"], seen
    assert long_date(clock.today()) in str(seen["heading"]), seen
