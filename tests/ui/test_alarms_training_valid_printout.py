"""Larm → Skriv ut ▾ → Giltig larmutbildning: the reception's list of who holds a valid alarm
training opens in the preview like the other alarm printouts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.menus import choose_in_menu
from tests.ui.windows import shown_previews
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.widgets.pdf_dialog import PdfPreviewDialog


def _previews() -> list[PdfPreviewDialog]:
    return shown_previews()


def test_the_valid_training_list_opens_in_the_preview(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = AlarmsArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    choose_in_menu(area.printouts_menu, "Giltig larmutbildning…")
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=15_000)
    preview = _previews()[0]
    assert preview.windowTitle() == "Giltig larmutbildning"
    text = preview.document.getAllText(0).text()
    # In the demo Lena Persson renewed her training 14 months ago; David Karlsson's lapsed.
    assert "Lena Persson" in text and "Giltig till" in text
    assert "David Karlsson" not in text
    preview.close()
