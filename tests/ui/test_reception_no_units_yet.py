"""The reception desk on the first day, before the coordinator has registered any alarm unit: it
says there are none yet and where they are added, rather than asking for a code that can only be
refused. Before, it showed "Skanna eller skriv larmets kod" over an empty desk, and a code typed
got "Det finns inget larm med koden …" with nothing saying that none exists at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.context import AppContext

NO_UNITS = (
    "Inga larm är registrerade ännu. Samordnaren lägger in dem i fönstret under "
    "Larm → ”Nytt larm” (F11 lämnar receptionsläget)."
)


def test_an_empty_desk_says_where_the_units_are_added(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, ctx, modals)
    assert window.prompt.text() == NO_UNITS
    assert window.tiles.tiles() == []

    type_text(qtbot, window.input, "LARM-01")  # tried all the same: refused, the way still said
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text() == "Det finns inget larm med koden ”LARM-01”."
    assert window.prompt.text() == NO_UNITS

    # The coordinator registers the first unit at her desk: the reception asks for codes.
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_VISIT))
    ctx.bus.announce("alarms")
    assert window.prompt.text() == "Skanna eller skriv larmets kod och tryck Enter."
    assert [tile.code for tile in window.tiles.tiles()] == ["LARM-01"]
    window.close()
