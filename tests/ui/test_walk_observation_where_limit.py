""" "Ny iakttagelse": the "Var exakt" field stops at the 300 characters the column holds; before,
typing went on and the save was refused as "Plats får vara högst 300 tecken.", a field the form
does not have (tests/core/test_text_lengths.py: the refusal now names "Var exakt")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import observations_tab
from ui.context import AppContext
from ui.walks.observation_dialogs import ObservationDialog

WHERE = "Trappan mot Valhallavägen, vid den andra belysningsstolpen. " * 6  # 360 characters


def test_where_exactly_stops_at_its_limit(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    walk = tab.walk
    assert walk is not None
    before = {row.id for row in demo_ctx.call(walk_records.list_observations, walk.id)}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ObservationDialog)
        type_text(qtbot, dialog.location, WHERE)
        assert dialog.location.text() == WHERE[:300]  # it stops: what is shown is what is saved
        type_text(qtbot, dialog.description, "Två lampor trasiga")
        click_button(qtbot, dialog, "Spara")
        assert not dialog.isVisible(), dialog.error_text("location")

    modals.answer(fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    modals.check()
    rows = demo_ctx.call(walk_records.list_observations, walk.id)
    added = [row for row in rows if row.id not in before]
    assert [row.location for row in added] == [WHERE[:300].strip()]
