"""Åtgärder at 1024 × 768, action after action: the pane gives the chosen action's facts the
height they need, measured for that action alone. It measured the new action with the layout
of the one shown before (the splitter's height before the new title was laid out, a fact
list's height of the action before, the viewport's width with its scroll bar): some actions
got ~294 px of the ~360 their facts need ("Ursprung" cut at the bottom, the facts scrolling)
beside an empty notes list of ~283 px, and the same action was laid out differently
depending on the one chosen before it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.services import actions, contacts
from samverkan_desktop.services.actions import ActionInput
from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.actions.detail import ActionDetailPane
from ui.context import AppContext

SCREEN = (1024, 768)
TODAY = dt.date(2026, 11, 23)

# B, chosen first, after A or after C: its facts got less than they need after A, more after C
# (whose facts had a scroll bar, a narrower viewport).
A = "Rekrytera utrymningsledare till plan 3"
B = "Samla erfarenheter av våld i nära relation från socialtjänsten"
C = "Ta fram polisens statistik över bedrägerier mot äldre i området"

# Facts and a description taller than two thirds of the pane's splitter, with no notes yet.
LONG = "Se över tryggheten längs promenadstråket"
LONG_TEXT = (
    "Boende har vid flera möten beskrivit stråket som otryggt efter mörkrets inbrott. "
    "Belysningen är ojämn, buskagen skymmer sikten och det saknas skyltning mot hållplatsen. "
    "Gå igenom stråket med fastighetsägaren och parkförvaltningen, kvällstid, och "
    "bjud in föreningen som driver simhallens café. Återkoppla till trygghetsrådet i december med förslag på åtgärder och en tidsplan för dem."
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _raise_long(session: Session) -> None:
    actions.create_action(
        session,
        ActionInput(
            LONG,
            responsible_organisation_id=contacts.list_organisations(session)[0].id,
            raised_on=TODAY - dt.timedelta(days=40),
            due_on=TODAY - dt.timedelta(days=12),
            description=LONG_TEXT,
        ),
    )


def _outside(pane: ActionDetailPane) -> list[str]:
    """The shown texts of the sections (facts' labels and values, the description) that are
    not wholly inside the part of the pane that shows them."""
    viewport = pane._scroll.viewport()
    seen = viewport.rect()
    outside = []
    for label in pane._body.findChildren(QLabel):
        if label.isVisibleTo(viewport) and label.text():
            spot = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
            if not seen.contains(spot):
                outside.append(f"{label.text()!r} at {spot.getRect()} in {seen.getRect()}")
    return outside


def _chosen(qtbot: QtBot, area: ActionsArea, title: str) -> ActionDetailPane:
    click_row(qtbot, area.table, title)
    qtbot.waitUntil(lambda: area.detail.title.text() == title)
    settle(qtbot)
    return area.detail


def test_each_actions_facts_are_in_view_down_the_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    demo_ctx.call(_raise_long)
    area = actions_with_rows(qtbot, demo_ctx, *SCREEN)
    titles = column_texts(area.table, "Åtgärd")
    assert LONG in titles
    pane = _chosen(qtbot, area, titles[0])
    for number, title in enumerate(titles):
        if number:
            qtbot.keyClick(area.table, Qt.Key.Key_Down)
            settle(qtbot)
        assert pane.title.text() == title
        assert not pane._scroll.verticalScrollBar().isVisible(), title
        assert _outside(pane) == [], title
        if title == LONG:  # more than two thirds: the empty notes list gives way
            top, below = pane._splitter.sizes()
            assert top == pane.sections_need() > 2 * (top + below) // 3
            least = pane.bottom_need()
            assert least is not None and below >= least


def test_an_action_is_laid_out_the_same_whichever_was_shown_before(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, *SCREEN)

    def facts_geometry() -> list[object]:
        pane = area.detail
        labels = pane.facts.findChildren(QLabel)
        return [
            pane._splitter.sizes(),
            pane._scroll.viewport().size(),
            *((label.text(), label.geometry()) for label in labels if label.isVisible()),
        ]

    _chosen(qtbot, area, B)  # the first: the pane widens beside the list after it is filled
    first = facts_geometry()
    _chosen(qtbot, area, A)
    _chosen(qtbot, area, B)
    after_a = facts_geometry()
    _chosen(qtbot, area, C)
    _chosen(qtbot, area, B)
    assert facts_geometry() == after_a == first
