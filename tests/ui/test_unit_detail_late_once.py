"""Larm → Enheter: a late unit's detail says it is late once, as its status ("Försenat", in
the warning colour), with the time it was due under "Åter senast" (in the same colour). It
said "Försenat" and then "FÖRSENAT sedan …" as two labelled facts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.services import alarms
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR


def test_a_late_units_detail_says_late_once(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = alarms_area(qtbot, demo_ctx)
    click_row(qtbot, area.units_page.table, "LARM-07")  # overdue in the demo
    facts = area.units_page.detail.facts
    assert facts.fact("status") == "Försenat"
    due = facts.fact("due")
    assert due == display_datetime(demo_ctx.call(alarms.find_unit, "LARM-07").due_at)
    shown = " ".join(facts.fact(key) for key in ("status", "borrower", "out", "due"))
    assert shown.lower().count("försenat") == 1
    due_label = next(label for label in facts.findChildren(QLabel) if label.text() == due)
    assert WARNING_COLOUR.name() in due_label.styleSheet()
