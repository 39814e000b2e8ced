"""Översikt → Veckosammanställning…: the coordinator writes Friday's summary item by item with
the keyboard (Ctrl+N, Ctrl+S, Delete after a question), is told beside the text what is
missing, moves between weeks, marks it sent and previews "Inför helgen", and closing with an item typed
and unsaved asks. (Another desk's change meanwhile: test_weekly_brief_two_desks.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, weekly_brief
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import show_window, wait_for_preview
from ui.context import AppContext
from ui.overview.view import OverviewArea
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

TODAY = dt.date(2026, 12, 3)  # Thursday of week 49
WEEK = BriefWeek(2026, 49)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _dialog(qtbot: QtBot, ctx: AppContext) -> WeeklyBriefDialog:
    dialog = show_window(qtbot, WeeklyBriefDialog(ctx), 1000, 560)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _answer(qtbot: QtBot, button: str, seen: list[str]) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(qtbot, box, button)

    return answer


def test_the_overview_opens_this_weeks_summary(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, _overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    seen: list[str] = []

    def look(dialog: WeeklyBriefDialog) -> None:
        seen.append(plain(dialog.week_bar.week_label.text()))
        click_button(qtbot, dialog, "Stäng")

    weekly_brief(qtbot, window, modals, look)
    assert seen == ["Vecka 49, 30 nov – 6 dec 2026"]


def test_writing_the_summary_with_the_keyboard(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    assert dialog.week_bar.sent_label.text() == "Inte skickad"
    assert not dialog.sent_button.isEnabled()  # nothing to send yet

    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    assert editor.caption.text() == "Ny punkt" and editor.heading.hasFocus()
    type_text(qtbot, editor.heading, "Demonstration vid Humlegården")
    type_text(qtbot, editor.text, "Lördag 14–16, samling vid Humlegården.")
    qtbot.mouseClick(
        editor.shareable, Qt.MouseButton.LeftButton, pos=editor.shareable.rect().center()
    )
    qtbot.keyClick(editor.text, Qt.Key.Key_S, CTRL)
    assert column_texts(dialog.table, "Rubrik") == ["Demonstration vid Humlegården"]
    assert column_texts(dialog.table, "Delas vidare") == ["ja"]

    # A second item, from SSR, without a heading first: refused beside the text, which stays.
    qtbot.keyClick(editor.heading, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(editor.source, Qt.Key.Key_Down)
    type_text(qtbot, editor.text, "Fler telefonbedrägerier mot äldre i länet.")
    click_button(qtbot, dialog, "Spara punkt")
    assert editor.error.text() == "Ge punkten en rubrik."
    assert editor.heading.hasFocus()
    assert editor.text.toPlainText() == "Fler telefonbedrägerier mot äldre i länet."
    type_text(qtbot, editor.heading, "Bedrägerier mot äldre")
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)
    assert not editor.error.isVisible()
    assert column_texts(dialog.table, "Ursprung") == ["SLK-nätverket", "SSR"]

    # Moved up, then the first removed after a question.
    click_button(qtbot, dialog, "Upp")
    assert column_texts(dialog.table, "Rubrik") == [
        "Bedrägerier mot äldre",
        "Demonstration vid Humlegården",
    ]
    # Typed into the selected item, then another chosen: saved on the way, the other shown.
    type_text(qtbot, editor.heading, " i länet")
    click_row(qtbot, dialog.table, "SLK-nätverket")
    qtbot.waitUntil(lambda: editor.heading.text() == "Demonstration vid Humlegården")
    assert column_texts(dialog.table, "Rubrik")[0] == "Bedrägerier mot äldre i länet"
    click_row(qtbot, dialog.table, "SSR")
    seen: list[str] = []
    modals.answer(_answer(qtbot, "Ta bort", seen))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    modals.check()
    assert seen == ["Ta bort ”Bedrägerier mot äldre i länet” ur sammanställningen för vecka 49?"]
    assert column_texts(dialog.table, "Rubrik") == ["Demonstration vid Humlegården"]

    click_button(qtbot, dialog, "Markera som skickad")
    assert dialog.week_bar.sent_label.text() == "Skickad till förvaltningsledningen 2026-12-03"
    assert ctx.call(weekly_briefs.get_brief, WEEK).sent_on == TODAY

    click_button(qtbot, dialog, "Förhandsgranska ”Inför helgen”…")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Inför helgen v. 49"
    preview.close()
    dialog.activateWindow()  # as the window system does when the preview closes
    qtbot.waitUntil(dialog.isActiveWindow)

    # Still editable once sent; an item typed is saved before another week is shown.
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    type_text(qtbot, editor.heading, "Julmarknad på Östermalmstorg")
    click_button(qtbot, dialog, "Nästa vecka ›")
    assert plain(dialog.week_bar.week_label.text()) == "Vecka 50, 7–13 dec 2026"
    assert column_texts(dialog.table, "Rubrik") == []
    assert dialog.week_bar.sent_label.text() == "Inte skickad"
    assert [i.heading for i in ctx.call(weekly_briefs.get_brief, WEEK).items] == [
        "Demonstration vid Humlegården",
        "Julmarknad på Östermalmstorg",
    ]
    click_button(qtbot, dialog, "‹ Föregående vecka")
    assert column_texts(dialog.table, "Rubrik")[-1] == "Julmarknad på Östermalmstorg"
    assert dialog.week_bar.sent_label.text() == "Skickad till förvaltningsledningen 2026-12-03"


def test_closing_with_an_item_typed_asks_and_can_save_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    type_text(qtbot, dialog.editor.heading, "Julmarknad på Östermalmstorg")
    seen: list[str] = []
    modals.answer(_answer(qtbot, "Stanna kvar", seen))
    qtbot.keyClick(dialog.editor.heading, Qt.Key.Key_Escape)
    modals.check()
    assert dialog.isVisible()
    assert dialog.editor.heading.text() == "Julmarknad på Östermalmstorg"
    modals.answer(_answer(qtbot, "Spara och stäng", seen))
    click_button(qtbot, dialog, "Stäng")
    modals.check()
    assert seen == 2 * ["Punkten ”Julmarknad på Östermalmstorg” har ändringar som inte är sparade."]
    assert not dialog.isVisible()
    headings = [i.heading for i in ctx.call(weekly_briefs.get_brief, WEEK).items]
    assert headings == ["Julmarknad på Östermalmstorg"]
