"""The record views with a list under the facts (Larm → Enheter's history, Kontakter →
Organisationer's people, Larm → Utbildning's attendees) at 1024 × 768: a record whose facts
and notes need more than two thirds of the pane, with its list empty (a unit new to the
cupboard, an organisation nobody is entered for yet, a session still to come) shows them
whole; the empty list keeps its least height. They scrolled beside a third of empty list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.models import OrganisationKind, UnitKind
from samverkan_desktop.services import alarms, contacts, training
from samverkan_desktop.services.alarms import UnitInput
from samverkan_desktop.services.contacts import OrganisationInput
from samverkan_desktop.services.training import SessionInput
from tests.ui.clicks import click_tab
from tests.ui.tables import click_row
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.detail import DetailPane
from ui.widgets.list_page import ListPage

SCREEN = (1024, 768)
NOTES = (
    "Förvaras i det låsta skåpet bakom receptionen på Karlavägen 104; nyckeln hos "
    "receptionen och hos samordnaren. Laddas på fredagar, funktionstestas den första "
    "måndagen i månaden tillsammans med de andra larmen. Lånas ut för hembesök hos "
    "personer där handläggaren bedömt att det finns en risk, och för hemmabruk när en "
    "anställd hotats i tjänsten. Vid förlust: anmäl till säkerhetsstrategen samma dag, "
    "spärra larmet hos leverantören och skriv en avvikelserapport. Kontaktperson hos "
    "leverantören är kundtjänsten, som nås vardagar 8–17; utanför den tiden går larmen "
    "till larmcentralen som vanligt. Byt batteri vart annat år, senast i mars. "
    "Inför semestern samlas alla utlånade larm in, laddas och testas innan de lämnas ut "
    "igen; ett larm som inte håller laddningen en hel arbetsdag skickas på service. "
    "Varje larm är märkt med sin kod på en etikett, och låntagarkortet följer med larmet. "
    "Frågor om rutinen besvaras av samordnaren eller av receptionen."
)


def _outside(pane: DetailPane) -> list[str]:
    """The shown texts of the sections not wholly inside the part of the pane that shows them."""
    viewport = pane._scroll.viewport()
    outside = []
    for label in pane._body.findChildren(QLabel):
        if label.isVisibleTo(viewport) and label.text():
            spot = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
            if not viewport.rect().contains(spot):
                outside.append(f"{label.text()[:30]!r} at {spot.getRect()}")
    return outside


def _unit(session: Session) -> str:
    alarms.create_unit(session, UnitInput("LARM-15", UnitKind.HOME_VISIT, notes=NOTES))
    return "LARM-15"


def _organisation(session: Session) -> str:
    name = "Östermalms hembygdsförening"
    contacts.create_organisation(
        session, OrganisationInput(name, OrganisationKind.OTHER, phone="08-660 00 00", notes=NOTES)
    )
    return name


def _session(session: Session) -> str:
    course = training.list_courses(session)[0]
    held_on = clock.today() + dt.timedelta(days=30)  # to come: nobody has attended it
    # The session's pane has less room (the page's tool bar runs across it, and its empty list
    # keeps its buttons under it): the notes without their last two sentences still need more
    # than two thirds of it.
    notes = NOTES.rsplit(". ", 2)[0] + "."
    training.create_session(session, SessionInput(course.id, held_on, "Karlavägen 104", notes))
    return date_with_week(held_on)  # the list's first column


VIEWS: dict[str, tuple[Callable[[Session], str], str, str]] = {
    # What to add, the area, the page (the attribute of the area).
    "unit": (_unit, "alarms", "units_page"),
    "organisation": (_organisation, "contacts", "organisations"),
    "session": (_session, "alarms", "training_page"),
}


@pytest.mark.parametrize("view", VIEWS)
def test_facts_taller_than_two_thirds_beside_an_empty_list_are_shown_whole(
    qtbot: QtBot, demo_ctx: AppContext, view: str
) -> None:
    add, key, page_name = VIEWS[view]
    first_cell = demo_ctx.call(add)
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), *SCREEN)
    window.navigate(key)
    area = window.area(key)
    page = getattr(area, page_name)
    assert isinstance(page, ListPage)
    tabs = page.parentWidget()
    while not isinstance(tabs, QTabWidget):
        assert tabs is not None
        tabs = tabs.parentWidget()
    click_tab(qtbot, tabs, page)
    page.reload()
    settle(qtbot)
    click_row(qtbot, page.table, first_cell)
    settle(qtbot)
    pane: DetailPane = page.detail  # type: ignore[attr-defined]
    assert pane.showing_record()
    # Shown whole: no scroll bar, every text inside the part that shows them.
    assert not pane._scroll.verticalScrollBar().isVisible()
    assert _outside(pane) == []
    top, below = pane._splitter.sizes()
    least = pane.bottom_need()  # the empty list: its least height
    assert least is not None and below >= least
    # The facts get what they need, short only of the empty list's least height (the
    # application's own style, installed by an earlier test's run_app, makes it a few pixels
    # taller), and that is over two thirds: the case.
    assert top == min(pane.sections_need(), top + below - least)
    assert top > 2 * (top + below) // 3
    assert _part_below(pane).isVisible()


def _part_below(pane: DetailPane) -> QWidget:
    part = pane._splitter.widget(1)
    assert part is not None
    return part
