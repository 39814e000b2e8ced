"""The closing meeting's date says what it is: the day planned with the owners ("Planeras den")
until the meeting is recorded, the day it was held ("Hölls den") after. "Hölls den" stood beside
a day still to come, as if the meeting had already been held."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import walk_reading, walk_steps
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_tab, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_alone
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.closing_tab import ClosingTab


def _beside_the_date(tab: ClosingTab) -> str:
    """The text a user reads left of the date field, on its line."""
    field = tab.held_on.geometry()
    texts = [
        label.text()
        for label in tab.findChildren(QLabel)
        if label.isVisible()
        and label.geometry().right() <= field.left()
        and abs(label.geometry().center().y() - field.center().y()) < field.height() // 2
    ]
    assert len(texts) == 1, texts
    return texts[0]


def test_the_date_is_planned_until_the_meeting_is_recorded_as_held(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walk_id = tessinparken(demo_ctx)
    demo_ctx.call(walk_steps.step_back, walk_id)  # walked, the closing meeting still to hold
    area = area_alone(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(walk_id)
    view = area.view
    tab = view.closing_tab
    click_tab(qtbot, view.tabs, tab)
    assert _beside_the_date(tab) == "Planeras den"

    qtbot.mouseClick(tab.save_closing_button, Qt.MouseButton.LeftButton)
    walk = demo_ctx.call(walk_reading.get_walk, walk_id)
    assert walk.status is WalkStatus.CLOSING_MEETING_HELD
    qtbot.waitUntil(lambda: _beside_the_date(tab) == "Hölls den")


def test_a_day_to_come_is_not_recorded_as_held(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The button says what it does with a meeting still planned ("Registrera … som hållet");
    a day to come is refused naming it, the notes typed kept: the walk read "Avslutande möte
    hållet" before the meeting was."""
    walk_id = tessinparken(demo_ctx)
    demo_ctx.call(walk_steps.step_back, walk_id)
    area = area_alone(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(walk_id)
    tab = area.view.closing_tab
    click_tab(qtbot, area.view.tabs, tab)
    assert (
        tab.save_closing_button.text() == "Registrera det avslutande mötet som hållet (Ctrl+Enter)"
    )
    planned = clock.today() + dt.timedelta(days=10)
    type_date(qtbot, tab.held_on, planned)
    tab.notes.setFocus()
    type_text(qtbot, tab.notes, " Parkmiljö kommer.")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.mouseClick(tab.save_closing_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert seen == [
        "Det avslutande mötet registreras som hållet när det har hållits: "
        f"{planned.isoformat()} är efter i dag ({clock.today().isoformat()})."
    ]
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.WALKED
    assert "Parkmiljö kommer." in tab.notes.toPlainText()  # what was typed, kept
    assert _beside_the_date(tab) == "Planeras den"
