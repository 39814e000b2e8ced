"""``wait_gathered`` (tests/ui/windows.py) returns with the Overview's cards on the screen, not
only built: their show is an event Qt posts, and keys a test sends next process no events. When
the gathering's answer came in the wait's last loop pass (timing: after another test, under
load) test_overview_kept_cards tabbed forty times past cards still hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool
from pytestqt.qtbot import QtBot

from tests.ui.windows import area_of, wait_gathered
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea


def test_the_wait_for_the_overview_ends_with_its_cards_shown(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    area = area_of(window, "overview", OverviewArea)
    # The race made certain: the gathering's answer delivered (the cards built, their show
    # posted) before the wait begins.
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents()
    assert not area.gathering and area.section_cards()

    wait_gathered(qtbot)

    assert all(card.isVisible() for card in area.section_cards())
