"""The Overview reminds of Friday's summary to management while it is not sent: its entry opens
the summary of that week; once marked sent there, the reminder is gone from the cards. An
agreement with the police due for revision (no plan of it in the register) opens the agreements
with it chosen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.enums import GroupType
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import agreements, contacts, group_editing, weekly_briefs
from samverkan_desktop.services.agreements import AgreementInput
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.text_fit import plain
from tests.ui.windows import settle, wait_gathered
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

FRIDAY = dt.date(2027, 1, 1)  # the Friday of 2026-W53 (New Year's Day)


@pytest.fixture(autouse=True)
def _friday(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = dt.datetime(2027, 1, 1, 8, 30, tzinfo=LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: moment)
    monkeypatch.setattr(clock, "today", lambda: FRIDAY)


def _entry(overview: OverviewArea, key: str) -> EntryButton:
    (card,) = [card for card in overview.section_cards() if card.section.key == key]
    return card.findChildren(EntryButton)[0]


def test_the_reminder_opens_that_weeks_summary_and_goes_once_it_is_sent(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    week = BriefWeek(2026, 53)
    # A database in use: a new, empty one puts "where to begin" above every card.
    ctx.call(group_editing.create_group, GroupInput("Lokal styrgrupp", GroupType.STYRGRUPP))
    ctx.call(contacts.create_person, contacts.PersonInput("Anna Berglund"))
    ctx.call(weekly_briefs.add_item, week, ItemInput(BriefSource.SLK, "Nyårsfirande", None, True))
    _window, overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    settle(qtbot)
    # First on Friday, after "where to begin" only (the district not yet set up in full)
    keys = [card.section.key for card in overview.section_cards()]
    assert [key for key in keys if key != "getting_started"][0] == "weekly_brief"
    entry = _entry(overview, "weekly_brief")
    assert entry.full_text.endswith(
        "Veckosammanställning v. 53 är inte skickad — 1 punkt, 1 inför helgen"
        " · skicka den i dag, före helgen"
    )
    seen: list[str] = []

    def send(dialog: QWidget) -> None:
        assert isinstance(dialog, WeeklyBriefDialog)
        seen.append(plain(dialog.week_bar.week_label.text()))
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.week_bar.sent_label.text())
        dialog.close()

    modals.answer(send)
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    modals.check()
    wait_gathered(qtbot)
    assert seen == [
        "Vecka 53, 28 dec 2026 – 3 jan 2027",
        "Skickad till förvaltningsledningen 2027-01-01",
    ]
    assert "weekly_brief" not in [card.section.key for card in overview.section_cards()]


def test_the_agreements_revision_opens_the_agreements_with_it_chosen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    # The newer agreement (listed first, chosen by default) is not due until June.
    for title, since in (
        ("Överenskommelse Östermalm", dt.date(2026, 2, 22)),  # revise by 2027-02-22
        ("Tillägg om skolan som brottsplats", dt.date(2026, 6, 1)),
    ):
        ctx.call(agreements.create_agreement, AgreementInput(title, since, signed_on=since))
    _window, overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    settle(qtbot)
    entry = _entry(overview, "plans_due")
    assert entry.item.title == "Överenskommelse Östermalm"
    chosen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementsDialog)
        row = dialog.table.current_row()
        chosen.append(row.title if row is not None else "")
        dialog.reject()

    modals.answer(look)
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    modals.check()
    assert chosen == ["Överenskommelse Östermalm"]
