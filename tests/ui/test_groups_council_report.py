"""Groups → Skriv ut → Anmälan till nämnden…: a small dialog asks for the period (this year up
to today), then the report to the district council opens in the preview; a period ending before
it starts is said beside its last day and nothing opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button, type_date
from tests.ui.openers import groups_print_dialog
from tests.ui.windows import show_window, shown_previews, wait_for_preview
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.period_dialog import PeriodDialog

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> GroupsArea:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    view.refresh()
    return view


def _open_dialog(qtbot: QtBot, area: GroupsArea) -> PeriodDialog:
    return groups_print_dialog(qtbot, area, "Anmälan till nämnden…", PeriodDialog)


def test_the_period_asked_opens_the_report_in_the_preview(qtbot: QtBot, area: GroupsArea) -> None:
    dialog = _open_dialog(qtbot, area)
    assert dialog.windowTitle() == "Anmälan till nämnden"
    assert dialog.period() == (dt.date(2026, 1, 1), TODAY)
    click_button(qtbot, dialog, "Förhandsgranska")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Anmälan till nämnden 2026-01-01 – 2026-11-20"
    assert preview.file_name == "Anmälan till nämnden 2026-01-01 – 2026-11-20.pdf"
    assert preview.document.pageCount() >= 3
    preview.close()


def test_a_period_ending_before_it_starts_is_said_and_nothing_opens(
    qtbot: QtBot, area: GroupsArea
) -> None:
    dialog = _open_dialog(qtbot, area)
    type_date(qtbot, dialog.to_edit, dt.date(2025, 12, 31))
    click_button(qtbot, dialog, "Förhandsgranska")
    assert dialog.isVisible()
    assert dialog.error_text("end") == "Perioden kan inte sluta innan den börjar."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: area.findChild(PeriodDialog) is None)
    assert not shown_previews()
