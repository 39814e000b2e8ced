"""A walk's plan with no stops yet says so under the empty route, and how to add one or that the
route may be decided on the spot (the box was blank beside the participants' "Inga namngivna
personer eller boende ännu."); the first stop added, the text gives way to it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import places, walk_editing
from samverkan_desktop.services.walk_rows import WalkInput
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def _said(area: WalksArea) -> list[str]:
    """The visible texts between the route's list and its buttons, in the route's column."""
    tab = area.view.plan_tab
    right = tab.stops.mapTo(tab, tab.stops.rect().topRight()).x()
    top = tab.stops.mapTo(tab, tab.stops.rect().bottomLeft()).y()
    bottom = tab.add_stop_button.mapTo(tab, tab.add_stop_button.rect().topLeft()).y()
    return [
        label.text()
        for label in tab.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and top <= label.mapTo(tab, label.rect().topLeft()).y() < bottom
        and label.mapTo(tab, label.rect().topLeft()).x() < right
    ]


def test_an_empty_route_says_how_to_fill_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    place = demo_ctx.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk = demo_ctx.call(
        walk_editing.create_walk, WalkInput(place, clock.today() + dt.timedelta(days=30))
    )
    area = show_window(qtbot, WalksArea(demo_ctx), 1024, 768)
    area.open_walk(walk)
    assert _said(area) == [
        "Inga stopp ännu. Lägg till dem med ”Lägg till stopp”, eller bestäm rutten på plats."
    ]

    def add(dialog: QWidget) -> None:
        type_text(qtbot, dialog.focusWidget(), "Fontänen")
        click_button(qtbot, dialog, "Spara")

    modals.answer(add)
    click_button(qtbot, area.view.plan_tab, "Lägg till stopp…")
    modals.check()
    assert area.view.plan_tab.stops.count() == 1 and _said(area) == []
