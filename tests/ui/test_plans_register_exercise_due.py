"""The plans register's "Senast övad" stands out, in the colour of a revision due soon, for the
plans the Overview's card asks to exercise (one rule: services/plan_exercise_due.py): the
example district's plans never exercised though in force for years; not the SBA plan, whose
evacuation drill is planned, nor the krisledningsplan, last exercised in February 2021, whose
call-out test is planned (called off, its date stands out too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import crisis_overview
from tests.demo_call_out import KRISLEDNINGSPLAN, call_off_the_call_out_test
from tests.ui.cell_room import column_of
from tests.ui.openers import crisis_tab
from ui.context import AppContext
from ui.widgets.table_model import DUE_SOON_COLOUR


def _marked(table) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The plans whose "Senast övad" is coloured, with the cell's text."""
    model, column = table.model(), column_of(table, "Senast övad")
    marked = {}
    for row in range(model.rowCount()):
        brush = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        if brush is not None and brush.color() == DUE_SOON_COLOUR:
            marked[model.index(row, 0).data()] = model.index(row, column).data()
    return marked


def test_last_exercised_is_coloured_for_the_plans_the_overview_asks_to_exercise(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    never_exercised = {
        "Kontinuitetsplan hemtjänst och äldreomsorg": "aldrig övad",
        "Plan för hantering av extraordinära händelser": "aldrig övad",
        "Rutin vid hot och våld mot medarbetare": "aldrig övad",
    }
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    assert _marked(area.plans_page.table) == never_exercised
    card = demo_ctx.call(crisis_overview.plans_due, clock.today())
    assert {i.title for i in card.items if "övad" in i.detail} == set(never_exercised)

    call_off_the_call_out_test(demo_ctx.call)
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    assert _marked(table) == {KRISLEDNINGSPLAN: "2021-02-17", **never_exercised}
    # One rule, no tooltip needed: "aldrig" is always coloured (a black one, for the SBA plan
    # whose drill is planned, read as chance beside the orange ones).
    model, column = table.model(), column_of(table, "Senast övad")
    never = {
        model.index(row, 0).data()
        for row in range(model.rowCount())
        if model.index(row, column).data() == "aldrig övad"
    }
    assert never == {name for name, text in _marked(table).items() if text == "aldrig övad"}
    card = demo_ctx.call(crisis_overview.plans_due, clock.today())
    asked = {i.title for i in card.items if "övad" in i.detail}
    assert asked == set(_marked(table))
