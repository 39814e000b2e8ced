"""Every ↑ and ↓ in Kris och övningar says what it does on hovering, "Flytta upp" and "Flytta
ned", as the walk's route and a template's points do: the crisis organisation's said so, an
exercise's objectives and planning checklist had two bare arrows."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_tab
from tests.ui.openers import crisis_tab
from tests.ui.windows import settle
from ui.context import AppContext

SAID = {"↑": "Flytta upp", "↓": "Flytta ned"}


def _arrows(view: QWidget) -> list[tuple[str, str]]:
    """(arrow, tooltip) of each ↑ or ↓ button shown in ``view``."""
    return [
        (b.text(), b.toolTip())
        for b in view.findChildren(QPushButton)
        if b.text() in SAID and b.isVisible()
    ]


def test_the_crisis_organisations_arrows_say_what_they_do(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    arrows = _arrows(area.org_page)
    assert len(arrows) == 6  # roles, holders, external contacts
    assert all(tip == SAID[arrow] for arrow, tip in arrows), arrows


def test_an_exercises_objectives_and_checklist_arrows_say_what_they_do(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    planned = next(
        e
        for e in demo_ctx.call(exercise_reading.list_exercises)
        if e.title == "Larm- och uppringningsprov för krisledningen"
    )
    area.open_exercise(planned.id)
    view = area.exercise_view
    for tab in (view.scenario_tab, view.checklist_tab):
        click_tab(qtbot, view.tabs, tab)
        settle(qtbot)
        arrows = _arrows(tab)
        assert sorted(arrow for arrow, _tip in arrows) == ["↑", "↓"]
        assert all(tip == SAID[arrow] for arrow, tip in arrows), arrows
