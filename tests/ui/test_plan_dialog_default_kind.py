"""A new crisis plan starts as the plan a district makes first, its crisis management plan: the
kind shown matches the name's hint ("t.ex. Krisledningsplan Östermalm")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plans
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from ui.context import AppContext
from ui.crisis.plan_dialogs import PlanDialog


def test_a_new_plan_starts_as_the_crisis_management_plan_its_hint_names(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "plans_page")
    seen: dict[str, str] = {}

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        seen["kind"] = dialog.kind.currentText()
        seen["hint"] = dialog.name.placeholderText()
        type_text(qtbot, dialog.name, "Krisledningsplan Östermalm")
        click_button(qtbot, dialog, "Lägg till plan")

    modals.answer(add)
    click_button(qtbot, area.plans_page.toolbar, "Ny plan…")
    modals.check()
    assert seen == {"kind": "Krisledningsplan", "hint": "t.ex. Krisledningsplan Östermalm"}
    (plan,) = ctx.call(plans.list_plans)
    assert (plan.name, plan.kind) == ("Krisledningsplan Östermalm", PlanKind.CRISIS_MANAGEMENT_PLAN)
