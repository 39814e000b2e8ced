"""Reviewing a plan that is due: 'Ny version' offers the next version's name (the demo's risk and
vulnerability analysis "2025", overdue, becomes this year's), selected so typing replaces it;
the field was empty and the yearly name had to be typed from memory each time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, row_texts
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.plan_dialogs import VersionDialog

RSA = "Risk- och sårbarhetsanalys (RSA)"


def test_new_version_offers_this_years_name(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    page = area.plans_page
    before = row_texts(page.table, RSA)
    assert before["Status"] == "Försenad"
    assert int(before["Version"]) < clock.today().year
    click_row(qtbot, page.table, RSA)
    this_year = str(clock.today().year)

    def accept_offer(dialog: QWidget) -> None:
        assert isinstance(dialog, VersionDialog)
        assert dialog.version.text() == this_year
        assert dialog.version.selectedText() == this_year  # typing replaces it
        click_button(qtbot, dialog, "Lägg till version")

    modals.answer(accept_offer)
    click_button(qtbot, page.toolbar, "Ny version…")
    modals.check()
    after = row_texts(page.table, RSA)
    assert after["Version"] == this_year
    assert after["Status"] == "Aktuell"
