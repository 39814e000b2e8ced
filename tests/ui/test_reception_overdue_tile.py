"""A late unit's tile says it is late once: "Försenat" over "sedan …". It said "Försenat" and
then again "FÖRSENAT sedan …", a line more on every late tile."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from tests.ui.text_fit import plain
from ui.context import AppContext


def test_a_late_tile_says_late_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    try:
        lines = plain(window.tiles.tile("LARM-07").text()).splitlines()
        assert lines[0] == "LARM-07"
        assert lines[1:3] == ["Försenat", "David Karlsson"]
        assert re.fullmatch(r"sedan \d{4}-\d\d-\d\d \d\d\.\d\d", lines[3]) and len(lines) == 4
        assert "FÖRSENAT" not in window.tiles.tile("LARM-07").text()
        # A unit on time still says its state, then until when (a home loan: not to whom).
        lines = plain(window.tiles.tile("LARM-14").text()).splitlines()
        assert lines[1:3] == ["Utlånat", "hemlån"] and lines[3].startswith("till och med ")
    finally:
        window.close()
