""" "Historik…" where the coordinator keeps the agreement and the week's summary: from the list of
agreements (button or Ctrl+H) a figure of the action plan changed 188 → 190 reads as such; from
the weekly summary (button or Ctrl+H) an item's heading just typed is saved first and shows with
its old and new text. A week with nothing written has no History to open."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import agreements, groups, weekly_briefs
from samverkan_desktop.services.action_plan import FigureInput, save_area_plan
from samverkan_desktop.services.agreements import AgreementInput
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog
from ui.widgets.history import HistoryDialog

TITLE = "Lokal samverkansöverenskommelse Östermalm"
FIGURE = "Siffra i lägesbilden ”Anmälda brott: skadegörelse, Stureplan, 2019”"
TODAY = dt.date(2026, 12, 3)  # Thursday of week 49
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _read(qtbot: QtBot, seen: dict[str, Any]) -> Any:
    """A handler: what the History shows (its title, the newest change, its part and fields)."""

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.entries.model()
        seen["title"] = dialog.windowTitle()
        seen["newest"] = model.index(0, 3).data()
        seen["part"] = dialog.part.text() if dialog.part.isVisible() else ""
        seen["fields"] = dialog.field_texts()
        click_button(qtbot, dialog, "Stäng")

    return read


def _figure(value: str) -> list[FigureInput]:
    return [FigureInput("Anmälda brott: skadegörelse", "Stureplan", "2019", value)]


def test_a_figure_changed_in_the_action_plan_reads_in_the_agreements_history(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    area = ctx.call(groups.list_priority_areas)[0]
    agreement = ctx.call(
        agreements.create_agreement,
        AgreementInput(TITLE, dt.date(2021, 1, 1), priority_area_ids=(area.id,)),
    )
    ctx.call(save_area_plan, agreement, area.id, "Allmänna platser är trygga", _figure("188"))
    ctx.call(save_area_plan, agreement, area.id, "Allmänna platser är trygga", _figure("190"))
    dialog = show_window(qtbot, AgreementsDialog(ctx), 900, 400)
    qtbot.waitUntil(dialog.isActiveWindow)

    seen: dict[str, Any] = {}
    modals.answer(_read(qtbot, seen))
    click_button(qtbot, dialog, "Historik…")
    modals.check()
    assert seen == {
        "title": f"Historik: Överenskommelse – {TITLE}",
        "newest": f"{FIGURE}: Värde: 188 → 190",
        "part": FIGURE,
        "fields": [("Värde", "188", "190")],
    }

    # Ctrl+H in the list opens it too.
    again: dict[str, Any] = {}
    modals.answer(_read(qtbot, again))
    click_row(qtbot, dialog.table, TITLE)
    dialog.activateWindow()  # in front again, as the History closed
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: bool(again))  # the button's shortcut clicks it a moment later
    modals.check()
    assert again == seen


def test_without_an_agreement_there_is_no_history_to_open(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = show_window(qtbot, AgreementsDialog(ctx), 900, 400)
    assert not dialog.history_button.isEnabled()


def test_an_items_new_heading_reads_in_the_weeks_history(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    week = BriefWeek(2026, 49)
    ctx.call(weekly_briefs.add_item, week, ItemInput(BriefSource.SLK, "Demonstration", None))
    ctx.call(weekly_briefs.add_item, week, ItemInput(BriefSource.SSR, "Bedrägerier", None))
    dialog = show_window(qtbot, WeeklyBriefDialog(ctx), 1000, 560)
    qtbot.waitUntil(dialog.isActiveWindow)

    # Typed, not yet saved: "Historik…" saves it first, so the History has it.
    click_row(qtbot, dialog.table, "SSR")
    type_text(qtbot, dialog.editor.heading, " mot äldre")
    seen: dict[str, Any] = {}
    modals.answer(_read(qtbot, seen))
    click_button(qtbot, dialog, "Historik…")
    modals.check()
    item = "Punkt i veckosammanställningen 2 ”Bedrägerier mot äldre”"
    assert seen == {
        "title": "Historik: Veckosammanställning – Vecka 49, 30 nov – 6 dec 2026",
        "newest": f"{item}: Rubrik: Bedrägerier → Bedrägerier mot äldre",
        "part": item,
        "fields": [("Rubrik", "Bedrägerier", "Bedrägerier mot äldre")],
    }

    again: dict[str, Any] = {}
    modals.answer(_read(qtbot, again))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_H, CTRL)
    modals.check()
    assert again == seen

    # The next week has nothing written: nothing to show.
    click_button(qtbot, dialog, "Nästa vecka ›")
    assert not dialog.history_button.isEnabled()
