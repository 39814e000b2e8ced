""" "Ångra" and Ctrl+Z after a crisis plan's "Ny version…" and after "Markera kontrollerad" on the
crisis organisation's lists: the notice under the list offered no undo there, as it does
elsewhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plans
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.plan_dialogs import VersionDialog

PLAN = "Krisledningsplan Östermalm"


def _ctrl_z(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)


def test_ctrl_z_removes_the_version_just_added(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(
        plans.create_plan,
        PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, PLAN),
        VersionInput("1.0", clock.today() - dt.timedelta(days=300), "Stadsdelsdirektör"),
    )
    window, area = crisis_tab(qtbot, ctx, "plans_page")
    page = area.plans_page
    click_row(qtbot, page.table, PLAN)

    offered: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, VersionDialog)
        offered.append(dialog.version.text())  # "2.0", adopted today
        click_button(qtbot, dialog, "Lägg till version")

    modals.answer(add)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    modals.check()
    assert row_texts(page.table, PLAN)["Version"] == offered[0] != "1.0"
    assert page.notice.undo_button.isVisible()

    _ctrl_z(qtbot, window)
    assert row_texts(page.table, PLAN)["Version"] == "1.0"
    assert [v.version for v in page.detail.detail.versions] == ["1.0"]  # type: ignore[union-attr]
    assert page.notice.isHidden()


def test_ctrl_z_gives_an_external_contact_its_earlier_verified_date(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    before = row_texts(org.external, "SOS Alarm")["Senast kontrollerad"]
    assert before != clock.today().isoformat()
    click_row(qtbot, org.external, "SOS Alarm")
    assert org.external_buttons[4].text() == "Markera kontrollerad"
    qtbot.mouseClick(org.external_buttons[4], Qt.MouseButton.LeftButton)
    assert row_texts(org.external, "SOS Alarm")["Senast kontrollerad"] == (
        clock.today().isoformat()
    )
    assert org.notice.undo_button.toolTip() == "Ångra (Ctrl+Z)"

    _ctrl_z(qtbot, window)
    assert row_texts(org.external, "SOS Alarm")["Senast kontrollerad"] == before
