"""Refusals in the Safety walks area. Deleting: what the service will refuse is said at once,
with its reason, never after the user has been asked to confirm a deletion that cannot happen.
A form: the refusal under a field goes as soon as the user corrects the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import (
    checklists,
    places,
    walk_actions,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_rows,
    walk_steps,
)
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.route_dialogs import StopDialog


def _tessinparken(ctx: AppContext) -> int:
    return next(
        w.id
        for w in ctx.call(walk_reading.list_walks)
        if w.place == "Tessinparken" and w.date.year == 2021
    )


def _area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    return show_window(qtbot, WalksArea(ctx), 1280, 800)


def test_an_observation_with_actions_is_refused_at_once_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = _tessinparken(demo_ctx)
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    observation = tab.current()
    assert observation is not None
    assert demo_ctx.call(walk_actions.list_for_observation, observation.id)
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))  # OK: a confirmation has Delete and Cancel
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert len(seen) == 1 and "åtgärd" in seen[0] and "kan inte tas bort" in seen[0]
    assert demo_ctx.call(walk_records.get_observation, observation.id).id == observation.id

    # One without actions is asked about, then deleted.
    free = demo_ctx.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput("Skräp vid bänken", location="Vid bänken"),
    )
    demo_ctx.bus.announce("walks")
    tab.select(free)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert free not in [o.id for o in demo_ctx.call(walk_records.list_observations, walk_id)]


def test_a_stop_with_findings_is_refused_at_once_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = _tessinparken(demo_ctx)
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    tab = area.view.plan_tab
    area.view.tabs.setCurrentWidget(tab)
    tab.stops.setCurrentRow(1)
    before = demo_ctx.call(walk_route.list_stops, walk_id)
    assert before[1].observation_count or before[1].answer_count
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.mouseClick(tab.remove_stop_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert len(seen) == 1 and "kan inte tas bort" in seen[0] and before[1].name in seen[0]
    assert demo_ctx.call(walk_route.list_stops, walk_id) == before


def test_a_place_with_walks_is_refused_at_once_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.places_page)
    click_row(qtbot, area.places_page.table, "Tessinparken")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, area.places_page, "Ta bort…")
    modals.check()
    assert len(seen) == 1 and "Tessinparken" in seen[0] and "vandring" in seen[0]
    assert "Tessinparken" in [p.name for p in demo_ctx.call(places.list_places)]


def test_a_walk_made_meanwhile_is_refused_at_once_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    planned = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(demo_ctx.call(places.list_places)[0].id, clock.today()),
    )
    area = _area(qtbot, demo_ctx)
    area.open_walk(planned)
    assert area.view.delete_action.isEnabled()
    # Another desk marks it walked; this window has not heard of it yet.
    demo_ctx.call(walk_steps.mark_walked, planned, clock.today())
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    area.view.delete_action.trigger()
    modals.check()
    assert len(seen) == 1 and "kan inte tas bort" in seen[0]
    assert demo_ctx.call(walk_reading.get_walk, planned).id == planned


def test_a_refused_stop_name_is_corrected_and_the_stop_added_with_enter(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(demo_ctx.call(places.list_places)[0].id, clock.today()),
    )
    demo_ctx.call(walk_route.add_stop, walk, "Entren")
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk)
    tab = area.view.plan_tab
    steps: list[tuple[str, bool, str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StopDialog)
        name = dialog.name

        def note(step: str) -> None:
            steps.append((step, dialog.isVisible(), dialog.error_text("name")))

        qtbot.keyClick(name, Qt.Key.Key_Return)  # nothing typed
        note("empty")
        qtbot.keyClicks(name, "E")
        note("typing")
        qtbot.keyClicks(name, "ntren")
        qtbot.keyClick(name, Qt.Key.Key_Return)  # the route has an Entren already
        note("taken")
        qtbot.keyClicks(name, " norra")
        note("corrected")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        note("saved")

    modals.answer(fill)
    qtbot.mouseClick(tab.add_stop_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert steps == [
        ("empty", True, "Stopp måste fyllas i."),
        ("typing", True, ""),  # the refusal goes as the user corrects the field
        ("taken", True, "”Entren” finns redan på rutten (stopp 1)."),
        ("corrected", True, ""),
        ("saved", False, ""),
    ]
    assert [s.name for s in demo_ctx.call(walk_route.list_stops, walk)] == [
        "Entren",
        "Entren norra",
    ]
    assert tab.stops.currentItem().text() == "2. Entren norra"


def test_a_walk_not_made_has_its_report_greyed_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The core's rule, as the command line has it: a plan and a cancelled walk have no report
    (a cancelled walk's report was offered)."""
    place = demo_ctx.call(places.list_places)[0].id
    walk_id = demo_ctx.call(walk_editing.create_walk, walk_rows.WalkInput(place, clock.today()))
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    report = area.view.print_report
    assert not report.isEnabled()
    assert report.toolTip() == (
        "Vandringen är inte genomförd än: rapporten skrivs ut efter vandringen."
    )
    demo_ctx.call(walk_steps.cancel_walk, walk_id)
    demo_ctx.bus.announce("walks")
    assert not report.isEnabled()
    assert report.toolTip() == "Vandringen är inställd: den har ingen rapport."
    demo_ctx.call(walk_steps.step_back, walk_id)
    demo_ctx.call(walk_steps.mark_walked, walk_id, clock.today())
    demo_ctx.bus.announce("walks")
    assert report.isEnabled()
    assert report.toolTip().startswith("Vandringsrapport… (")  # its key again


def test_a_walk_with_checklist_answers_is_not_taken_back_and_asks_nothing_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Mer ▸ "Ångra senaste steget" on a walk whose checklist has answers: refused at once,
    naming them, the walk still walked (it went back to planning with its answers)."""
    place = demo_ctx.call(places.list_places)[0].id
    template = demo_ctx.call(checklists.default_template_id)
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place, clock.today(), checklist_template_id=template),
    )
    stop = demo_ctx.call(walk_route.add_stop, walk_id, "Norra entrén")
    demo_ctx.call(walk_steps.mark_walked, walk_id, clock.today())
    sheet = demo_ctx.call(walk_records.get_checklist, walk_id)
    answer = walk_records.AnswerInput(sheet.items[0].id, 1, "Trasig lampa")
    demo_ctx.call(walk_records.save_stop_answers, stop, [answer])
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))  # OK: a question would have Ta tillbaka and Avbryt
    area.view.back_action.trigger()
    modals.check()
    assert seen == ["Vandringen har 1 svar i checklistan, så den förblir markerad som genomförd."]
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.WALKED
