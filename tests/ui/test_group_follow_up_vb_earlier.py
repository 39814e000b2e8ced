"""Grupper och möten → a group → Uppföljning at VB: while the annual text is written, what the
group wrote at T1 and T2 of the year stands above the boxes ("Skrivet tidigare under året"), as
the annual printout prints it; at T1 or T2 it does not. The printout's dialog says what the
annual report adds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services.follow_up import FollowUpPeriod
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.ui.conftest import ModalDriver
from tests.ui.test_group_follow_up_texts import GROUP, _follow_up_of, _id
from ui.context import AppContext
from ui.groups.follow_up_dialog import FollowUpDialog

T1_DONE = "Workshopen om skolan som brottsplats genomförd"
T2_NEXT = "Lägesbilden revideras inför årsskiftet"


def test_at_vb_the_years_tertial_texts_stand_above_the_boxes(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    year = clock.today().year - 1  # a whole year, whatever the demo wrote for this one
    group_id = _id(demo_ctx, GROUP)
    demo_ctx.call(save_texts, group_id, FollowUpPeriod.T1, year, T1_DONE, None)
    demo_ctx.call(save_texts, group_id, FollowUpPeriod.T2, year, None, T2_NEXT)
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    tab.show_period(FollowUpPeriod.T2, year)
    assert not tab.earlier.isVisible()  # a tertial's own text is in the boxes
    tab.period_combo.setFocus()
    qtbot.keyClick(tab.period_combo, Qt.Key.Key_Down)  # VB, with the keys
    assert tab.period_combo.value() is FollowUpPeriod.VB
    assert tab.earlier.isVisible() and tab.earlier_heading.isVisible()
    shown = tab.earlier.toPlainText()
    assert f"T1 (jan–apr) {year} · Vad har vi gjort" in shown and f"• {T1_DONE}" in shown
    assert f"T2 (maj–aug) {year} · Hur fortsätter vi" in shown and f"• {T2_NEXT}" in shown
    assert shown.index(T1_DONE) < shown.index(T2_NEXT)
    assert tab.done_box.toPlainText() == ""  # the annual text is still to write
    qtbot.keyClick(tab.period_combo, Qt.Key.Key_Up)  # back to T2
    assert not tab.earlier.isVisible()
    modals.check()


def test_the_printouts_dialog_says_what_the_annual_report_adds(qtbot: QtBot) -> None:
    today = clock.today()
    dialog = FollowUpDialog(today, (FollowUpPeriod.T1, today.year))
    qtbot.addWidget(dialog)
    assert "krisberedskap" not in dialog.hint.text()
    dialog.period_combo.setFocus()
    qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Down)
    assert dialog.period_combo.value() is FollowUpPeriod.VB
    assert "årets krisberedskap" in dialog.hint.text()
    assert "vid T1 och T2" in dialog.hint.text()
