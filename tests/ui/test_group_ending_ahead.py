"""Grupper → "Avsluta grupp…" with a later day: the group reads as still working until then.
The Overview's card of groups starting or ending lists it, "Slutar 2026-12-22 (v. 52)", among
the starts and terms in date order (it was left out: only a start or a term put a group there),
and clicking the line opens the group; the list's Löptid and the details say "Slutar", not
"Avslutad" beside the status "Aktiv". At a laptop's 1024 × 768."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import date_with_week
from tests.days import days_ahead
from tests.ui.clicks import click_button, click_sidebar, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.openers import chosen_group, overview_card
from tests.ui.tables import row_texts
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton

PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # neither starts nor ends in the demo


def _end_ahead(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, end: dt.date
) -> tuple[MainWindow, GroupsArea]:
    """The main window at 1024 × 768, PLACE ended on ``end`` through its form."""
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)
    area = chosen_group(qtbot, window, PLACE)

    def end_later(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        type_date(qtbot, dialog.date_edit, end)
        click_button(qtbot, dialog, "Avsluta grupp")

    modals.answer(end_later)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    settle(qtbot)
    return window, area


def test_a_group_ended_ahead_reads_ending_on_the_overview(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    end = days_ahead(12)
    window, _area = _end_ahead(qtbot, demo_ctx, modals, end)
    click_sidebar(qtbot, window, "overview")
    card = overview_card(qtbot, window, "groups_changing")
    # After the urgency's mark: "•  Platssamverkan … — Slutar 2026-12-22 (v. 52)".
    lines = {b.full_text.split("  ", 1)[1]: b for b in card.findChildren(EntryButton)}
    line = f"{PLACE} — Slutar {date_with_week(end)}"
    assert line in lines, list(lines)
    assert date_with_week(end) in lines[line].text()  # the date in sight on the narrow card
    days = [item.date for item in card.section.items]
    assert end in days and days == sorted(d or dt.date.min for d in days)

    qtbot.mouseClick(lines[line], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.current_area_key() == "groups"
    groups_area = window.area("groups")
    assert isinstance(groups_area, GroupsArea)
    assert groups_area.detail.title.text() == PLACE


def test_a_group_ended_ahead_reads_ending_in_the_list_and_details(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    end = days_ahead(12)
    _window, area = _end_ahead(qtbot, demo_ctx, modals, end)
    row = row_texts(area.page.table, PLACE)
    assert (row["Status"], row["Löptid"]) == ("Aktiv", f"Slutar {end.isoformat()}")
    facts = area.detail.facts
    assert facts.label_of("ended_on").text() == "Slutar"
    assert facts.fact("ended_on") == date_with_week(end)


def test_the_notice_says_the_group_is_set_to_end(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """It said "… är avslutad från och med <dag>" of a group that works until that day."""
    end = days_ahead(12)
    _window, area = _end_ahead(qtbot, demo_ctx, modals, end)
    assert area.page.notice.label.text().startswith(f"”{PLACE}” är satt att avslutas {end}.")
