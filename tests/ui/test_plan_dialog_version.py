"""A new plan's adoption is not dropped without a word: with a date (or an adopter) typed but no
version the plan was added with no version at all, and the register said 'Inget datum'."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import plans
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.crisis.plan_dialogs import PlanDialog


def test_an_adoption_without_a_version_is_asked_about(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = PlanDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    type_text(qtbot, dialog.name, "Krisledningsplan Östermalm")
    type_date(qtbot, dialog.adopted_on, dt.date(2025, 12, 14))
    click_button(qtbot, dialog, "Lägg till plan")
    assert dialog.isVisible()
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert (
        "Skriv vilken version som fastställdes, t.ex. 2.0 (eller töm fälten om fastställandet)."
        in shown
    )
    assert ctx.call(plans.list_plans) == []
    type_text(qtbot, dialog.version, "2025")
    click_button(qtbot, dialog, "Lägg till plan")
    assert not dialog.isVisible()
    (row,) = ctx.call(plans.list_plans)
    assert (row.version, row.adopted_on) == ("2025", dt.date(2025, 12, 14))
