"""Kris → Brandskydd as a coordinator uses it: Ins records an inspection typed with the keys, a
result of "Ej godkänt" without a remark is refused beside the remarks, the remark typed becomes an
action that Åtgärder lists with its origin, the header says when it was last inspected, and Del
on an inspection with remarks says how many and keeps it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import contacts
from tests.ui.answers import acknowledge
from tests.ui.clicks import line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import native_keys
from tests.ui.openers import area_in_window
from tests.ui.tables import column_texts, row_texts
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.fire_dialog import InspectionDialog

TODAY = dt.date(2026, 11, 20)
PREMISES = "Fältkontoret, Storgatan 1"
REMARK = "Brandcellsgräns bruten vid kabelgenomföring plan 2"


def _click_tab(qtbot: QtBot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_an_inspection_typed_with_keys_raises_its_remark_as_an_action(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    ctx.call(
        contacts.create_person,
        contacts.PersonInput("Tobias Hedlund", title="Utrymningsledare"),
        today=None,
    )
    window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1366, 768)
    _click_tab(qtbot, area.tabs, "Brandskydd")
    page = area.fire_page
    assert page.header.text().startswith("Ingen brandskyddsbesiktning är registrerad.")
    refusals: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        assert dialog.windowTitle() == "Ny brandskyddsbesiktning"
        assert dialog.next_due_on.value() == dt.date(2027, 11, 20)  # a year after, by default
        type_text(qtbot, dialog.premises, PREMISES)
        qtbot.keyClick(dialog.premises, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.inspected_on, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.performed_by, "Brandkonsult Öst AB")
        dialog.result_choice.setFocus()
        qtbot.keyClick(dialog.result_choice, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.result_choice, Qt.Key.Key_Down)
        assert dialog.result_choice.currentText() == "Ej godkänt"
        qtbot.keyClick(dialog.premises, Qt.Key.Key_Return)  # Enter saves: refused
        refusals.append(dialog.error_text("remarks"))
        type_text(qtbot, dialog.remarks, REMARK)
        qtbot.keyClicks(line_edit(dialog.responsible), "Hedlund")
        _ok(qtbot, dialog)

    modals.answer(fill)
    qtbot.waitUntil(window.isActiveWindow)  # keys reach the window's shortcuts
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    modals.check()
    assert refusals == [
        "En besiktning som inte godkändes behöver minst en anmärkning: skriv vad som ska "
        "åtgärdas, vem som ser till det och till när."
    ]
    row = row_texts(page.table, TODAY.isoformat())
    assert (row["Lokal"], row["Resultat"], row["Anmärkningar"]) == (
        PREMISES,
        "Ej godkänt",
        "1 öppen av 1",
    )
    assert row["Nästa besiktning"] == "2027-11-20"
    assert page.header.text().startswith(
        "<b>Senast besiktigat 20 nov av Brandkonsult Öst AB – Ej godkänt</b>"
    )
    assert "1 utrymningsledare" in page.header.text()
    assert REMARK in page.detail.text("remarks")

    # Del: refused with the number of remarks, and the inspection stays.
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    modals.check()
    assert any("1 anmärkning som följs upp som åtgärd" in text for text in seen)
    assert column_texts(page.table, "Lokal") == [PREMISES]

    # Åtgärder lists the remark with where it came from.
    window.navigate("actions")
    actions_area = window.area("actions")
    assert isinstance(actions_area, ActionsArea)
    qtbot.waitUntil(lambda: actions_area.table.model().rowCount() > 0)
    listed = dict(
        zip(
            column_texts(actions_area.table, "Åtgärd"),
            column_texts(actions_area.table, "Ursprung"),
            strict=True,
        )
    )
    assert listed[REMARK] == f"Brandskyddsbesiktning {TODAY.isoformat()}, {PREMISES}"


def test_new_inspection_names_both_its_keys(qtbot: QtBot, ctx: AppContext) -> None:
    """ "Ny besiktning…" answers to Ctrl+N and Ins; its tooltip named only Ins."""
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1366, 768)
    _click_tab(qtbot, area.tabs, "Brandskydd")
    page = area.fire_page
    button = page.toolbar.widgetForAction(page.new_action)
    assert button.toolTip() == f"Ny besiktning… ({native_keys('Ctrl+N')} / Ins)"


def test_the_empty_header_names_the_keys_the_new_inspection_action_binds(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Before, the header said "(Ins)" written into the text, while Ctrl+N does it too (the
    button's tooltip names both): the line now reads the keys from the action itself."""
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea)
    _click_tab(qtbot, area.tabs, "Brandskydd")
    page = area.fire_page
    assert page.header.text().split("<br/>")[0] == (
        "Ingen brandskyddsbesiktning är registrerad. Lägg till den senaste med"
        " Ny besiktning… (Ctrl+N / Ins)."
    )
    assert page.new_action.toolTip() == "Ny besiktning… (Ctrl+N / Ins)"
