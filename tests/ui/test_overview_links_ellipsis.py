"""The Overview cards' links end in "…" as every other button that opens something does
("Redigera…", "Skriv ut…"): "Öppna i Åtgärder…", "Visa alla 5…". They read "Öppna i
Åtgärder …", a space before the dots, which in Swedish marks words left out."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.overview.view import OverviewArea


def test_the_cards_links_have_no_space_before_the_ellipsis(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, overview = area_in_window(qtbot, demo_ctx, "overview", OverviewArea, 1024, 768)
    settle(qtbot)
    links = [
        button.text()
        for card in overview.section_cards()
        for button in card.findChildren(QAbstractButton)
        if button.isVisibleTo(card) and button.text().endswith("…")
    ]
    assert any(text.startswith("Öppna i ") for text in links), links
    assert any(text.startswith("Visa alla ") for text in links), links
    assert [text for text in links if text.endswith(" …")] == []
