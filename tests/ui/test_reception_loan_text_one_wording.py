"""The reception, a lent tile clicked on the day its loan is due: the desk says when it is due or
since when it is late in the words of Larm's "Ta tillbaka…" and the Overview, the core's
due_phrase ("ska tillbaka i dag 17.00", "försenat sedan i dag 17.00"). It wrote its own: "åter
senast i dag 17.00", and a late loan's "försenat" before its own "sedan …"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import local
from samverkan_desktop.services import alarm_history, alarm_loans
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from tests.ui.text_fit import plain
from ui.context import AppContext


@pytest.mark.parametrize(
    ("hour", "said"),
    [(12, "ska tillbaka i dag 17.00"), (18, "försenat sedan i dag 17.00")],
    ids=["due-today", "late-since-today"],
)
def test_a_lent_tile_says_when_it_is_due_as_the_window_does(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    monkeypatch: pytest.MonkeyPatch,
    hour: int,
    said: str,
) -> None:
    (loan,) = [
        row
        for row in demo_ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
        if row.unit_code == "LARM-07"
    ]
    due = local(loan.due_at)
    assert due.time() == dt.time(17, 0)
    at = due.replace(hour=hour)  # the day it is due, before or after its time
    monkeypatch.setattr(clock, "now", lambda: at)
    monkeypatch.setattr(clock, "today", lambda: at.date())
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        qtbot.mouseClick(window.tiles.tile("LARM-07"), Qt.MouseButton.LeftButton)
        phrase = alarm_loans.due_phrase(loan.due_at, hour > 17, at.date())
        assert phrase == said
        assert plain(window.prompt.text()).startswith(
            f"LARM-07 är utlånat till David Karlsson, {phrase}. "
        ), window.prompt.text()
    finally:
        window.close()
