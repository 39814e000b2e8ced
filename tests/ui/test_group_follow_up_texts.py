"""Grupper och möten → a group → Uppföljning: "Vad har vi gjort" and "Hur fortsätter vi" typed
for a period, saved with Ctrl+S and there when the group is opened again; typed text is saved
when another period or group is chosen and when the window closes; a second desk's save is
refused with the text kept, saying what they changed and offering to load it (F5) keeping what
was typed, and closing then asks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups
from samverkan_desktop.services.follow_up import FollowUpPeriod, last_ended_period
from samverkan_desktop.services.follow_up_texts import FollowUpTexts, get_texts, save_texts
from tests.ui.answers import CLOSE_ANYWAY, STAY, acknowledge, another_desk, answer_close_question
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.follow_up_tab import FollowUpTab
from ui.main_window import MainWindow

# Followed up at T1, T2 and VB, and nothing written for it in the demo.
GROUP = "Lokal beredningsgrupp Östermalm"
OTHER = "Arbetsgrupp skolan som brottsplats"
VB_ONLY = "Chefsamråd trygghet"
DONE = "Genomfört fyra träffar"
NEXT = "Fortsätta med samma mötesfrekvens"
REFUSED = (
    "Någon annan har ändrat vad har vi gjort sedan du öppnade formuläret, så inget sparades. "
    "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
)


def _follow_up_of(
    qtbot: QtBot, ctx: AppContext, name: str = GROUP
) -> tuple[MainWindow, GroupsArea, FollowUpTab]:
    window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1366, 768)
    qtbot.waitUntil(lambda: area.page.table.model().rowCount() > 0)
    click_row(qtbot, area.page.table, name)
    tab = area.follow_up_tab
    tab_bar = area.tabs.tabBar()
    index = next(i for i in range(area.tabs.count()) if area.tabs.tabText(i) == "Uppföljning")
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    qtbot.waitUntil(tab.done_box.isVisible)
    assert tab.title.text() == name
    return window, area, tab


def _id(ctx: AppContext, name: str) -> int:
    return next(g.id for g in ctx.call(groups.list_groups, name) if g.name == name)


def _saved(ctx: AppContext, name: str, period: FollowUpPeriod, year: int) -> FollowUpTexts:
    return ctx.call(get_texts, _id(ctx, name), period, year)


def _type(qtbot: QtBot, box: QWidget, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    type_text(qtbot, box, text)


def _ctrl_s(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_tab_opens_on_the_period_the_demo_wrote_for(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx, OTHER)
    assert (tab.period_combo.value(), tab.year_spin.value()) == last_ended_period(clock.today())
    assert tab.done_box.toPlainText().startswith("Skolorna har fått en gemensam rutin")
    modals.check()


def test_a_group_followed_up_only_at_vb_opens_on_the_years_vb_in_december(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """December: T2 has ended, but "Chefsamråd trygghet" is followed up only at VB."""
    december = dt.date(clock.today().year, 12, 3)
    monkeypatch.setattr(clock, "today", lambda: december)
    _window, area, tab = _follow_up_of(qtbot, demo_ctx, VB_ONLY)
    assert (tab.period_combo.currentText(), tab.year_spin.value()) == ("VB (helår)", december.year)
    assert not tab.not_followed.isVisible() and tab.done_box.isEnabled()
    click_row(qtbot, area.page.table, GROUP)  # followed up at T2 too: opens there
    assert (tab.period_combo.currentText(), tab.year_spin.value()) == (
        "T2 (maj–aug)",
        december.year,
    )
    modals.check()


def test_typed_saved_with_ctrl_s_and_there_when_opened_again(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    _window, area, tab = _follow_up_of(qtbot, demo_ctx)
    assert (tab.period_combo.value(), tab.year_spin.value()) == (period, year)
    assert tab.figures.text().startswith("Under perioden: hållna möten ")
    assert tab.done_box.toPlainText() == "" and tab.done_box.isEnabled()
    _type(qtbot, tab.done_box, DONE)
    _type(qtbot, tab.next_box, NEXT)
    _ctrl_s(qtbot, tab.next_box)
    assert tab.saved_label.text() == "Uppföljningen sparad."
    saved = _saved(demo_ctx, GROUP, period, year)
    assert (saved.done, saved.next) == (DONE, NEXT)

    click_row(qtbot, area.page.table, OTHER)
    assert tab.title.text() == OTHER and tab.done_box.toPlainText() != DONE
    click_row(qtbot, area.page.table, GROUP)  # opened again
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == (DONE, NEXT)
    modals.check()  # nothing asked


def test_another_period_or_group_chosen_saves_what_was_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    year = clock.today().year - 2  # nothing written then
    _window, area, tab = _follow_up_of(qtbot, demo_ctx)
    tab.show_period(FollowUpPeriod.T1, year)
    _type(qtbot, tab.done_box, DONE)
    tab.period_combo.setFocus()
    qtbot.keyClick(tab.period_combo, Qt.Key.Key_Down)  # T2, with the keys
    assert tab.period_combo.value() is FollowUpPeriod.T2
    assert _saved(demo_ctx, GROUP, FollowUpPeriod.T1, year).done == DONE
    assert tab.done_box.toPlainText() == ""  # T2's, not written
    _type(qtbot, tab.next_box, NEXT)
    click_row(qtbot, area.page.table, OTHER)
    assert _saved(demo_ctx, GROUP, FollowUpPeriod.T2, year).next == NEXT
    modals.check()  # nothing asked: saved


def test_closing_the_window_saves_what_was_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    _type(qtbot, tab.done_box, DONE)
    window.close()
    modals.check()  # nothing asked
    assert not window.isVisible()
    assert _saved(demo_ctx, GROUP, period, year).done == DONE


def test_a_second_desks_save_is_refused_and_the_text_kept(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    _type(qtbot, tab.done_box, "Min text")
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(save_texts, _id(demo_ctx, GROUP), period, year, "Den andras", "")
    _ctrl_s(qtbot, tab.done_box)
    modals.check()  # said in the tab, not in a box to click away
    assert tab.general_error.text() == REFUSED
    assert tab.reload_button.isVisible()
    assert tab.done_box.toPlainText() == "Min text"
    assert _saved(demo_ctx, GROUP, period, year).done == "Den andras"
    # Closing the window asks; staying keeps the text, closing anyway lets it go.
    asked: list[str] = []
    modals.answer(answer_close_question(qtbot, STAY, asked))
    window.close()
    modals.check()
    assert window.isVisible() and tab.done_box.toPlainText() == "Min text"
    assert "Uppföljningen kunde inte sparas: någon annan ändrade uppföljningen" in asked[0]
    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, asked))
    window.close()
    modals.check()
    assert not window.isVisible()


def test_f5_after_a_refusal_loads_the_other_desks_text_and_keeps_hers(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    _type(qtbot, tab.next_box, NEXT)
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(save_texts, _id(demo_ctx, GROUP), period, year, DONE, "")
    click_button(qtbot, tab, "Spara (Ctrl+S)")
    assert tab.general_error.text() == REFUSED
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == ("", NEXT)
    assert _saved(demo_ctx, GROUP, period, year).next == ""  # nothing of hers saved

    qtbot.keyClick(tab.next_box, Qt.Key.Key_F5)
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == (DONE, NEXT)
    assert tab.general_error.text() == (
        "Ändringen av vad har vi gjort är hämtad. Det du skrev står kvar i hur fortsätter vi. "
        "Kontrollera och spara igen."
    )
    assert not tab.reload_button.isVisible()
    _ctrl_s(qtbot, tab.next_box)
    assert tab.saved_label.text() == "Uppföljningen sparad." and not tab.general_error.isVisible()
    saved = _saved(demo_ctx, GROUP, period, year)
    assert (saved.done, saved.next) == (DONE, NEXT)
    modals.check()  # nothing asked


def test_both_desks_wrote_the_same_part_hers_stays_and_theirs_is_said_under_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    _type(qtbot, tab.done_box, "Min text")
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(save_texts, _id(demo_ctx, GROUP), period, year, "Den andras", NEXT)
    _ctrl_s(qtbot, tab.done_box)
    click_button(qtbot, tab, "Hämta ändringen, behåll min text (F5)")
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == ("Min text", NEXT)
    under_done = tab.field_rows()["done"][1]
    assert under_done.isVisible() and under_done.text() == (
        "Den andra sparade: ”Den andras”. Din text står kvar här – spara för att ersätta den."
    )
    _ctrl_s(qtbot, tab.done_box)
    saved = _saved(demo_ctx, GROUP, period, year)
    assert (saved.done, saved.next) == ("Min text", NEXT)
    assert not under_done.isVisible()
    modals.check()


def test_a_draft_kept_from_a_refused_switch_comes_back_and_f5_loads_theirs(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The text kept when another period was chosen is refused again with its group and
    period, naming what the other desk wrote, and F5 loads it beside hers."""
    year = clock.today().year - 2  # nothing written then
    window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    tab.show_period(FollowUpPeriod.T1, year)
    _type(qtbot, tab.next_box, NEXT)
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(save_texts, _id(demo_ctx, GROUP), FollowUpPeriod.T1, year, DONE, "")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    tab.show_period(FollowUpPeriod.T2, year)  # the switch saves, and is refused
    modals.check()
    assert seen == [
        f"Någon annan sparade uppföljningen av ”{GROUP}” för T1 (jan–apr) {year} under tiden, "
        "så din text sparades inte. Den finns kvar – välj gruppen och perioden igen för att "
        "hämta ändringen och spara din."
    ]
    assert tab.next_box.toPlainText() == ""  # T2's
    tab.show_period(FollowUpPeriod.T1, year)
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == ("", NEXT)  # hers
    window.activateWindow()  # as the window is again once the message is closed
    tab.next_box.setFocus()
    qtbot.waitUntil(tab.next_box.hasFocus)
    _ctrl_s(qtbot, tab.next_box)
    assert tab.general_error.text() == REFUSED
    qtbot.keyClick(tab.next_box, Qt.Key.Key_F5)
    assert (tab.done_box.toPlainText(), tab.next_box.toPlainText()) == (DONE, NEXT)
    _ctrl_s(qtbot, tab.next_box)
    saved = _saved(demo_ctx, GROUP, FollowUpPeriod.T1, year)
    assert (saved.done, saved.next) == (DONE, NEXT)


def test_the_figures_of_an_ended_period_count_open_actions_at_its_end(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """As printed: a period that has ended counts what was open on its last day, one that runs
    counts today."""
    year = clock.today().year
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    tab.show_period(FollowUpPeriod.T2, year - 1)
    qtbot.waitUntil(lambda: "Vid periodens slut: öppna åtgärder " in tab.figures.text())
    tab.show_period(FollowUpPeriod.VB, year)
    qtbot.waitUntil(lambda: "I dag: öppna åtgärder " in tab.figures.text())
    modals.check()
