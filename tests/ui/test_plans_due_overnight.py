"""A plan's revision state in the register follows the calendar while the list stays open: the
state was worked out when the list loaded, so a plan falling due overnight (the window left open)
stayed 'Aktuell' in black until something reloaded the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plan_versions, plans
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.plans_page import PlansPage
from ui.widgets.table_model import DUE_SOON_COLOUR, WARNING_COLOUR


def _cell(table: QTableView, title: str, role: Qt.ItemDataRole) -> object:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(0, titles.index(title)).data(role)


def _colour(table: QTableView, title: str) -> object:
    brush = _cell(table, title, Qt.ItemDataRole.ForegroundRole)
    return brush.color() if isinstance(brush, QBrush) else None


def test_a_plan_falls_due_while_the_register_stays_open(
    qtbot: QtBot, ctx: AppContext, today: dt.date
) -> None:
    ctx.call(
        plans.create_plan,
        plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan", None, 12),
        plan_versions.VersionInput("1.0", today - dt.timedelta(days=200), "Stadsdelsdirektör"),
    )
    page = show_window(qtbot, PlansPage(ctx), 1280, 800)
    page.reload()
    due = page.model.rows()[0].next_revision
    assert due is not None
    table = page.table
    assert _cell(table, "Status", Qt.ItemDataRole.DisplayRole) == "Aktuell"

    # Weeks on, the same list still open: to revise soon, then past its date.
    page.today = lambda: due - dt.timedelta(days=30)
    table.viewport().update()
    assert _cell(table, "Status", Qt.ItemDataRole.DisplayRole) == "Revideras snart"
    assert _colour(table, "Nästa revidering") == DUE_SOON_COLOUR
    assert _cell(table, "Nästa revidering", Qt.ItemDataRole.ToolTipRole) == "om 30 dagar"

    page.today = lambda: due + dt.timedelta(days=1)
    assert _cell(table, "Status", Qt.ItemDataRole.DisplayRole) == "Försenad"
    assert _colour(table, "Status") == WARNING_COLOUR
    assert _cell(table, "Nästa revidering", Qt.ItemDataRole.ToolTipRole) == "1 dag försenad"
